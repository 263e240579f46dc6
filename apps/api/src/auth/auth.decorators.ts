import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Role } from '@steward/domain';
import type { Actor } from './actor';

export const PUBLIC_ROUTE = 'steward:public';
export const ALLOWED_ROLES = 'steward:roles';

/** Opens a route to callers without a token (login, health, webhooks that verify their own signature). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** Roles that may call a route, besides admin. Routes without it are open to every signed-in role. */
export const AllowRoles = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  return ctx.switchToHttp().getRequest<{ actor: Actor }>().actor;
});
