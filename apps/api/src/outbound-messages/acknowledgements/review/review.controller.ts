import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../auth/actor';
import { AllowRoles, CurrentActor } from '../../../auth/auth.decorators';
import { UuidParam } from '../../../common/uuid-param';
import {
  AcknowledgementPage,
  AcknowledgementView,
  ApproveRequest,
  ListAcknowledgementsQuery,
  MarkSentRequest,
  PersonalNoteRequest,
  PreviewView,
  SkipRequest,
} from './review.dto';
import { ReviewService } from './review.service';

/** Acknowledgements and their review queue: the development office's (amounts are shown). */
@ApiTags('acknowledgements')
@ApiBearerAuth()
@Controller('acknowledgements')
export class ReviewController {
  constructor(private readonly review: ReviewService) {}

  @Get()
  @AllowRoles('development_officer', 'read_only')
  @ApiOkResponse({ type: AcknowledgementPage, description: 'status=held (the default) is the review queue' })
  list(
    @CurrentActor() actor: Actor,
    @Query() query: ListAcknowledgementsQuery,
  ): Promise<AcknowledgementPage> {
    return this.review.list(actor, query);
  }

  @Get(':id')
  @AllowRoles('development_officer', 'read_only')
  @ApiOkResponse({ type: AcknowledgementView })
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<AcknowledgementView> {
    return this.review.get(actor, id);
  }

  @Get(':id/preview')
  @AllowRoles('development_officer', 'read_only')
  @ApiOkResponse({ type: PreviewView, description: 'The exact message a send would deliver now' })
  preview(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<PreviewView> {
    return this.review.preview(actor, id);
  }

  @Patch(':id')
  @AllowRoles('development_officer')
  @ApiOkResponse({ type: AcknowledgementView, description: '409 unless it is held' })
  setNote(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() body: PersonalNoteRequest,
  ): Promise<AcknowledgementView> {
    return this.review.setNote(actor, id, body.personalNote);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @AllowRoles('development_officer')
  @ApiOkResponse({
    type: AcknowledgementView,
    description:
      'Queued for sending; 409 unless it is held, and 409 when its last send may have reached the donor ' +
      '(unknownOutcome.awaitingDecision) unless confirmResend is true',
  })
  approve(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() body: ApproveRequest,
  ): Promise<AcknowledgementView> {
    return this.review.approve(actor, id, body.personalNote, body.confirmResend === true);
  }

  @Post(':id/mark-sent')
  @HttpCode(200)
  @AllowRoles('development_officer')
  @ApiOkResponse({
    type: AcknowledgementView,
    description:
      'Records as sent, without sending, a message whose last send had an unknown outcome and which the ' +
      "reviewer found arrived (in the mail server's log); 409 unless unknownOutcome.awaitingDecision",
  })
  markSent(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() body: MarkSentRequest,
  ): Promise<AcknowledgementView> {
    return this.review.markSent(actor, id, body.evidence);
  }

  @Post(':id/skip')
  @HttpCode(200)
  @AllowRoles('development_officer')
  @ApiOkResponse({
    type: AcknowledgementView,
    description: 'Suppressed with the reason; 409 unless it is held',
  })
  skip(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() body: SkipRequest,
  ): Promise<AcknowledgementView> {
    return this.review.skip(actor, id, body.reason);
  }
}
