import { Injectable } from '@nestjs/common';
import { newId, User, type Role } from '@steward/domain';
import { DataSource } from 'typeorm';

@Injectable()
export class UsersRepository {
  constructor(private readonly db: DataSource) {}

  findActiveByEmail(email: string): Promise<User | null> {
    return this.db.getRepository(User).findOne({ where: { email: email.toLowerCase(), active: true } });
  }

  findInTenant(tenantId: string, id: string): Promise<User | null> {
    return this.db.getRepository(User).findOne({ where: { tenantId, id } });
  }

  listByTenant(tenantId: string): Promise<User[]> {
    return this.db.getRepository(User).find({ where: { tenantId }, order: { displayName: 'ASC' } });
  }

  async exists(): Promise<boolean> {
    return (
      (await this.db.getRepository(User).createQueryBuilder('u').select('1').limit(1).getRawOne()) != null
    );
  }

  /** Inserts unless the email is taken (in any tenant: login is by email alone). False when taken. */
  async insert(user: {
    id?: string;
    tenantId: string;
    email: string;
    passwordHash: string;
    displayName: string;
    role: Role;
    signature?: string | null;
  }): Promise<boolean> {
    const result = await this.db
      .getRepository(User)
      .createQueryBuilder()
      .insert()
      .values({
        ...user,
        id: user.id ?? newId(),
        email: user.email.toLowerCase(),
        signature: user.signature ?? null,
      })
      .orIgnore()
      .returning('id')
      .execute();
    return result.raw.length > 0;
  }

  /** Applies the defined fields; returns the updated user, or null when none has this id in the tenant. */
  async update(
    tenantId: string,
    id: string,
    changes: Partial<Pick<User, 'displayName' | 'role' | 'signature' | 'active' | 'passwordHash'>>,
  ): Promise<User | null> {
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    if (Object.keys(defined).length > 0) {
      await this.db.getRepository(User).update({ tenantId, id }, defined);
    }
    return this.findInTenant(tenantId, id);
  }
}
