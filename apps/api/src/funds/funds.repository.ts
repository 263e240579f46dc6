import { Injectable } from '@nestjs/common';
import { Campaign, Fund, newId } from '@steward/domain';
import { DataSource } from 'typeorm';

@Injectable()
export class FundsRepository {
  constructor(private readonly db: DataSource) {}

  /** Null when the tenant already has a fund of that name. */
  async insertFund(fund: Omit<Fund, 'id' | 'createdAt' | 'active'>): Promise<Fund | null> {
    const id = newId();
    const createdAt = await this.insertUnlessNameTaken(Fund, { id, ...fund });
    return createdAt ? Object.assign(new Fund(), fund, { id, active: true, createdAt }) : null;
  }

  listFunds(tenantId: string): Promise<Fund[]> {
    return this.db.getRepository(Fund).find({ where: { tenantId }, order: { name: 'ASC' } });
  }

  /** Null when the tenant already has a campaign of that name. */
  async insertCampaign(campaign: Omit<Campaign, 'id' | 'createdAt'>): Promise<Campaign | null> {
    const id = newId();
    const createdAt = await this.insertUnlessNameTaken(Campaign, { id, ...campaign });
    return createdAt ? Object.assign(new Campaign(), campaign, { id, createdAt }) : null;
  }

  listCampaigns(tenantId: string): Promise<Campaign[]> {
    return this.db.getRepository(Campaign).find({ where: { tenantId }, order: { name: 'ASC' } });
  }

  /** ON CONFLICT DO NOTHING on the unique (tenant, name): no row back means the name is taken. */
  private async insertUnlessNameTaken(
    entity: typeof Fund | typeof Campaign,
    values: Partial<Fund> | Partial<Campaign>,
  ): Promise<Date | null> {
    const result = await this.db
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(values)
      .orIgnore()
      .returning(['created_at'])
      .execute();
    return (result.raw as { created_at: Date }[])[0]?.created_at ?? null;
  }
}
