import type { Role, TenantId } from '@steward/domain';

/** Who is calling: resolved from the bearer token by the auth guard, passed to services explicitly. */
export interface Actor {
  userId: string;
  /** The tenant every query of this request is scoped to (TenantScope). */
  tenantId: TenantId;
  role: Role;
}
