import type { Role } from '@steward/domain';

/** Who is calling: resolved from the bearer token by the auth guard, passed to services explicitly. */
export interface Actor {
  userId: string;
  tenantId: string;
  role: Role;
}
