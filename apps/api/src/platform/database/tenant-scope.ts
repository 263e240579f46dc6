import { asTenantId, type TenantId } from '@steward/domain';
import { CompiledQuery, type Kysely } from 'kysely';
import type { DB } from './schema.generated';
import { TenantFilterPlugin } from './tenant-filter.plugin';
import type { TENANT_TABLES } from './schema.generated';

export type TenantTable = (typeof TENANT_TABLES)[number];

/**
 * The schema as a tenant's code sees it: its tables without tenant_id (the scope adds the condition and
 * the value itself, so code cannot get it wrong), its own row of `tenants`, and none of the platform's
 * bookkeeping tables.
 */
export type TenantSchema = { [T in TenantTable]: Omit<DB[T], 'tenant_id'> } & { tenants: DB['tenants'] };

declare const scoped: unique symbol;

/**
 * A query builder bound to one tenant. Only a TenantScope makes one, so a repository that takes a
 * TenantDb cannot be handed an unscoped connection, and every query it builds is filtered to its tenant.
 */
export type TenantDb = Kysely<TenantSchema> & { readonly [scoped]: true };

/** A repository of one aggregate, built by a scope around its tenant-bound query builder. */
export type RepositoryClass<R> = new (db: TenantDb, tenantId: TenantId) => R;

/**
 * One tenant's unit of work: the tenant-bound query builder, the repositories built on it (one instance
 * each per unit), and raw `query` for platform ports that speak SQL (the job queue's `add_job`).
 */
export class TenantWork {
  private readonly repositories = new Map<RepositoryClass<unknown>, unknown>();

  constructor(
    readonly tenantId: TenantId,
    readonly db: TenantDb,
  ) {}

  repo<R>(Repository: RepositoryClass<R>): R {
    let repository = this.repositories.get(Repository) as R | undefined;
    if (!repository) {
      repository = new Repository(this.db, this.tenantId);
      this.repositories.set(Repository, repository);
    }
    return repository;
  }

  /** Runs one statement on this unit's connection (inside its transaction, if it has one). */
  async query(text: string, parameters: readonly unknown[] = []): Promise<unknown[]> {
    const result = await this.db.executeQuery(CompiledQuery.raw(text, [...parameters]));
    return result.rows as unknown[];
  }
}

/**
 * Hands out tenant-bound units of work: `transaction` for writes (one connection, one transaction, the
 * tenant set on the connection as `app.tenant_id` for row-level security), `read` for reads outside one.
 */
export class TenantScope {
  /** One filter (and one reader) per tenant, made on first use: they hold nothing but the tenant id. */
  private readonly plugins = new Map<TenantId, TenantFilterPlugin>();
  private readonly readers = new Map<TenantId, TenantDb>();

  constructor(private readonly root: Kysely<DB>) {}

  /**
   * Runs `work` in one transaction of `tenantId`, committed when it resolves and rolled back when it
   * throws. BEGIN and the tenant setting travel in one round trip.
   */
  async transaction<T>(tenantId: TenantId, work: (unit: TenantWork) => Promise<T>): Promise<T> {
    const tenant = asTenantId(tenantId);
    return this.root.connection().execute(async (connection) => {
      // The tenant id is a validated UUID (TenantId), so it can be written into the statement: the
      // simple query protocol takes several statements only without parameters.
      await connection.executeQuery(
        CompiledQuery.raw(`BEGIN; SELECT set_config('app.tenant_id', '${tenant}', true)`),
      );
      let result: T;
      try {
        result = await work(new TenantWork(tenant, this.bind(connection, tenant)));
      } catch (error) {
        await connection.executeQuery(CompiledQuery.raw('ROLLBACK')).catch(() => undefined);
        throw error;
      }
      await connection.executeQuery(CompiledQuery.raw('COMMIT'));
      return result;
    });
  }

  /** Reads of one tenant, each statement on its own (no transaction, no lock held between them). */
  read(tenantId: TenantId): TenantWork {
    let reader = this.readers.get(tenantId);
    if (!reader) {
      reader = this.bind(this.root, asTenantId(tenantId));
      this.readers.set(tenantId, reader);
    }
    return new TenantWork(tenantId, reader);
  }

  private bind(db: Kysely<DB>, tenantId: TenantId): TenantDb {
    let plugin = this.plugins.get(tenantId);
    if (!plugin) {
      plugin = new TenantFilterPlugin(tenantId);
      this.plugins.set(tenantId, plugin);
    }
    return db.withPlugin(plugin) as unknown as TenantDb;
  }
}
