import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Kysely, PostgresDialect } from 'kysely';
import type { Pool } from 'pg';
import { createPool } from './pool';
import { preparingPool } from './prepared-statements';
import type { DB } from './schema.generated';
import { CROSS_TENANT_DB } from './cross-tenant';
import { TenantScope } from './tenant-scope';

const POOL = Symbol('Pool');

/**
 * The data layer every area uses: the TenantScope (tenant-bound units of work), and, for the few
 * platform jobs that span tenants (the sweeper, the planners), the unscoped CROSS_TENANT_DB. One pool.
 */
@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(POOL) private readonly pool: Pool) {}

  static forRoot(databaseUrl: string, options: { poolSize?: number } = {}) {
    return {
      module: DatabaseModule,
      providers: [
        { provide: POOL, useFactory: () => createPool(databaseUrl, { max: options.poolSize ?? 10 }) },
        {
          provide: CROSS_TENANT_DB,
          inject: [POOL],
          useFactory: (pool: Pool) =>
            new Kysely<DB>({ dialect: new PostgresDialect({ pool: preparingPool(pool) }) }),
        },
        {
          provide: TenantScope,
          inject: [CROSS_TENANT_DB],
          useFactory: (db: Kysely<DB>) => new TenantScope(db),
        },
      ],
      exports: [TenantScope, CROSS_TENANT_DB],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}
