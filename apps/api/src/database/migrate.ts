import { Logger as QueueLogger, runMigrations as runQueueMigrations } from 'graphile-worker';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** An arbitrary, fixed key: every Steward process takes this lock before touching the schema. */
const MIGRATION_LOCK_KEY = 74_265_103;

/**
 * Brings the schema up to date: Steward's migrations, then the job queue's. Held under a PostgreSQL
 * advisory lock, so two processes starting at once run them one after the other, never interleaved.
 */
export async function migrateDatabase(url: string): Promise<string[]> {
  const lock = new Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const dataSource = new DataSource(dataSourceOptions(url, 2));
    await dataSource.initialize();
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      await runQueueMigrations({ connectionString: url, logger: quietQueueLogger });
      return applied.map((m) => m.name);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.end();
  }
}

/** The queue's migration chatter adds nothing to Steward's own log. */
const quietQueueLogger = new QueueLogger(() => () => undefined);
