#!/bin/sh
# Runs Corroborate's language server under a headless Neovim (a third-party LSP client):
# pull diagnostics and a hover for test/nvim/workspace/draft.md. Needs dist/server.js
# (npm run build). Skips, successfully, when nvim is not installed.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
if ! command -v nvim >/dev/null 2>&1; then
  echo "SKIPPED: nvim is not installed (Debian: apt-get install -y neovim)"
  exit 0
fi
if [ ! -f "$ROOT/dist/server.js" ]; then
  echo "dist/server.js not found: run 'npm run build' first" >&2
  exit 1
fi
nvim --version | head -n 1
CORROBORATE_SERVER="$ROOT/dist/server.js" CORROBORATE_WORKSPACE="$HERE/workspace" \
  exec nvim --headless -n -i NONE -u "$HERE/lsp.lua"
