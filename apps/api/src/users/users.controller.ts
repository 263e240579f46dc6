import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Conflict, Forbidden, NotFound, newId, type User } from '@steward/domain';
import type { Actor } from '../auth/actor';
import { AllowRoles, CurrentActor } from '../auth/auth.decorators';
import { hashPassword } from '../auth/password';
import { UsersRepository } from '../auth/users.repository';
import { UuidParam } from '../common/uuid-param';
import { CreateUserRequest, UpdateUserRequest, UserView } from './users.dto';

/**
 * Staff accounts of the caller's tenant. Admins manage them; anyone may list them (to pick a task owner
 * or a relationship manager) and change their own name, signature and password.
 */
@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersRepository) {}

  @Get()
  @ApiOkResponse({ type: [UserView] })
  async list(@CurrentActor() actor: Actor): Promise<UserView[]> {
    return (await this.users.listByTenant(actor.tenantId)).map(toView);
  }

  @Post()
  @AllowRoles()
  @ApiCreatedResponse({ type: UserView })
  async create(@CurrentActor() actor: Actor, @Body() body: CreateUserRequest): Promise<UserView> {
    const id = newId();
    const created = await this.users.insert({
      id,
      tenantId: actor.tenantId,
      email: body.email,
      passwordHash: await hashPassword(body.password),
      displayName: body.displayName.trim(),
      role: body.role,
      signature: body.signature?.trim() || null,
    });
    if (!created) throw new Conflict('a user with this email already exists');
    return toView((await this.users.findInTenant(actor.tenantId, id)) as User);
  }

  @Patch(':id')
  @ApiOkResponse({ type: UserView })
  async update(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() body: UpdateUserRequest,
  ): Promise<UserView> {
    const isAdmin = actor.role === 'admin';
    if (!isAdmin && id !== actor.userId) throw new Forbidden('only an admin can change another user');
    if (!isAdmin && (body.role !== undefined || body.active !== undefined)) {
      throw new Forbidden('only an admin can change a role or deactivate a user');
    }
    const updated = await this.users.update(actor.tenantId, id, {
      displayName: body.displayName?.trim(),
      role: body.role,
      signature: body.signature === undefined ? undefined : body.signature?.trim() || null,
      active: body.active,
      passwordHash: body.password ? await hashPassword(body.password) : undefined,
    });
    if (!updated) throw new NotFound('user', id);
    return toView(updated);
  }
}

function toView(u: User): UserView {
  return {
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    role: u.role,
    signature: u.signature,
    active: u.active,
  };
}
