import { Body, Controller, Get, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { AllowRoles, CurrentActor } from '../auth/auth.decorators';
import { CampaignView, CreateCampaignRequest, CreateFundRequest, FundView } from './dto/funds.dto';
import { FundsService } from './funds.service';

/** Funds and campaigns are reference data: development officers and admins manage them, all may read. */
@ApiTags('funds and campaigns')
@ApiBearerAuth()
@Controller()
export class FundsController {
  constructor(private readonly funds: FundsService) {}

  @Post('funds')
  @AllowRoles('development_officer')
  @ApiCreatedResponse({ type: FundView })
  @ApiConflictResponse({ description: 'The name is already that of another fund (the problem names `name`)' })
  createFund(@CurrentActor() actor: Actor, @Body() body: CreateFundRequest): Promise<FundView> {
    return this.funds.createFund(actor, body);
  }

  @Get('funds')
  @ApiOkResponse({ type: [FundView] })
  listFunds(@CurrentActor() actor: Actor): Promise<FundView[]> {
    return this.funds.listFunds(actor);
  }

  @Post('campaigns')
  @AllowRoles('development_officer')
  @ApiCreatedResponse({ type: CampaignView })
  @ApiConflictResponse({
    description: 'The name is already that of another campaign (the problem names `name`)',
  })
  createCampaign(@CurrentActor() actor: Actor, @Body() body: CreateCampaignRequest): Promise<CampaignView> {
    return this.funds.createCampaign(actor, body);
  }

  @Get('campaigns')
  @ApiOkResponse({ type: [CampaignView] })
  listCampaigns(@CurrentActor() actor: Actor): Promise<CampaignView[]> {
    return this.funds.listCampaigns(actor);
  }
}
