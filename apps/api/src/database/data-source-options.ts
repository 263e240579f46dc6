import { ENTITIES } from '@steward/domain';
import { MIGRATIONS } from '@steward/migrations';
import type { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';

/** The one description of Steward's database: entities, migrations, naming. Never `synchronize`. */
export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    // A connection that cannot be had in 10 s (the server black-holed, or every pooled one busy) fails
    // instead of holding the request forever: the API answers 503 with Retry-After.
    extra: { max: poolSize, application_name: 'steward', connectionTimeoutMillis: 10_000 },
  };
}
