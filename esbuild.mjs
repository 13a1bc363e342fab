// Bundles the command line (and, when present, the language server and the VS Code client).
import * as esbuild from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const entries = [
  { in: 'server/src/cli/main.ts', out: 'cli' },
  { in: 'server/src/lsp/server.ts', out: 'server' },
  { in: 'server/src/node/indexWorker.ts', out: 'indexWorker' },
  { in: 'server/src/node/formatWorker.ts', out: 'formatWorker' },
  { in: 'client/src/extension.ts', out: 'client' },
  { in: 'server/src/tools/calibrate.ts', out: 'calibrate' },
].filter((e) => existsSync(e.in));

const ctx = await esbuild.context({
  entryPoints: entries,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  outdir: 'dist',
  // pg's optional native binding (libpq) is never used: the pure JavaScript client is.
  external: ['vscode', 'pg-native'],
  sourcemap: !production,
  minify: production,
  define: { __VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
});
if (watch) {
  await ctx.watch();
} else {
  await ctx.rebuild();
  await ctx.dispose();
}
