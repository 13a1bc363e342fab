/**
 * The PostgreSQL archive against a real PostgreSQL: a throwaway cluster (test/pg/cluster.ts) is
 * started for this file and stopped after it. The built command line (dist/cli.js) is run as a
 * user runs it: `corroborate index --db`, then `corroborate check --db`, whose JSON report must
 * equal, byte for byte, the report of the same check against the corpus folder in memory.
 *
 * Where PostgreSQL cannot be had, every test here is skipped and the reason printed as SKIPPED.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as pg from 'pg';
import { ROOT } from '../root';
import type { Cluster } from './cluster';
import { clusterForTests, createDatabase, runSql } from './sql';
import { createPool, checkConnectionString, describeConnectionError, redact } from '../../server/src/pg/connection';
import { migrate, MIGRATIONS, schemaVersion, SCHEMA_VERSION } from '../../server/src/pg/schema';
import { PgRetriever } from '../../server/src/pg/pgRetriever';
import { loadCorpus, MemoryIndex, noopToken, type RetrievalHit } from '../../server/src/core';
import { FsCorpusReader } from '../../server/src/node/fsReader';
import { writeMixedCorpus } from '../formats/fixtures';

const BIN = path.join(ROOT, 'bin', 'corroborate.js');

/** The cluster for a test, or undefined after marking it skipped. */
const { need } = clusterForTests('PostgreSQL archive tests');

const tempDirs: string[] = [];
after(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-pgtest-'));
  tempDirs.push(dir);
  return dir;
}


let databases = 0;
/** A fresh, empty database on the cluster; its connection string. */
async function database(c: Cluster): Promise<string> {
  return createDatabase(c, `archive_${++databases}`);
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function corroborate(args: readonly string[], env: Record<string, string> = {}): Run {
  // The timeout only keeps a hung process from hanging the suite; nothing asserts on time.
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 300_000, maxBuffer: 1 << 28, env: { ...process.env, ...env } });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function ok(r: Run, codes: readonly number[] = [0]): void {
  assert.ok(codes.includes(r.code ?? -1), `exit ${r.code}\n--- stdout\n${r.stdout.slice(0, 2000)}\n--- stderr\n${r.stderr.slice(0, 2000)}`);
  assert.doesNotMatch(r.stderr, /internal error|\n\s+at /, 'a stack trace instead of a message');
}

/** Indexes the folders into the archive and checks each draft both ways: the JSON reports must be equal. */
function assertSameReports(db: string, corpora: readonly string[], drafts: readonly string[]): void {
  const indexed = corroborate(['index', ...corpora.flatMap((c) => ['--corpus', c]), '--db', db]);
  ok(indexed);
  for (const draft of drafts) {
    const fromDb = corroborate(['check', '--format', 'json', '--db', db, draft]);
    const inMemory = corroborate(['check', '--format', 'json', '--no-cache', ...corpora.flatMap((c) => ['--corpus', c]), draft]);
    ok(fromDb, [0, 1]);
    ok(inMemory, [0, 1]);
    assert.equal(fromDb.code, inMemory.code, `${draft}: exit status`);
    const report = JSON.parse(fromDb.stdout) as { files: { claims: { evidence?: unknown[] }[] }[] };
    // A report with claims and evidence: equality of two empty reports would prove nothing.
    assert.ok(report.files[0]!.claims.length > 0, `${draft}: no claims`);
    assert.ok(
      report.files[0]!.claims.some((c) => (c.evidence?.length ?? 0) > 0),
      `${draft}: no evidence`,
    );
    assert.equal(fromDb.stdout, inMemory.stdout, `${draft}: the report from the archive differs from the in-memory one`);
  }
}

void test('the archive gives the same JSON report as the in-memory index: earnings and football corpora', async (t) => {
  const c = need(t);
  if (!c) return;
  const db = await database(c);
  assertSameReports(db, ['test/fixtures/corpora/earnings', 'test/fixtures/corpora/football'], ['test/fixtures/drafts/earnings.md', 'test/fixtures/drafts/football.md']);
});

void test('the archive gives the same JSON report as the in-memory index: the bundled corpus and the CLI corpora', async (t) => {
  const c = need(t);
  if (!c) return;
  assertSameReports(await database(c), ['corpus'], ['examples/draft.md']);
  assertSameReports(
    await database(c),
    ['test/fixtures/cli/corpus-harbour', 'test/fixtures/cli/corpus-marathon'],
    ['test/fixtures/cli/conflicts.md', 'test/fixtures/cli/supported.md', 'test/fixtures/cli/marathon.txt'],
  );
});

void test('the archive reads HTML, PDF and Word sources as the in-memory index does, evidence pages and paragraphs included', async (t) => {
  const c = need(t);
  if (!c) return;
  const dir = tempDir();
  const corpus = path.join(dir, 'corpus');
  await writeMixedCorpus(corpus);
  const draft = path.join(dir, 'draft.md');
  fs.writeFileSync(
    draft,
    `${[
      'About 12,000 vehicles cross the bridge every day, the transport office says.',
      'The repairs cost the city 2.4 million euros.',
      'In 2022 the harbour handled 4,210 cargo ships.',
      'The authority employed 1,350 dock workers at the end of the year.',
      'The council approved a budget of 3.2 million euros for the library.',
    ].join(' ')}\n`,
  );
  const db = await database(c);
  assertSameReports(db, [corpus], [draft]);
  const report = JSON.parse(corroborate(['check', '--format', 'json', '--db', db, draft]).stdout) as { corpus: { documents: number }; files: { claims: { evidence?: { file: string; page?: number; paragraph?: number }[] }[] }[] };
  assert.equal(report.corpus.documents, 3);
  const evidence = report.files[0]!.claims.flatMap((x) => x.evidence ?? []);
  for (const ext of ['.html', '.pdf', '.docx']) assert.ok(evidence.some((e) => e.file.endsWith(ext)), `evidence from the ${ext} source`);
  assert.ok(evidence.some((e) => e.file.endsWith('.pdf') && typeof e.page === 'number'), 'a PDF page');
  assert.ok(evidence.some((e) => e.file.endsWith('.docx') && typeof e.paragraph === 'number'), 'a Word paragraph');
});

void test('an archive of schema version 1 is migrated by index, keeping its documents, and then answers as the memory index', async (t) => {
  const c = need(t);
  if (!c) return;
  const db = await database(c);
  ok(corroborate(['index', '--corpus', 'corpus', '--db', db]));
  // Back to version 1 as it was released: the tables and columns of migration 1, its documents kept.
  const admin = new pg.Client({ connectionString: db });
  await admin.connect();
  try {
    await admin.query('ALTER TABLE document DROP COLUMN format');
    await admin.query('ALTER TABLE sentence DROP COLUMN origins, DROP COLUMN part');
    await admin.query('DELETE FROM corroborate_schema WHERE version > 1');
  } finally {
    await admin.end();
  }
  const refused = corroborate(['check', '--db', db, 'examples/draft.md']);
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, /schema version 1, older than this build's \(2\); run `corroborate index --db URL` to migrate it/);
  assert.doesNotMatch(refused.stderr, /\n\s+at /);
  const migrated = corroborate(['index', '--corpus', 'corpus', '--db', db]);
  ok(migrated);
  assert.match(migrated.stdout, /0 added, 0 changed, 0 removed, 5 unchanged/);
  const fromDb = corroborate(['check', '--format', 'json', '--db', db, 'examples/draft.md']);
  const inMemory = corroborate(['check', '--format', 'json', '--no-cache', '--corpus', 'corpus', 'examples/draft.md']);
  ok(fromDb, [0, 1]);
  assert.equal(fromDb.stdout, inMemory.stdout);
  const pool = createPool(db);
  try {
    const client = await pool.connect();
    try {
      assert.equal(await schemaVersion(client), SCHEMA_VERSION);
    } finally {
      client.release();
    }
  } finally {
    await pool.end();
  }
});

void test('a draft the archive holds among its sources is not evidence for itself, as in memory', async (t) => {
  const c = need(t);
  if (!c) return;
  const dir = tempDir();
  const corpus = path.join(dir, 'corpus');
  fs.cpSync(path.join(ROOT, 'test/fixtures/corpora/earnings'), corpus, { recursive: true });
  // The draft is kept in the corpus folder, and indexed with it.
  const draft = path.join(corpus, 'my-draft.md');
  fs.writeFileSync(draft, `${fs.readFileSync(path.join(ROOT, 'test/fixtures/drafts/earnings.md'), 'utf8')}\nThe company opened 77 new warehouses in the quarter.\n`);
  const db = await database(c);
  ok(corroborate(['index', '--corpus', corpus, '--db', db]));
  const fromDb = corroborate(['check', '--format', 'json', '--db', db, draft]);
  const inMemory = corroborate(['check', '--format', 'json', '--no-cache', '--corpus', corpus, draft]);
  ok(fromDb, [0, 1]);
  assert.equal(fromDb.stdout, inMemory.stdout);
  const report = JSON.parse(fromDb.stdout) as { corpus: { documents: number }; files: { claims: { text: string; verdict: string; evidence?: { file: string }[] }[] }[] };
  assert.equal(report.corpus.documents, 3, 'the draft is not counted among the sources');
  const claims = report.files[0]!.claims;
  // Only the draft states 77: whatever the other sources say of it, the draft does not support itself.
  const own = claims.find((x) => x.text === '77');
  assert.ok(own, 'the claim is read');
  assert.notEqual(own.verdict, 'supported');
  assert.ok(!claims.some((x) => (x.evidence ?? []).some((e) => e.file.endsWith('my-draft.md'))), 'no evidence from the draft');
});

void test('index is incremental: an unchanged file is left alone, a changed one replaced, a removed one deleted', async (t) => {
  const c = need(t);
  if (!c) return;
  const db = await database(c);
  const dir = tempDir();
  const corpus = path.join(dir, 'corpus');
  fs.cpSync(path.join(ROOT, 'test/fixtures/corpora/earnings'), corpus, { recursive: true });
  const index = (): Run => {
    const r = corroborate(['index', '--corpus', corpus, '--db', db, '--verbose']);
    ok(r);
    return r;
  };
  const first = index();
  assert.match(first.stdout, /3 documents in .*: 3 added, 0 changed, 0 removed, 0 unchanged/);

  // Touched (a new mtime) but not changed: nothing is written.
  const note = path.join(corpus, 'analyst-note.txt');
  fs.utimesSync(note, new Date(), new Date(Date.now() + 60_000));
  const touched = index();
  assert.match(touched.stdout, /0 added, 0 changed, 0 removed, 3 unchanged/);
  assert.doesNotMatch(touched.stdout, /^indexed /m);

  // One file changed: only it is written again.
  fs.appendFileSync(note, '\nThe analyst now expects revenue of 14 million euros in the next quarter.\n');
  const changed = index();
  assert.match(changed.stdout, /0 added, 1 changed, 0 removed, 2 unchanged/);
  assert.deepEqual(
    changed.stdout.split('\n').filter((l) => l.startsWith('indexed ')),
    [`indexed ${note}`],
  );

  // One removed, one added.
  fs.rmSync(path.join(corpus, 'northbridge-wire.md'));
  fs.writeFileSync(path.join(corpus, 'late-wire.md'), '---\ntitle: Late wire\npublisher: Wire\ndate: 2024-05-02\n---\n\nHalvorsen said it shipped 1,250 robots in the quarter.\n');
  const moved = index();
  assert.match(moved.stdout, /1 added, 0 changed, 1 removed, 2 unchanged/);
  assert.match(moved.stdout, /^deleted .*northbridge-wire\.md$/m);

  // And the archive still answers as the folder does.
  const draft = 'test/fixtures/drafts/earnings.md';
  const fromDb = corroborate(['check', '--format', 'json', '--db', db, draft]);
  const inMemory = corroborate(['check', '--format', 'json', '--no-cache', '--corpus', corpus, draft]);
  ok(fromDb, [0, 1]);
  assert.equal(fromDb.stdout, inMemory.stdout);
  assert.match(fromDb.stdout, /"documents": 3,/);
});

void test('the frequencies and postings of a replaced document are taken out with it', async (t) => {
  const c = need(t);
  if (!c) return;
  const db = await database(c);
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'a.md'), '---\ntitle: A\n---\n\nThe mill employed 420 weavers in 1890.\n');
  fs.writeFileSync(path.join(dir, 'b.md'), '---\ntitle: B\n---\n\nThe mill closed with 35 weavers left.\n');
  ok(corroborate(['index', '--corpus', dir, '--db', db]));
  fs.writeFileSync(path.join(dir, 'a.md'), '---\ntitle: A\n---\n\nThe foundry cast 12 bells.\n');
  ok(corroborate(['index', '--corpus', dir, '--db', db]));
  const pool = createPool(db);
  try {
    const terms = await pool.query<{ key: string; df: number }>('SELECT key, df FROM term ORDER BY key');
    const df = new Map(terms.rows.map((r) => [r.key, r.df]));
    assert.equal(df.get('weaver'), 1, 'only b.md speaks of weavers now');
    assert.equal(df.get('#count:420'), undefined, 'the old figure is gone');
    assert.equal(df.get('bell'), 1);
    const orphans = await pool.query('SELECT 1 FROM posting p LEFT JOIN document d ON d.id = p.document_id WHERE d.id IS NULL');
    assert.equal(orphans.rowCount, 0, 'postings of a deleted document');
    const stats = await pool.query<{ documents: number; sentences: number }>('SELECT documents, sentences FROM corpus_stats');
    const real = await pool.query<{ documents: string; sentences: string }>('SELECT (SELECT count(*) FROM document) AS documents, (SELECT count(*) FROM sentence) AS sentences');
    assert.equal(stats.rows[0]!.documents, Number(real.rows[0]!.documents));
    assert.equal(stats.rows[0]!.sentences, Number(real.rows[0]!.sentences));
    // The tsvector holds the figure's value key as a lexeme, and its GIN index answers for it.
    const found = await pool.query<{ text: string }>(`SELECT text FROM sentence WHERE tsv @@ $$'#count:35'$$::tsquery`);
    assert.deepEqual(found.rows.map((r) => r.text), ['The mill closed with 35 weavers left.']);
  } finally {
    await pool.end();
  }
});

void test('the schema is versioned: migrations run once, and a newer archive is refused', async (t) => {
  const c = need(t);
  if (!c) return;
  const db = await database(c);
  const pool = createPool(db);
  try {
    const client = await pool.connect();
    try {
      assert.equal(await schemaVersion(client), 0);
      assert.deepEqual(await migrate(client), MIGRATIONS.map((m) => m.version));
      assert.deepEqual(await migrate(client), []);
      assert.equal(await schemaVersion(client), SCHEMA_VERSION);
      await client.query('INSERT INTO corroborate_schema (version) VALUES ($1)', [SCHEMA_VERSION + 1]);
    } finally {
      client.release();
    }
  } finally {
    await pool.end();
  }
  const r = corroborate(['check', '--db', db, 'examples/draft.md']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /newer than this build of corroborate knows/);
  const i = corroborate(['index', '--corpus', 'corpus', '--db', db]);
  assert.equal(i.code, 2);
  assert.match(i.stderr, /newer than this build of corroborate knows/);
});

void test('an archive that cannot be used gets a clear message and exit 2', async (t) => {
  const c = need(t);
  if (!c) return;
  const empty = await database(c);
  let r = corroborate(['check', '--db', empty, 'examples/draft.md']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /holds no corroborate archive; fill it first with `corroborate index/);
  // Port 1 on loopback: nothing listens there.
  r = corroborate(['check', '--db', 'postgresql://corroborate@127.0.0.1:1/postgres', 'examples/draft.md']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /cannot reach the database at postgresql:\/\/corroborate@127\.0\.0\.1:1\/postgres: connection refused/);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
  r = corroborate(['index', '--corpus', 'corpus', '--db', 'postgresql://corroborate@127.0.0.1:1/postgres']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /connection refused/);
  r = corroborate(['check', '--db', c.url, '--corpus', 'corpus', 'examples/draft.md']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--db and --corpus exclude each other/);
});

void test('a password never comes from the connection string', () => {
  assert.throws(() => checkConnectionString('postgresql://desk:s3cret@db.example/news'), /holds a password; .*PGPASSWORD or ~\/\.pgpass/);
  assert.throws(() => checkConnectionString('postgresql://desk@db.example/news?password=s3cret'), /holds a password/);
  assert.throws(() => checkConnectionString('host=db.example dbname=news password=s3cret'), /holds a password/);
  assert.throws(() => checkConnectionString('not a connection string'), /not a connection string/);
  assert.doesNotThrow(() => checkConnectionString('postgresql://desk@db.example:5433/news'));
  assert.doesNotThrow(() => checkConnectionString('host=db.example dbname=news user=desk'));
  assert.equal(redact('postgresql://desk:s3cret@db.example/news'), 'postgresql://desk:***@db.example/news');
  const r = corroborate(['check', '--db', 'postgresql://desk:s3cret@127.0.0.1:1/news', 'examples/draft.md']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /holds a password/);
  assert.doesNotMatch(r.stderr, /s3cret/);
});

void test('the password comes from PGPASSWORD or ~/.pgpass', async (t) => {
  const c = need(t);
  if (!c) return;
  // A role that must log in with a password (SCRAM), while the cluster's own user is trusted.
  const hba = path.join(c.dir, 'data', 'pg_hba.conf');
  fs.writeFileSync(hba, `host all desk 127.0.0.1/32 scram-sha-256\n${fs.readFileSync(hba, 'utf8')}`);
  const admin = new pg.Client({ connectionString: c.url });
  await admin.connect();
  try {
    await admin.query(`CREATE ROLE desk LOGIN PASSWORD 'right'`);
    await admin.query('SELECT pg_reload_conf()');
  } finally {
    await admin.end();
  }
  const dir = tempDir();
  const pgpass = path.join(dir, 'pgpass');
  fs.writeFileSync(pgpass, `127.0.0.1:${c.port}:*:desk:right\n`, { mode: 0o600 });
  const url = `postgresql://desk@127.0.0.1:${c.port}/postgres`;
  const none = path.join(dir, 'none');
  const login = async (env: Record<string, string>): Promise<string> => {
    const saved = { PGPASSWORD: process.env['PGPASSWORD'], PGPASSFILE: process.env['PGPASSFILE'] };
    delete process.env['PGPASSWORD'];
    process.env['PGPASSFILE'] = none;
    Object.assign(process.env, env);
    const pool = createPool(url);
    try {
      const r = await pool.query<{ user: string }>('SELECT current_user AS user');
      return r.rows[0]!.user;
    } catch (e) {
      return `error: ${describeConnectionError(e, url)}`;
    } finally {
      await pool.end();
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  };
  assert.equal(await login({ PGPASSWORD: 'right' }), 'desk');
  assert.equal(await login({ PGPASSFILE: pgpass }), 'desk');
  assert.match(await login({ PGPASSWORD: 'wrong' }), /^error: the database at .* refused the login .*PGPASSWORD or ~\/\.pgpass/);
  assert.match(await login({}), /^error: the database at .* asks for a password; give it through PGPASSWORD or ~\/\.pgpass/);
  // The command line says the same, without a stack.
  const r = corroborate(['check', '--db', url, 'examples/draft.md'], { PGPASSFILE: none, PGPASSWORD: 'wrong' });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /refused the login/);
});

void test('a retriever kept open sees what a later index run wrote, with the scores of a fresh memory index', async (t) => {
  const c = need(t);
  if (!c) return;
  const db = await database(c);
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'a.md'), '---\ntitle: Mill\n---\n\nThe mill employed 420 weavers in 1890. The weavers struck in 1891.\n');
  fs.writeFileSync(path.join(dir, 'b.md'), '---\ntitle: Closure\n---\n\nThe mill closed with 35 weavers left.\n\nA museum opened in the mill.\n');
  ok(corroborate(['index', '--corpus', dir, '--db', db]));
  const pool = createPool(db);
  const retriever = await PgRetriever.open(pool);
  const query = ['weaver', 'mill', 'mill', '#k:count', '#count:420', 'museum'];
  const compare = async (): Promise<void> => {
    const loaded = await loadCorpus(new FsCorpusReader([dir]));
    const memory = new MemoryIndex();
    for (const d of loaded.documents) memory.addDocument(d);
    const shape = (hits: RetrievalHit[]): unknown => hits.map((h) => [h.sentence.key, h.score, h.sentence.text, h.analysis]);
    assert.deepEqual(shape(await retriever.search(query, 3, noopToken)), shape(await memory.search(query, 3, noopToken)));
    assert.deepEqual([...(await retriever.idf(query))], [...(await memory.idf(query))]);
    assert.deepEqual(retriever.stats(), memory.stats());
  };
  try {
    await compare();
    // Another run changes one document while the retriever keeps its postings.
    fs.writeFileSync(path.join(dir, 'b.md'), '---\ntitle: Closure\n---\n\nThe mill closed with 35 weavers and 2 museum guides left.\n');
    ok(corroborate(['index', '--corpus', dir, '--db', db]));
    await compare();
    fs.rmSync(path.join(dir, 'a.md'));
    ok(corroborate(['index', '--corpus', dir, '--db', db]));
    await compare();
  } finally {
    await pool.end();
  }
});

void test('an archive that fails during a check stops it with a message, not a stack', async (t) => {
  const c = need(t);
  if (!c) return;
  const db = await database(c);
  ok(corroborate(['index', '--corpus', 'corpus', '--db', db]));
  // A role that may open the archive but not read its sentences: the first search fails.
  await runSql(db, 'CREATE ROLE clerk LOGIN', 'GRANT SELECT ON corroborate_schema, document, term, posting, corpus_stats TO clerk');
  const r = corroborate(['check', '--db', db.replace('//corroborate@', '//clerk@'), 'examples/draft.md']);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /^corroborate: the database at postgresql:\/\/clerk@127\.0\.0\.1:\d+\/archive_\d+ failed: permission denied for table sentence; the check was stopped$/m);
  assert.doesNotMatch(r.stderr, /internal error|\n\s+at /);
});
