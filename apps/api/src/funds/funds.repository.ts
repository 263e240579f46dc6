import { Injectable } from '@nestjs/common';
import { Campaign, Fund, newId } from '@steward/domain';
import { DataSource } from 'typeorm';

@Injectable()
export class FundsRepository {
  constructor(private readonly db: DataSource) {}

  /** A name the tenant already uses is refused by uq_funds_tenant_name (409 naming `name`). */
  async insertFund(fund: Omit<Fund, 'id' | 'createdAt' | 'active'>): Promise<Fund> {
    const id = newId();
    const createdAt = await this.insert(Fund, { id, ...fund });
    return Object.assign(new Fund(), fund, { id, active: true, createdAt });
  }

  listFunds(tenantId: string): Promise<Fund[]> {
    return this.db.getRepository(Fund).find({ where: { tenantId }, order: { name: 'ASC' } });
  }

  /** A name the tenant already uses is refused by uq_campaigns_tenant_name (409 naming `name`). */
  async insertCampaign(campaign: Omit<Campaign, 'id' | 'createdAt'>): Promise<Campaign> {
    const id = newId();
    const createdAt = await this.insert(Campaign, { id, ...campaign });
    return Object.assign(new Campaign(), campaign, { id, createdAt });
  }

  listCampaigns(tenantId: string): Promise<Campaign[]> {
    return this.db.getRepository(Campaign).find({ where: { tenantId }, order: { name: 'ASC' } });
  }

  /** The unique (tenant, name) index decides a taken name, even between two requests at once. */
  private async insert(
    entity: typeof Fund | typeof Campaign,
    values: Partial<Fund> | Partial<Campaign>,
  ): Promise<Date> {
    const result = await this.db
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(values)
      .returning(['created_at'])
      .execute();
    return (result.raw as { created_at: Date }[])[0].created_at;
  }
}
