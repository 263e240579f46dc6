import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Forbidden, Unauthenticated, type Role } from '@steward/domain';
import type { FastifyRequest } from 'fastify';
import type { Actor } from './actor';
import { ALLOWED_ROLES, PUBLIC_ROUTE } from './auth.decorators';
import { AuthService } from './auth.service';

/**
 * Global guard: every route needs a valid bearer token unless marked @Public(), and a role the route
 * allows when it names roles. The token carries the tenant, so every service call is tenant-scoped.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const request = context.switchToHttp().getRequest<FastifyRequest & { actor?: Actor }>();
    const header = request.headers.authorization;
    const match = header?.match(/^Bearer\s+(\S+)$/i);
    if (!match)
      throw new Unauthenticated('send Authorization: Bearer <accessToken> from POST /api/v1/auth/login');
    const actor = await this.auth.verify(match[1]);
    request.actor = actor;

    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets);
    if (allowed && actor.role !== 'admin' && !allowed.includes(actor.role)) {
      throw new Forbidden(`this action needs one of the roles: admin, ${allowed.join(', ')}`);
    }
    return true;
  }
}
