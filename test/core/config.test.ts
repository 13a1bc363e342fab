/** The project configuration's parser, the include/exclude matcher and in-draft suppressions, without a file system. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_SEVERITIES, findSuppressions, parseConfig, pathMatcher, publisherAliases, type ClaimResult } from '../../server/src/core';
import { ROOT } from '../root';

void test('parseConfig reads every key, in YAML and JSON', () => {
  const yaml = parseConfig(
    'corpus:\n  - sources\n  - ../shared\ninclude: drafts/**\nexclude: [archive, "*.tmp.md"]\nseverity:\n  conflict: warning\n  unsupported: off\ncheckQuotes: false\npublishers:\n  AFP: [Agence France-Presse, Agence France Presse]\n',
  );
  assert.deepEqual(yaml.problems, []);
  assert.deepEqual(yaml.config, {
    corpus: ['sources', '../shared'],
    include: ['drafts/**'],
    exclude: ['archive', '*.tmp.md'],
    severity: { conflict: 'warning', unsupported: 'off' },
    checkQuotes: false,
    publishers: { AFP: ['Agence France-Presse', 'Agence France Presse'] },
  });
  const json = parseConfig('{\n  "corpus": ["sources"],\n  "severity": { "disputed": "hint" }\n}\n', '.corroborate.json');
  assert.deepEqual(json, { config: { corpus: ['sources'], severity: { disputed: 'hint' } }, problems: [] });
  assert.deepEqual(parseConfig('').config, {});
  assert.deepEqual(parseConfig('# nothing yet\n').problems, []);
});

void test('parseConfig names each problem with its line and column, and keeps the valid parts', () => {
  const { config, problems } = parseConfig('corpus: sources\nseverity:\n  conflict: loud\n  confict: error\ncheckQuotes: yes please\nexlude: [a]\ninclude: [1]\n');
  assert.deepEqual(config.corpus, ['sources']);
  assert.deepEqual(
    problems.map((p) => [p.line, p.column, p.message.split(';')[0]]),
    [
      [3, 13, '"severity.conflict" must be one of error, warning, information, hint, off, not "loud"'],
      [4, 3, 'unknown verdict "severity.confict" (did you mean "conflict"?)'],
      [5, 14, '"checkQuotes" must be true or false'],
      [6, 1, 'unknown key "exlude" (did you mean "exclude"?)'],
      [7, 11, 'each entry of "include" must be a non-empty string'],
    ],
  );
  assert.match(parseConfig('corpus: [a\n').problems[0]!.message, /^not valid YAML: /);
  assert.match(parseConfig('a: 1\na: 2\n').problems[0]!.message, /unique/);
  const trailing = parseConfig('{ "corpus": ["a"], }', 'x.json').problems[0]!;
  assert.deepEqual([trailing.line, trailing.column], [1, 20]);
  assert.match(trailing.message, /^not valid JSON: /);
  assert.match(parseConfig('- a\n- b\n').problems[0]!.message, /must be a mapping/);
});

void test('publisherAliases maps every alias to its canonical name, ignoring case and spacing', () => {
  const alias = publisherAliases({ AFP: ['Agence France-Presse'] });
  assert.equal(alias('agence  france-presse'), 'AFP');
  assert.equal(alias('AFP'), 'AFP');
  assert.equal(alias('Reuters'), 'Reuters');
});

void test('pathMatcher: names at any depth, anchored paths, folders and **', () => {
  const m = pathMatcher(['archive', 'drafts/**/*.tmp.md', '/notes.md', 'build/']);
  assert.equal(m('archive/old.md'), true);
  assert.equal(m('drafts/archive/old.md'), true);
  assert.equal(m('drafts/a/b/c.tmp.md'), true);
  assert.equal(m('drafts/c.tmp.md'), true);
  assert.equal(m('other/c.tmp.md'), false);
  assert.equal(m('notes.md'), true);
  assert.equal(m('drafts/notes.md'), false);
  assert.equal(m('build/x.md'), true);
  assert.equal(m('archived.md'), false);
  assert.equal(pathMatcher(['drafts/*.md'])('drafts/a.md'), true);
  assert.equal(pathMatcher(['drafts/*.md'])('drafts/sub/a.md'), false);
  assert.equal(pathMatcher([])('a.md'), false);
});

/** A claim of a given verdict and kind starting at the first occurrence of `needle`. */
function claim(text: string, needle: string, verdict: ClaimResult['verdict'] = 'conflict', kind: ClaimResult['kind'] = 'count'): Pick<ClaimResult, 'start' | 'verdict' | 'kind'> {
  const start = text.indexOf(needle);
  assert.ok(start >= 0);
  return { start, verdict, kind };
}

void test('disable-next-line silences the next line only; disable-line its own line', () => {
  const text = 'One 1.\n<!-- corroborate-disable-next-line -->\nTwo 2.\nThree 3. <!-- corroborate-disable-line unsupported -->\nFour 4.\n';
  const s = findSuppressions(text, true);
  assert.deepEqual([s.isSuppressed(claim(text, '1')), s.isSuppressed(claim(text, '2')), s.isSuppressed(claim(text, '4'))], [false, true, false]);
  assert.equal(s.isSuppressed(claim(text, '3', 'unsupported')), true);
  assert.equal(s.isSuppressed(claim(text, '3', 'conflict')), false, 'only the code named');
  assert.equal(s.isSuppressed(claim(text, '2', 'supported')), false);
});

void test('disable … enable regions, by code; conflict covers misquotes', () => {
  const text = 'A 1.\n<!-- corroborate-disable conflict, disputed -->\nB 2 "q".\n<!-- corroborate-enable disputed -->\nC 3.\n<!-- corroborate-enable -->\nD 4.\n';
  const s = findSuppressions(text, true);
  assert.equal(s.isSuppressed(claim(text, '1')), false);
  assert.equal(s.isSuppressed(claim(text, '2')), true);
  assert.equal(s.isSuppressed(claim(text, '"q"', 'conflict', 'quote')), true);
  assert.equal(s.isSuppressed(claim(text, '2', 'disputed')), true);
  assert.equal(s.isSuppressed(claim(text, '3', 'disputed')), false);
  assert.equal(s.isSuppressed(claim(text, '3', 'conflict')), true);
  assert.equal(s.isSuppressed(claim(text, '4')), false);
});

void test('front matter corroborate: false, directives in code, unknown codes', () => {
  assert.equal(findSuppressions('---\ntitle: x\ncorroborate: false\n---\nA 1.\n', true).isSuppressed({ start: 30, verdict: 'conflict', kind: 'count' }), true);
  assert.equal(findSuppressions('---\ncorroborate: true\n---\nA 1.\n', true).wholeDraft, false);
  const fenced = '```\n<!-- corroborate-disable -->\n```\nA 1.\n';
  assert.equal(findSuppressions(fenced, true).isSuppressed(claim(fenced, '1')), false);
  const typo = '<!-- corroborate-disable-next-line confict -->\nA 1.\n';
  const s = findSuppressions(typo, true);
  assert.equal(s.isSuppressed(claim(typo, '1')), false, 'an unknown code alone silences nothing');
  assert.match(s.problems[0]!.message, /unknown code "confict"/);
});

void test('the contributed JSON schema has the keys and values the parser reads', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'corroborate.schema.json'), 'utf8')) as {
    additionalProperties: boolean;
    properties: Record<string, { properties?: Record<string, unknown> }>;
    definitions: { severity: { enum: string[] } };
  };
  const keys = Object.keys(schema.properties);
  assert.equal(schema.additionalProperties, false);
  assert.deepEqual(keys, ['corpus', 'include', 'exclude', 'severity', 'checkQuotes', 'publishers']);
  // Every key the schema knows, the parser takes; one it does not, the parser refuses.
  const sample = 'corpus: [a]\ninclude: [b]\nexclude: [c]\nseverity: { conflict: hint }\ncheckQuotes: true\npublishers: { X: [Y] }\n';
  assert.deepEqual(parseConfig(sample).problems, []);
  assert.deepEqual(Object.keys(parseConfig(sample).config), keys);
  assert.deepEqual(Object.keys(schema.properties['severity']!.properties!), ['conflict', 'disputed', 'unsupported']);
  assert.deepEqual(schema.definitions.severity.enum, [...CONFIG_SEVERITIES]);
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: Record<string, { fileMatch: string[]; url: string }[]> };
  assert.deepEqual(pkg.contributes['jsonValidation'], [{ fileMatch: ['.corroborate.json'], url: './schemas/corroborate.schema.json' }]);
  assert.deepEqual(pkg.contributes['yamlValidation'], [{ fileMatch: ['.corroborate.yaml', '.corroborate.yml'], url: './schemas/corroborate.schema.json' }]);
});
