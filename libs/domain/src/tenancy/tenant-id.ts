/**
 * A tenant's id, as the tenant scope takes it. Branded so that an arbitrary string (a constituent's id,
 * a value from a request) cannot be passed where a tenant is meant: it is made only by `asTenantId`, from
 * an authenticated actor, a job payload Steward wrote, or the tenants table.
 */
export type TenantId = string & { readonly __brand: 'TenantId' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function asTenantId(value: string): TenantId {
  if (!UUID.test(value)) throw new TypeError('a tenant id is a UUID');
  return value.toLowerCase() as TenantId;
}
