-- Drives Corroborate's language server from a headless Neovim, as a third-party LSP client.
-- Works on Neovim 0.7 (Debian 12): vim.lsp.start_client + vim.lsp.buf_attach_client. Neovim 0.7
-- has no pull diagnostics, so this script sends textDocument/diagnostic itself and prints the
-- report, then asks for a hover on the first diagnostic. Exits 0 when both came back sensible.
--   CORROBORATE_SERVER=dist/server.js CORROBORATE_WORKSPACE=test/nvim/workspace \
--   nvim --headless -n -i NONE -u test/nvim/lsp.lua
local function out(s) io.stdout:write(s .. '\n') end
local server = assert(os.getenv('CORROBORATE_SERVER'), 'CORROBORATE_SERVER not set')
local ws = assert(os.getenv('CORROBORATE_WORKSPACE'), 'CORROBORATE_WORKSPACE not set')
local draft = ws .. '/draft.md'
local ok = false
-- With -u, filetype detection is not on yet; the server checks documents by languageId.
vim.cmd('filetype on')

local client_id = vim.lsp.start_client({
  name = 'corroborate',
  cmd = { 'node', server, '--stdio' },
  root_dir = ws,
  -- Answers workspace/configuration for the `corroborate` section.
  settings = { corroborate = { languages = { 'markdown' }, severity = { unsupported = 'information' } } },
  handlers = {
    ['corroborate/status'] = function(_, params)
      if params.uri == nil then
        out(string.format('status: %s documents=%s sentences=%s', params.state, tostring(params.documents), tostring(params.sentences)))
      end
    end,
    ['window/showMessage'] = function(_, params) out('showMessage: ' .. params.message) end,
  },
  on_init = function(client, result)
    -- Neovim 0.7 neither advertises workspace/configuration nor pushes settings by itself; like
    -- nvim-lspconfig, push them once here (the server falls back to pushed settings).
    client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
    out(string.format('initialized: %s %s, diagnosticProvider=%s', result.serverInfo.name, result.serverInfo.version or '?',
      vim.fn.json_encode(result.capabilities.diagnosticProvider)))
  end,
})

vim.cmd('edit ' .. draft)
local bufnr = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(bufnr, client_id)
local client = vim.lsp.get_client_by_id(client_id)
vim.wait(10000, function() return client.initialized end, 20)

-- Pull diagnostics ourselves: one request, its answer stored by the callback.
local function request(method, params)
  local done, answer = false, nil
  client.request(method, params, function(err, result) answer = { err = err, result = result }; done = true end, bufnr)
  vim.wait(15000, function() return done end, 20)
  return answer
end

local uri = vim.uri_from_bufnr(bufnr)
out('filetype: ' .. vim.bo[bufnr].filetype)
-- The didOpen goes out once the client is initialized: pull until the report has items.
local items, deadline = {}, vim.loop.now() + 15000
repeat
  local report = request('textDocument/diagnostic', { textDocument = { uri = uri } })
  if report and report.err then out('diagnostic error: ' .. vim.inspect(report.err)) end
  items = (report and report.result and report.result.items) or {}
  if #items == 0 then vim.wait(50) end
until #items > 0 or vim.loop.now() > deadline
local severities = { 'Error', 'Warning', 'Information', 'Hint' }
out(string.format('diagnostics for %s: %d', vim.fn.fnamemodify(draft, ':t'), #items))
local diagnostics = {}
for _, d in ipairs(items) do
  out(string.format('  %d:%d-%d:%d %s [%s] %s', d.range.start.line + 1, d.range.start.character + 1, d.range['end'].line + 1,
    d.range['end'].character + 1, severities[d.severity] or '?', d.code or '', d.message))
  for _, r in ipairs(d.relatedInformation or {}) do
    out(string.format('      -> %s:%d:%d %s', vim.fn.fnamemodify(vim.uri_to_fname(r.location.uri), ':t'), r.location.range.start.line + 1,
      r.location.range.start.character + 1, r.message))
  end
  table.insert(diagnostics, {
    lnum = d.range.start.line, col = d.range.start.character,
    end_lnum = d.range['end'].line, end_col = d.range['end'].character,
    severity = d.severity, message = d.message, source = d.source, code = d.code,
  })
end
-- Show them the way Neovim shows any diagnostics.
vim.diagnostic.set(vim.api.nvim_create_namespace('corroborate'), bufnr, diagnostics)
out('vim.diagnostic.get: ' .. #vim.diagnostic.get(bufnr))

local hover_ok = false
if items[1] then
  local pos = items[1].range.start
  local hover = request('textDocument/hover', { textDocument = { uri = uri }, position = pos })
  local value = hover and hover.result and hover.result.contents and hover.result.contents.value
  out(string.format('hover at %d:%d (%s):', pos.line + 1, pos.character + 1, hover and hover.result and hover.result.contents.kind or 'none'))
  for line in tostring(value):gmatch('[^\n]+') do out('  | ' .. line) end
  hover_ok = value ~= nil and value:find('**Conflict**', 1, true) ~= nil
end

ok = #items > 0 and hover_ok
out(ok and 'NVIM-LSP PASS' or 'NVIM-LSP FAIL')
vim.lsp.stop_client(client_id)
vim.wait(3000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
vim.cmd(ok and 'qall!' or 'cquit! 1')
