import { CONSTRAINT_FIELDS } from '@steward/migrations';
import { Client } from 'pg';
import { createTestDatabase } from '../../test/harness';
import { migrateDatabase } from './migrate';

describe('constraint fields', () => {
  it('name a field (or say none can be broken) for every constraint the migrations make, and no other', async () => {
    const database = await createTestDatabase();
    const client = new Client({ connectionString: database.url });
    try {
      await migrateDatabase(database.url);
      await client.connect();
      // Foreign keys, checks and unique constraints, and unique indexes (which PostgreSQL names in a
      // violation just like constraints); primary keys are ids Steward makes.
      const { rows } = await client.query<{ name: string }>(
        `SELECT conname AS name FROM pg_constraint
          WHERE connamespace = 'public'::regnamespace AND contype IN ('f', 'c', 'u')
         UNION
         SELECT c.relname FROM pg_index x
           JOIN pg_class c ON c.oid = x.indexrelid
           JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND x.indisunique AND NOT x.indisprimary`,
      );
      const inSchema = rows.map((r) => r.name).sort();
      const declared = Object.keys(CONSTRAINT_FIELDS)
        .filter((name) => !name.includes('.'))
        .sort();
      const missing = inSchema.filter((name) => !declared.includes(name));
      const stale = declared.filter((name) => !inSchema.includes(name));
      // A constraint without an entry would answer 500: declare it beside the migration that makes it.
      expect({ missing, stale }).toEqual({ missing: [], stale: [] });
    } finally {
      await client.end();
      await database.drop();
    }
  });
});
