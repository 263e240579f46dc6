import type { TestApp } from './harness';

/** Row count and an order-independent hash of every row, per table: what a request may have written. */
export type DatabaseSnapshot = Record<string, string>;

/**
 * Snapshots every table of Steward and of the job queue in one statement, so a test can prove that
 * a refused request wrote nothing: no row added or removed (count) and none changed (hash of rows).
 */
export async function databaseSnapshot(app: TestApp): Promise<DatabaseSnapshot> {
  const tables = await app.sql<{ name: string }>(
    `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables
      WHERE schemaname IN ('public', 'graphile_worker') ORDER BY 1`,
  );
  const parts = tables.map(
    ({ name }) =>
      `SELECT ${literal(name)} AS name,
              count(*)::text || ':' || coalesce(sum(hashtext(t::text)::bigint), 0)::text AS state
         FROM ${name} t`,
  );
  const rows = await app.sql<{ name: string; state: string }>(parts.join(' UNION ALL '));
  return Object.fromEntries(rows.map((r) => [r.name, r.state]));
}

function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}
