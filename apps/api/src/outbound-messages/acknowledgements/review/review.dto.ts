import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACKNOWLEDGEMENT_KINDS,
  ACKNOWLEDGEMENT_STATUSES,
  ACKNOWLEDGEMENT_TREATMENTS,
  type AcknowledgementKind,
  type AcknowledgementStatus,
  type AcknowledgementTreatment,
  UNKNOWN_OUTCOME_DECISIONS,
  type UnknownOutcomeDecision,
} from '@steward/domain';
import { IsBoolean, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Omittable } from '../../../common/optional-fields';
import { PageQuery } from '../../../common/pagination.dto';

export class ListAcknowledgementsQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: ACKNOWLEDGEMENT_STATUSES,
    default: 'held',
    description: 'The review queue is status=held',
  })
  @Omittable()
  @IsIn(ACKNOWLEDGEMENT_STATUSES)
  status?: AcknowledgementStatus;
}

export class PersonalNoteRequest {
  @ApiProperty({
    example: 'Your support of the new library means the world to our students.',
    description: 'An empty note removes it',
  })
  @IsString()
  @MaxLength(4000)
  personalNote: string;
}

export class ApproveRequest {
  @ApiPropertyOptional({ description: 'Replaces the personal note before sending; empty removes it' })
  @Omittable()
  @IsString()
  @MaxLength(4000)
  personalNote?: string;

  @ApiPropertyOptional({
    description:
      'Required (true) while unknownOutcome.awaitingDecision: send it again, accepting that the donor may ' +
      'already have it and get it twice. Recorded with who and when; without it such an approval is a 409.',
  })
  @Omittable()
  @IsBoolean()
  confirmResend?: boolean;
}

export class MarkSentRequest {
  @ApiProperty({
    example: 'Found in the mail server log: 250 2.0.0 Ok: queued as 4F3A1C2B9D',
    description: 'What showed that the message arrived',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  evidence: string;
}

export class SkipRequest {
  @ApiProperty({ example: 'Thanked in person at the gala' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

export class OutcomeDecisionView {
  @ApiProperty({
    enum: UNKNOWN_OUTCOME_DECISIONS,
    description: 'resend: sent again; delivered: recorded as sent',
  })
  choice: UnknownOutcomeDecision;
  @ApiProperty({ description: 'The user who decided' }) decidedBy: string;
  @ApiProperty() decidedByName: string;
  @ApiProperty() decidedAt: Date;
  @ApiProperty({ nullable: true, type: String, description: 'For delivered: what showed it arrived' })
  evidence: string | null;
}

/** A send whose outcome is unknown: a worker stopped mid-send, so the message may have reached the donor. */
export class UnknownOutcomeView {
  @ApiProperty({ description: 'When the attempt whose outcome is unknown began' }) attemptedAt: Date;
  @ApiProperty({ description: "The message's Message-ID, to look for in the mail server's log" })
  messageId: string;
  @ApiProperty({
    description:
      'True while it is held for that reason: approve with confirmResend, mark it sent, or skip it',
  })
  awaitingDecision: boolean;
  @ApiProperty({ nullable: true, type: OutcomeDecisionView }) lastDecision: OutcomeDecisionView | null;
}

export class AcknowledgementView {
  @ApiProperty() id: string;
  @ApiProperty() giftId: string;
  @ApiProperty() constituentId: string;
  @ApiProperty() constituentName: string;
  @ApiProperty({ enum: ACKNOWLEDGEMENT_KINDS }) kind: AcknowledgementKind;
  @ApiProperty({ enum: ACKNOWLEDGEMENT_STATUSES }) status: AcknowledgementStatus;
  @ApiProperty({ nullable: true, type: String }) reason: string | null;
  @ApiProperty({ enum: ACKNOWLEDGEMENT_TREATMENTS }) treatment: AcknowledgementTreatment;
  @ApiProperty({ nullable: true, type: String }) recipient: string | null;
  @ApiProperty({ nullable: true, type: String }) personalNote: string | null;
  @ApiProperty({ description: 'Minor units' }) amount: number;
  @ApiProperty() currency: string;
  @ApiProperty() giftReceivedAt: Date;
  @ApiProperty({ nullable: true, type: String }) relationshipManagerId: string | null;
  @ApiProperty() attempts: number;
  @ApiProperty({ nullable: true, type: String }) lastError: string | null;
  @ApiProperty({ nullable: true, type: String }) smtpResponse: string | null;
  @ApiProperty({ nullable: true, type: Number }) templateVersion: number | null;
  @ApiProperty({ nullable: true, type: Date }) sentAt: Date | null;
  @ApiProperty({ nullable: true, type: String }) reviewedBy: string | null;
  @ApiProperty({ nullable: true, type: Date }) reviewedAt: Date | null;
  @ApiProperty({
    nullable: true,
    type: UnknownOutcomeView,
    description: 'Set when a send may have reached the donor without Steward knowing; null otherwise',
  })
  unknownOutcome: UnknownOutcomeView | null;
}

export class AcknowledgementPage {
  @ApiProperty({ type: [AcknowledgementView] }) items: AcknowledgementView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class PreviewView {
  @ApiProperty({ nullable: true, type: String }) to: string | null;
  @ApiProperty() subject: string;
  @ApiProperty() text: string;
  @ApiProperty() html: string;
  @ApiProperty({ description: 'Template version it renders with (0 = built-in)' }) templateVersion: number;
}
