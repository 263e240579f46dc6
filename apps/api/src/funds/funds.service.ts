import { Injectable } from '@nestjs/common';
import { ValidationFailed } from '@steward/domain';
import type { Actor } from '../auth/actor';
import { TenantScope } from '../platform/database/tenant-scope';
import type { CampaignView, CreateCampaignRequest, CreateFundRequest, FundView } from './dto/funds.dto';
import { FundsRepository } from './funds.repository';

/** Reference data gifts point at: a fund's name is unique in its tenant (the index decides), as is a campaign's. */
@Injectable()
export class FundsService {
  constructor(private readonly tenants: TenantScope) {}

  async createFund(actor: Actor, input: CreateFundRequest): Promise<FundView> {
    const name = input.name.trim();
    return this.tenants
      .read(actor.tenantId)
      .repo(FundsRepository)
      .insertFund({ name, impactStatement: input.impactStatement ?? null });
  }

  listFunds(actor: Actor): Promise<FundView[]> {
    return this.tenants.read(actor.tenantId).repo(FundsRepository).listFunds();
  }

  async createCampaign(actor: Actor, input: CreateCampaignRequest): Promise<CampaignView> {
    // Dates as YYYY-MM-DD compare in calendar order as strings.
    if (input.startsOn && input.endsOn && input.endsOn < input.startsOn) {
      throw ValidationFailed.field('endsOn', 'must not be before startsOn');
    }
    const name = input.name.trim();
    return this.tenants
      .read(actor.tenantId)
      .repo(FundsRepository)
      .insertCampaign({ name, startsOn: input.startsOn ?? null, endsOn: input.endsOn ?? null });
  }

  listCampaigns(actor: Actor): Promise<CampaignView[]> {
    return this.tenants.read(actor.tenantId).repo(FundsRepository).listCampaigns();
  }
}
