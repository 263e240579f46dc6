import { Injectable } from '@nestjs/common';
import { newId, User, type Role } from '@steward/domain';
import { DataSource } from 'typeorm';

@Injectable()
export class UsersRepository {
  constructor(private readonly db: DataSource) {}

  findActiveByEmail(email: string): Promise<User | null> {
    return this.db.getRepository(User).findOne({ where: { email: email.toLowerCase(), active: true } });
  }

  async exists(): Promise<boolean> {
    return (
      (await this.db.getRepository(User).createQueryBuilder('u').select('1').limit(1).getRawOne()) != null
    );
  }

  async insert(user: {
    tenantId: string;
    email: string;
    passwordHash: string;
    displayName: string;
    role: Role;
  }): Promise<string> {
    const id = newId();
    await this.db
      .getRepository(User)
      .createQueryBuilder()
      .insert()
      .values({ id, ...user, email: user.email.toLowerCase(), signature: null })
      .orIgnore()
      .execute();
    return id;
  }
}
