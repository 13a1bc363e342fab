/** Statements run on a test cluster's databases, one client each time. */
import * as pg from 'pg';
import type { Cluster } from './cluster';

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
