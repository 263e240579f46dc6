import { Body, Controller, Get, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ValidationFailed } from '@steward/domain';
import type { Actor } from '../auth/actor';
import { AllowRoles, CurrentActor } from '../auth/auth.decorators';
import { CampaignView, CreateCampaignRequest, CreateFundRequest, FundView } from './dto';
import { FundsRepository } from './funds.repository';

/** Funds and campaigns are reference data: development officers and admins manage them, all may read. */
@ApiTags('funds and campaigns')
@ApiBearerAuth()
@Controller()
export class FundsController {
  constructor(private readonly funds: FundsRepository) {}

  @Post('funds')
  @AllowRoles('development_officer')
  @ApiCreatedResponse({ type: FundView })
  @ApiConflictResponse({ description: 'The name is already that of another fund (the problem names `name`)' })
  async createFund(@CurrentActor() actor: Actor, @Body() body: CreateFundRequest): Promise<FundView> {
    const fund = await this.funds.insertFund({
      tenantId: actor.tenantId,
      name: body.name.trim(),
      impactStatement: body.impactStatement ?? null,
    });
    return { id: fund.id, name: fund.name, impactStatement: fund.impactStatement, active: fund.active };
  }

  @Get('funds')
  @ApiOkResponse({ type: [FundView] })
  async listFunds(@CurrentActor() actor: Actor): Promise<FundView[]> {
    return (await this.funds.listFunds(actor.tenantId)).map((f) => ({
      id: f.id,
      name: f.name,
      impactStatement: f.impactStatement,
      active: f.active,
    }));
  }

  @Post('campaigns')
  @AllowRoles('development_officer')
  @ApiCreatedResponse({ type: CampaignView })
  @ApiConflictResponse({
    description: 'The name is already that of another campaign (the problem names `name`)',
  })
  async createCampaign(
    @CurrentActor() actor: Actor,
    @Body() body: CreateCampaignRequest,
  ): Promise<CampaignView> {
    // Dates as YYYY-MM-DD compare in calendar order as strings.
    if (body.startsOn && body.endsOn && body.endsOn < body.startsOn) {
      throw ValidationFailed.field('endsOn', 'must not be before startsOn');
    }
    const campaign = await this.funds.insertCampaign({
      tenantId: actor.tenantId,
      name: body.name.trim(),
      startsOn: body.startsOn ?? null,
      endsOn: body.endsOn ?? null,
    });
    return { id: campaign.id, name: campaign.name, startsOn: campaign.startsOn, endsOn: campaign.endsOn };
  }

  @Get('campaigns')
  @ApiOkResponse({ type: [CampaignView] })
  async listCampaigns(@CurrentActor() actor: Actor): Promise<CampaignView[]> {
    return (await this.funds.listCampaigns(actor.tenantId)).map((c) => ({
      id: c.id,
      name: c.name,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
    }));
  }
}
