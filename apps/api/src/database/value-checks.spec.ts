import { CHECKED_VALUE_LISTS, valueCheckName } from '@steward/domain';
import { Client } from 'pg';
import { createTestDatabase } from '../../test/harness';
import { migrateDatabase } from './migrate';

/** The quoted values of a CHECK as PostgreSQL prints it: ((status = ANY (ARRAY['queued'::text, …]))). */
function valuesOf(definition: string): string[] {
  return [...definition.matchAll(/'((?:[^']|'')*)'::text/g)].map((m) => m[1].replace(/''/g, "'"));
}

describe('value checks', () => {
  it('hold, in the migrated database, exactly the value lists of libs/domain', async () => {
    const database = await createTestDatabase();
    const client = new Client({ connectionString: database.url });
    try {
      await migrateDatabase(database.url);
      await client.connect();
      const { rows } = await client.query<{ table: string; name: string; definition: string }>(
        `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS definition
           FROM pg_constraint
          WHERE connamespace = 'public'::regnamespace AND contype = 'c' AND conname LIKE 'ck\\_%'`,
      );
      const inDatabase = new Map(rows.map((r) => [`${r.table}.${r.name}`, valuesOf(r.definition)]));
      const run = 'run `npm run db:checks` and commit the migration it writes';
      const drift: string[] = [];
      for (const list of CHECKED_VALUE_LISTS) {
        const name = valueCheckName(list.table, list.column);
        const found = inDatabase.get(`${list.table}.${name}`);
        inDatabase.delete(`${list.table}.${name}`);
        if (!found) drift.push(`${list.table}.${list.column} has no CHECK ${name}: ${run}`);
        else if (JSON.stringify(found) !== JSON.stringify(list.values)) {
          drift.push(
            `${list.table}.${list.column} allows ${found.join(', ')} but the TypeScript list is ` +
              `${list.values.join(', ')}: ${run}`,
          );
        }
      }
      for (const stale of inDatabase.keys())
        drift.push(`${stale} checks a list libs/domain no longer has: ${run}`);
      expect(drift).toEqual([]);
    } finally {
      await client.end();
      await database.drop();
    }
  });
});
