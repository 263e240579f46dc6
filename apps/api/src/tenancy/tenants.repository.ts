import { Injectable } from '@nestjs/common';
import { newId, SystemSetting, Tenant } from '@steward/domain';
import { DataSource } from 'typeorm';

@Injectable()
export class TenantsRepository {
  constructor(private readonly db: DataSource) {}

  /** The tenant a fresh installation starts with; created once, race-safe on its unique slug. */
  async ensureDefault(name: string): Promise<Tenant> {
    await this.db
      .getRepository(Tenant)
      .createQueryBuilder()
      .insert()
      .values({ id: newId(), slug: 'default', name, defaultLocale: 'en-US' })
      .orIgnore()
      .execute();
    return this.db.getRepository(Tenant).findOneByOrFail({ slug: 'default' });
  }

  /** Reads an instance setting, creating it with `initial()` the first time (first writer wins). */
  async setting(key: string, initial: () => string): Promise<string> {
    await this.db
      .getRepository(SystemSetting)
      .createQueryBuilder()
      .insert()
      .values({ key, value: initial() })
      .orIgnore()
      .execute();
    return (await this.db.getRepository(SystemSetting).findOneByOrFail({ key })).value;
  }
}
