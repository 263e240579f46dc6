import { Injectable } from '@nestjs/common';
import { Campaign, Fund, newId } from '@steward/domain';
import { DataSource } from 'typeorm';

@Injectable()
export class FundsRepository {
  constructor(private readonly db: DataSource) {}

  async insertFund(fund: Omit<Fund, 'id' | 'createdAt' | 'active'>): Promise<Fund | null> {
    const id = newId();
    // ON CONFLICT DO NOTHING on the unique name: no row back means the name is taken.
    const result = await this.db
      .createQueryBuilder()
      .insert()
      .into(Fund)
      .values({ id, ...fund })
      .orIgnore()
      .returning(['id'])
      .execute();
    return result.raw.length ? this.db.getRepository(Fund).findOneBy({ tenantId: fund.tenantId, id }) : null;
  }

  listFunds(tenantId: string): Promise<Fund[]> {
    return this.db.getRepository(Fund).find({ where: { tenantId }, order: { name: 'ASC' } });
  }

  async insertCampaign(campaign: Omit<Campaign, 'id' | 'createdAt'>): Promise<Campaign | null> {
    const id = newId();
    const result = await this.db
      .createQueryBuilder()
      .insert()
      .into(Campaign)
      .values({ id, ...campaign })
      .orIgnore()
      .returning(['id'])
      .execute();
    return result.raw.length
      ? this.db.getRepository(Campaign).findOneBy({ tenantId: campaign.tenantId, id })
      : null;
  }

  listCampaigns(tenantId: string): Promise<Campaign[]> {
    return this.db.getRepository(Campaign).find({ where: { tenantId }, order: { name: 'ASC' } });
  }
}
