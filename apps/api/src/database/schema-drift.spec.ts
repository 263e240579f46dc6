import { DataSource } from 'typeorm';
import { createTestDatabase } from '../../test/harness';
import { dataSourceOptions } from './data-source-options';
import { migrateDatabase } from './migrate';

describe('migrations', () => {
  it('leave nothing for TypeORM to generate: the entities and the schema agree', async () => {
    const database = await createTestDatabase();
    try {
      await migrateDatabase(database.url);
      const dataSource = new DataSource(dataSourceOptions(database.url, 1));
      await dataSource.initialize();
      try {
        const pending = await dataSource.driver.createSchemaBuilder().log();
        expect(pending.upQueries.map((q) => q.query)).toEqual([]);
      } finally {
        await dataSource.destroy();
      }
    } finally {
      await database.drop();
    }
  });

  it('can run from two processes at once', async () => {
    const database = await createTestDatabase();
    try {
      await Promise.all([migrateDatabase(database.url), migrateDatabase(database.url)]);
    } finally {
      await database.drop();
    }
  });
});
