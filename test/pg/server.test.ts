/**
 * corroborate.index.database through the language server process: drafts are checked against
 * the archive, with the same diagnostics as against the folder in memory; an archive that cannot
 * be reached is said in a message and the status item, and the drafts are checked against the
 * folders meanwhile; one that goes down after it was opened is left for the folders, with a message
 * and the status item, and checked against again when it is back. The archive is a throwaway cluster (test/pg/cluster.ts); without PostgreSQL
 * the tests that need one are skipped (SKIPPED and the reason are printed).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../root';
import { COUNCIL_CORPUS, FOOTBALL_CORPUS, TestClient, messageOf, workspace } from '../lsp/harness';
import { ListSourcesRequest } from '../../server/src/lsp/protocol';
import { clusterForTests, createDatabase } from './sql';

const BIN = path.join(ROOT, 'bin', 'corroborate.js');
const UNREACHABLE = 'postgresql://corroborate@127.0.0.1:1/postgres';
const DRAFT = 'Harbour City beat Riverton Rovers 3-2 in the cup final. A crowd of 42,000 watched the match. The council approved a budget of $61 million for the roof.\n';

const shared = clusterForTests('PostgreSQL archive server tests');

void describe('corroborate.index.database', () => {
  void it('checks against an archive that cannot be reached with the folders instead, and says so', async () => {
    const ws = workspace({ ...COUNCIL_CORPUS });
    const { client } = await TestClient.start({ folders: [ws], settings: () => ({ index: { database: UNREACHABLE } }) });
    try {
      const uri = await client.open(path.join(ws, 'draft.md'), 'The council approved a budget of $52 million on Tuesday. The council will hire 240 new staff next year.\n');
      const items = await client.waitForDiagnostics(uri, (d) => d.length === 2, 'diagnostics from the folder corpus');
      assert.deepEqual(items.map((d) => d.code), ['conflict', 'disputed']);
      await client.until(() => client.messages.length, (n) => n > 0, 'a message about the archive');
      assert.match(client.messages[0]!.message, /cannot reach the database at postgresql:\/\/corroborate@127\.0\.0\.1:1\/postgres: connection refused .*; checking against .*corpus instead/);
      assert.ok(
        client.status.some((s) => s.uri === undefined && s.state === 'error' && /cannot reach the database/.test(s.message ?? '')),
        'a server-wide error status for the status item',
      );
      assert.equal(client.exited, undefined);
    } finally {
      await client.shutdown();
      fs.rmSync(ws, { recursive: true, force: true });
    }
  });

  void it('refuses a connection string that holds a password, and keeps checking', async () => {
    const ws = workspace({ ...COUNCIL_CORPUS });
    const { client } = await TestClient.start({ folders: [ws], settings: () => ({ index: { database: 'postgresql://desk:s3cret@127.0.0.1:1/news' } }) });
    try {
      const uri = await client.open(path.join(ws, 'draft.md'), 'The council approved a budget of $52 million on Tuesday.\n');
      await client.waitForDiagnostics(uri, (d) => d.length === 1, 'the conflict from the folder corpus');
      await client.until(() => client.messages.length, (n) => n > 0, 'a message about the password');
      assert.match(client.messages[0]!.message, /holds a password; .*PGPASSWORD or ~\/\.pgpass/);
      assert.doesNotMatch(JSON.stringify([client.messages, client.status, client.logs]), /s3cret/);
    } finally {
      await client.shutdown();
      fs.rmSync(ws, { recursive: true, force: true });
    }
  });

  void it('checks against the archive, with the diagnostics the folder gives in memory', async (t) => {
    const cluster = shared.need(t);
    if (!cluster) return;
    const football = workspace({ ...FOOTBALL_CORPUS }, 'corroborate-football-');
    const indexed = spawnSync(process.execPath, [BIN, 'index', '--corpus', path.join(football, 'corpus'), '--db', cluster.url], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    assert.equal(indexed.status, 0, indexed.stderr);
    // The archive's workspace has a corpus of its own (the council's): the archive is used instead.
    const archived = workspace({ ...COUNCIL_CORPUS }, 'corroborate-archived-');
    const { client } = await TestClient.start({
      folders: [football, archived],
      settings: (scope) => (scope?.startsWith(`file://${archived}`) ? { index: { database: cluster!.url } } : {}),
    });
    try {
      const inMemory = await client.open(path.join(football, 'draft.md'), DRAFT);
      const fromArchive = await client.open(path.join(archived, 'draft.md'), DRAFT);
      const expected = await client.waitForDiagnostics(inMemory, (d) => d.length > 0, 'diagnostics from the football folder');
      const got = await client.waitForDiagnostics(fromArchive, (d) => d.length > 0, 'diagnostics from the archive');
      assert.deepEqual(got.map((d) => [d.code, d.range, messageOf(d)]), expected.map((d) => [d.code, d.range, messageOf(d)]));
      assert.ok(got.some((d) => /3-1/.test(messageOf(d))), 'the score conflict, from the archive');
      assert.equal(client.messages.length, 0, JSON.stringify(client.messages));
      assert.ok(client.logs.some((l) => /checking against the archive postgresql:\/\/corroborate@127\.0\.0\.1:\d+\/postgres \(1 sources/.test(l.message)));
    } finally {
      await client.shutdown();
      fs.rmSync(football, { recursive: true, force: true });
      fs.rmSync(archived, { recursive: true, force: true });
    }
  });

  void it('lists the archive\'s sources, checks against the folders while it is down, and comes back to it', async (t) => {
    const cluster = shared.need(t);
    if (!cluster) return;
    const db = await createDatabase(cluster, 'outage');
    const football = workspace({ ...FOOTBALL_CORPUS }, 'corroborate-football-');
    const indexed = spawnSync(process.execPath, [BIN, 'index', '--corpus', path.join(football, 'corpus'), '--db', db], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    assert.equal(indexed.status, 0, indexed.stderr);
    const archived = workspace({ ...COUNCIL_CORPUS }, 'corroborate-archived-');
    const { client } = await TestClient.start({ folders: [archived], settings: () => ({ index: { database: db } }) });
    const fromArchive = (d: { message: unknown }[]): boolean => d.some((x) => /3-1/.test(messageOf(x as never)));
    try {
      const uri = await client.open(path.join(archived, 'draft.md'), DRAFT);
      await client.waitForDiagnostics(uri, fromArchive, 'the score conflict, from the archive');
      // Open Source lists the archive's sources, not the folder's.
      const sources = await client.conn.sendRequest(ListSourcesRequest.type, { uri });
      assert.deepEqual(
        sources.map((x) => [x.id, x.title, x.uri]),
        [['harbour-city-cup-final', 'Harbour City win the cup final', `file://${path.join(football, 'corpus', 'match-report.md')}`]],
      );

      await cluster.pause();
      try {
        await client.replaceText(uri, `${DRAFT}The mayor spoke for 20 minutes.\n`);
        const during = await client.waitForDiagnostics(uri, (d) => d.length > 0 && !fromArchive(d), 'diagnostics from the folder while the archive is down');
        assert.ok(during.some((d) => /48 million/.test(messageOf(d))), JSON.stringify(during.map(messageOf)));
        await client.until(() => client.messages.length, (n) => n > 0, 'a message about the archive');
        assert.match(client.messages[0]!.message, /the archive postgresql:\/\/corroborate@127\.0\.0\.1:\d+\/outage stopped answering \(.+\); checking against .*corpus until it is back/);
        assert.ok(client.status.some((x) => x.uri === undefined && x.state === 'error' && /stopped answering/.test(x.message ?? '')), 'an error status for the status item');
        const folderSources = await client.conn.sendRequest(ListSourcesRequest.type, { uri });
        assert.deepEqual(folderSources.map((x) => x.id).sort(), ['radio-report', 'riverton-budget']);
      } finally {
        await cluster.resume();
      }
      await client.until(() => client.logs.filter((l) => /answers again; checking against it/.test(l.message)).length, (n) => n > 0, 'the archive used again');
      await client.waitForDiagnostics(uri, fromArchive, 'the score conflict, from the archive again');
      assert.ok(client.status.at(-1)?.state !== 'error' || client.status.some((x) => x.uri === undefined && x.state === 'ready'));
      assert.equal(client.exited, undefined);
    } finally {
      await client.shutdown();
      fs.rmSync(football, { recursive: true, force: true });
      fs.rmSync(archived, { recursive: true, force: true });
    }
  });

  void it('never takes the draft being edited as its own evidence, when the archive holds it among the sources', async (t) => {
    const cluster = shared.need(t);
    if (!cluster) return;
    const only = await createDatabase(cluster, 'sources_only');
    const withDraft = await createDatabase(cluster, 'with_draft');
    // The same sources in both archives; the second also holds the draft, kept in the corpus folder.
    const plain = workspace({ ...FOOTBALL_CORPUS }, 'corroborate-plain-');
    const own = workspace({ ...FOOTBALL_CORPUS, 'corpus/my-draft.md': DRAFT }, 'corroborate-own-');
    for (const [dir, db] of [
      [plain, only],
      [own, withDraft],
    ] as const) {
      const r = spawnSync(process.execPath, [BIN, 'index', '--corpus', path.join(dir, 'corpus'), '--db', db], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
      assert.equal(r.status, 0, r.stderr);
    }
    const { client } = await TestClient.start({
      folders: [plain, own],
      settings: (scope) => ({ index: { database: scope?.startsWith(`file://${own}`) ? withDraft : only } }),
    });
    try {
      const expectedUri = await client.open(path.join(plain, 'draft.md'), DRAFT);
      const ownUri = await client.open(path.join(own, 'corpus', 'my-draft.md'), DRAFT);
      const expected = await client.waitForDiagnostics(expectedUri, (d) => d.length > 0, 'diagnostics from the archive of the sources');
      const got = await client.waitForDiagnostics(ownUri, (d) => d.length > 0, 'diagnostics of the draft the archive holds');
      assert.deepEqual(got.map((d) => [d.code, d.range, messageOf(d)]), expected.map((d) => [d.code, d.range, messageOf(d)]));
      assert.ok(got.some((d) => d.code === 'conflict' && /3-1/.test(messageOf(d))), 'a conflict, not a dispute with itself');
    } finally {
      await client.shutdown();
      fs.rmSync(plain, { recursive: true, force: true });
      fs.rmSync(own, { recursive: true, force: true });
    }
  });
});
