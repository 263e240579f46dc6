import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACKNOWLEDGEMENT_KINDS,
  ACKNOWLEDGEMENT_STATUSES,
  ACKNOWLEDGEMENT_TREATMENTS,
  type AcknowledgementKind,
  type AcknowledgementStatus,
  type AcknowledgementTreatment,
} from '@steward/domain';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Omittable } from '../../common/optional-fields';
import { PageQuery } from '../../common/pagination.dto';

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
}

export class SkipRequest {
  @ApiProperty({ example: 'Thanked in person at the gala' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
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
