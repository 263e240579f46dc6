/**
 * Compile-time proof that a query cannot leave its tenant behind: `npm run lint` (tsc) fails when any
 * `@ts-expect-error` below stops being an error. Not run, only type-checked (swc skips *.type-test.ts).
 */
import type { TenantId } from '@steward/domain';
import type { Kysely } from 'kysely';
import type { DB } from './schema.generated';
import type { TenantDb, TenantScope } from './tenant-scope';

class FundsRepository {
  constructor(private readonly db: TenantDb) {}
  names() {
    return this.db.selectFrom('funds').select('name').execute();
  }
}

export function typeTests(root: Kysely<DB>, tenantDb: TenantDb, scope: TenantScope, tenantId: TenantId) {
  new FundsRepository(tenantDb);
  // @ts-expect-error an unscoped query builder is not a tenant's: a repository cannot be given one
  new FundsRepository(root);

  // @ts-expect-error a tenant's code cannot name tenant_id: the scope writes it
  void tenantDb.selectFrom('gifts').select('tenant_id');
  // @ts-expect-error nor set it on an insert
  void tenantDb.insertInto('funds').values({ id: 'f', name: 'n', tenant_id: tenantId });
  // @ts-expect-error nor filter on another tenant's id
  void tenantDb.selectFrom('funds').select('name').where('tenant_id', '=', tenantId);
  // @ts-expect-error platform tables are not a tenant's to read
  void tenantDb.selectFrom('system_settings').selectAll();

  void scope.transaction(tenantId, async () => undefined);
  // @ts-expect-error a tenant is a TenantId (from the actor, a job payload, or the tenants table), not any string
  void scope.transaction('0190a000-0000-7000-8000-00000000000a', async () => undefined);
}
