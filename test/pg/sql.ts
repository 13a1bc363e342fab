/** What the archive's test files share: one throwaway cluster per file, and statements run on its databases. */
import { after, before, type TestContext } from 'node:test';
import * as pg from 'pg';
import { startCluster, type Cluster } from './cluster';

/**
 * Starts a cluster before the file's tests and stops it after them. `need(t)` gives it to a test,
 * or marks the test skipped with the reason when PostgreSQL cannot be had (printed once, as
 * SKIPPED, naming `what`).
 */
export function clusterForTests(what: string): { need(t: TestContext): Cluster | undefined } {
  let cluster: Cluster | undefined;
  let skipped = '';
  before(async () => {
    const c = await startCluster();
    if ('skipped' in c) {
      skipped = c.skipped;
      process.stdout.write(`SKIPPED: ${what}: ${skipped}\n`);
    } else cluster = c;
  });
  after(async () => {
    await cluster?.stop();
  });
  return {
    need(t) {
      if (!cluster) t.skip(`SKIPPED: ${skipped}`);
      return cluster;
    },
  };
}

/** Runs the statements in order on the database at `url`, then disconnects. */
export async function runSql(url: string, ...statements: readonly string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const s of statements) await client.query(s);
  } finally {
    await client.end();
  }
}

/** Creates an empty database on the cluster; its connection string. */
export async function createDatabase(c: Cluster, name: string): Promise<string> {
  await runSql(c.url, `CREATE DATABASE ${name}`);
  return c.url.replace(/\/postgres$/, `/${name}`);
}
