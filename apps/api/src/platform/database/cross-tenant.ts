/**
 * The unscoped query builder (Kysely<DB>), for work that spans tenants by nature: the delivery sweeper,
 * the monthly planner, the job heartbeats, sign-in before a tenant is known. Everything else goes through
 * TenantScope. Lint allows this import only in platform/ and in files named `*.cross-tenant.ts`, so each
 * use is visible in review.
 */
export const CROSS_TENANT_DB = Symbol('CrossTenantDb');
