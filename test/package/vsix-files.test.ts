/**
 * What `npm run package` would put in the .vsix, asked of vsce itself (listFiles applies
 * .vscodeignore the way `vsce package` does), without building a package: only the two bundles,
 * the word knowledge files (dist/data), the bundled corpus, the grammar, the manifest, README and
 * LICENSE. `npm test` builds dist/ first, so the bundles and the data are there when this runs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { listFiles, PackageManager } from '@vscode/vsce';
import { ROOT } from '../root';

const ALLOWED = [/^package\.json$/, /^README\.md$/, /^LICENSE$/, /^dist\/(client|server|indexWorker|formatWorker)\.js$/, /^dist\/data\/(wordnet|vectors)\.bin$/, /^corpus\//, /^syntaxes\/[^/]+\.tmLanguage\.json$/, /^schemas\/corroborate\.schema\.json$/];

void test('the .vsix holds only the bundles, the word data, the corpus, the grammars, the configuration schema, README and LICENSE', async () => {
  const files = (await listFiles({ cwd: ROOT, packageManager: PackageManager.None })).map((f) => f.replace(/\\/g, '/'));
  const stray = files.filter((f) => !ALLOWED.some((re) => re.test(f)));
  assert.deepEqual(stray, [], `.vscodeignore lets in files the extension does not need`);
  const required = ['package.json', 'README.md', 'LICENSE', 'dist/client.js', 'dist/server.js', 'dist/indexWorker.js', 'dist/formatWorker.js', 'dist/data/wordnet.bin', 'dist/data/vectors.bin', 'syntaxes/corroborate.injection.tmLanguage.json', 'syntaxes/plaintext.tmLanguage.json', 'schemas/corroborate.schema.json'];
  for (const f of required) {
    if (f.startsWith('dist/') && !fs.existsSync(path.join(ROOT, f))) continue; // not built yet
    assert.ok(files.includes(f), `${f} is missing from the package`);
  }
  const corpus = fs.readdirSync(path.join(ROOT, 'corpus')).map((f) => `corpus/${f}`);
  for (const f of corpus) assert.ok(files.includes(f), `${f} is missing from the package`);
});

void test('the manifest points at the packaged bundle and grammar', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    main: string;
    contributes: { grammars: { path: string }[]; commands: { command: string }[]; jsonValidation: { url: string }[]; yamlValidation: { url: string }[] };
    activationEvents: string[];
  };
  assert.equal(pkg.main, './dist/client.js');
  for (const g of pkg.contributes.grammars) assert.ok(fs.existsSync(path.join(ROOT, g.path)), `${g.path} exists`);
  for (const v of [...pkg.contributes.jsonValidation, ...pkg.contributes.yamlValidation]) assert.ok(fs.existsSync(path.join(ROOT, v.url)), `${v.url} exists`);
  const client = fs.readFileSync(path.join(ROOT, 'client', 'src', 'commands.ts'), 'utf8');
  for (const { command } of pkg.contributes.commands) assert.ok(client.includes(`'${command}'`), `${command} is registered by the client`);
});
