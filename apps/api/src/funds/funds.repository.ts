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

  /**
   * A name the tenant already uses is refused by uq_funds_tenant_name, even between two requests at once
   * (the problem filter answers 409 naming `name`): nothing checks it before.
   */
  insertFund(fund: { name: string; impactStatement: string | null }): Promise<FundRow> {
    return this.db
      .insertInto('funds')
      .values({ id: newId(), name: fund.name, impact_statement: fund.impactStatement })
      .returning(['id', 'name', 'impact_statement as impactStatement', 'active'])
      .executeTakeFirstOrThrow();
  }

  listFunds(): Promise<FundRow[]> {
    return this.db
      .selectFrom('funds')
      .select(['id', 'name', 'impact_statement as impactStatement', 'active'])
      .orderBy('name')
      .execute();
  }

  /** A name the tenant already uses is refused by uq_campaigns_tenant_name (409 naming `name`). */
  insertCampaign(campaign: Omit<CampaignRow, 'id'>): Promise<CampaignRow> {
    return this.db
      .insertInto('campaigns')
      .values({ id: newId(), name: campaign.name, starts_on: campaign.startsOn, ends_on: campaign.endsOn })
      .returning(['id', 'name', 'starts_on as startsOn', 'ends_on as endsOn'])
      .executeTakeFirstOrThrow();
  }

  listCampaigns(): Promise<CampaignRow[]> {
    return this.db
      .selectFrom('campaigns')
      .select(['id', 'name', 'starts_on as startsOn', 'ends_on as endsOn'])
      .orderBy('name')
      .execute();
  }
}
