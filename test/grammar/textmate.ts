/**
 * A small TextMate host for the grammar tests: vscode-textmate + vscode-oniguruma, the grammars
 * from syntaxes/ (the injection, and the empty plain-text host we contribute because VS Code has
 * no plaintext grammar), and a stand-in Markdown host that carries the scopes the injection
 * selector refers to. `injectTo` is mirrored by `getInjections`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { ROOT } from '../root';

export { ROOT };

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly scopes: readonly string[];
}

export const INJECTION_PATH = path.join(ROOT, 'syntaxes', 'corroborate.injection.tmLanguage.json');
export const INJECTION_SCOPE = 'corroborate.injection';
export const PLAIN_PATH = path.join(ROOT, 'syntaxes', 'plaintext.tmLanguage.json');

/**
 * Minimal Markdown: enough block and inline structure to check that the injection stays out of
 * code and leaves list markers to the host. Real scope names from VS Code's markdown grammar.
 */
const MARKDOWN_HOST = {
  scopeName: 'text.html.markdown',
  patterns: [
    {
      name: 'markup.fenced_code.block.markdown',
      begin: '^\\s*(```)',
      end: '^\\s*(```)\\s*$',
    },
    {
      name: 'markup.heading.markdown',
      match: '^(#{1,6})\\s+(.*)$',
      captures: { '2': { name: 'entity.name.section.markdown', patterns: [{ include: '$self' }] } },
    },
    {
      match: '^\\s{0,3}([0-9]+[.)])(?=\\s)',
      captures: { '1': { name: 'punctuation.definition.list.begin.markdown' } },
    },
    { name: 'markup.inline.raw.string.markdown', match: '`[^`]+`' },
    {
      name: 'meta.link.inline.markdown',
      match: '(\\[)([^\\]]*)(\\])(\\()([^)\\s]*)(\\))',
      captures: { '5': { name: 'markup.underline.link.markdown' } },
    },
  ],
};

export type Host = 'text.html.markdown' | 'text.plain';

let registry: Promise<vsctm.Registry> | undefined;

function createRegistry(): Promise<vsctm.Registry> {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  const onigLib = oniguruma
    .loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength))
    .then((): vsctm.IOnigLib => ({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }));
  const injectTo = injectionTargets();
  return Promise.resolve(
    new vsctm.Registry({
      onigLib,
      loadGrammar: async (scopeName) => {
        if (scopeName === INJECTION_SCOPE) return vsctm.parseRawGrammar(fs.readFileSync(INJECTION_PATH, 'utf8'), INJECTION_PATH);
        if (scopeName === MARKDOWN_HOST.scopeName) return vsctm.parseRawGrammar(JSON.stringify(MARKDOWN_HOST), 'markdown.json');
        if (scopeName === 'text.plain') return vsctm.parseRawGrammar(fs.readFileSync(PLAIN_PATH, 'utf8'), PLAIN_PATH);
        return null;
      },
      getInjections: (scopeName) => (injectTo.includes(scopeName) ? [INJECTION_SCOPE] : undefined),
    }),
  );
}

/** `injectTo` of our grammar contribution in package.json, as VS Code reads it. */
export function injectionTargets(): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    contributes?: { grammars?: { scopeName: string; injectTo?: string[] }[] };
  };
  return pkg.contributes?.grammars?.find((g) => g.scopeName === INJECTION_SCOPE)?.injectTo ?? [];
}

/** Tokenizes lines (as one document, so rules may span lines) with the given host grammar. */
export async function tokenize(host: Host, text: string): Promise<Token[][]> {
  registry ??= createRegistry();
  const grammar = await (await registry).loadGrammar(host);
  if (!grammar) throw new Error(`no grammar for ${host}`);
  let state = vsctm.INITIAL;
  return text.split('\n').map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), start: t.startIndex, scopes: t.scopes }));
  });
}
