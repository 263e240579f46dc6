import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ROLES_SEEING_GIVING } from '@steward/domain';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../auth/actor';
import { AllowRoles, CurrentActor } from '../../auth/auth.decorators';
import { UuidParam } from '../../common/uuid-param';
import {
  GivingSummaryPage,
  GivingSummaryPdfQuery,
  ListGivingSummariesQuery,
  PlanGivingSummariesRequest,
  PlanGivingSummariesResponse,
} from './giving-summaries.dto';
import { GivingSummariesService } from './giving-summaries.service';

/** Monthly installment summaries and year-end giving summaries: planned here, sent by the worker. */
@ApiTags('giving summaries')
@ApiBearerAuth()
@Controller()
export class GivingSummariesController {
  constructor(private readonly summaries: GivingSummariesService) {}

  @Post('giving-summaries')
  @HttpCode(202)
  @AllowRoles('development_officer')
  @ApiAcceptedResponse({
    type: PlanGivingSummariesResponse,
    description: 'Planned and queued; planning a period again adds only donors not yet planned',
  })
  plan(@CurrentActor() actor: Actor, @Body() body: PlanGivingSummariesRequest) {
    return this.summaries.plan(actor, body);
  }

  @Get('giving-summaries')
  @AllowRoles('development_officer', 'read_only')
  @ApiOkResponse({ type: GivingSummaryPage })
  list(@CurrentActor() actor: Actor, @Query() query: ListGivingSummariesQuery): Promise<GivingSummaryPage> {
    return this.summaries.list(actor, query);
  }

  @Get('constituents/:id/giving-summary.pdf')
  @AllowRoles(...ROLES_SEEING_GIVING)
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: "The donor's printable giving summary of the year" })
  async pdf(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Query() query: GivingSummaryPdfQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { filename, pdf } = await this.summaries.pdf(actor, id, query.year);
    void reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="${filename}"`)
      .header('cache-control', 'private, no-store');
    return pdf;
  }
}
