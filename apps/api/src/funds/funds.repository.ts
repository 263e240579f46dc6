import { newId } from '@steward/domain';
import type { TenantDb } from '../platform/database/tenant-scope';

export interface FundRow {
  id: string;
  name: string;
  impactStatement: string | null;
  active: boolean;
}

export interface CampaignRow {
  id: string;
  name: string;
  startsOn: string | null;
  endsOn: string | null;
}

/** Funds and campaigns of one tenant (the scope that built this repository adds the tenant). */
export class FundsRepository {
  constructor(private readonly db: TenantDb) {}

  /** Null when the tenant already has a fund of that name (unique per tenant and name). */
  async insertFund(fund: { name: string; impactStatement: string | null }): Promise<FundRow | null> {
    const row = await this.db
      .insertInto('funds')
      .values({ id: newId(), name: fund.name, impact_statement: fund.impactStatement })
      .onConflict((oc) => oc.doNothing())
      .returning(['id', 'name', 'impact_statement as impactStatement', 'active'])
      .executeTakeFirst();
    return row ?? null;
  }

  listFunds(): Promise<FundRow[]> {
    return this.db
      .selectFrom('funds')
      .select(['id', 'name', 'impact_statement as impactStatement', 'active'])
      .orderBy('name')
      .execute();
  }

  /** Null when the tenant already has a campaign of that name. */
  async insertCampaign(campaign: Omit<CampaignRow, 'id'>): Promise<CampaignRow | null> {
    const row = await this.db
      .insertInto('campaigns')
      .values({ id: newId(), name: campaign.name, starts_on: campaign.startsOn, ends_on: campaign.endsOn })
      .onConflict((oc) => oc.doNothing())
      .returning(['id', 'name', 'starts_on as startsOn', 'ends_on as endsOn'])
      .executeTakeFirst();
    return row ?? null;
  }

  listCampaigns(): Promise<CampaignRow[]> {
    return this.db
      .selectFrom('campaigns')
      .select(['id', 'name', 'starts_on as startsOn', 'ends_on as endsOn'])
      .orderBy('name')
      .execute();
  }
}
