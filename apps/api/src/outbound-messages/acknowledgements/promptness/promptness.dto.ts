import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateTime } from '../../../common/dates';
import { Omittable } from '../../../common/optional-fields';
import { PageQuery } from '../../../common/pagination.dto';

export class PromptnessQuery {
  @ApiPropertyOptional({
    description: 'Gifts received from (inclusive); default 30 days before `to`',
  })
  @Omittable()
  @IsDateTime()
  from?: string;

  @ApiPropertyOptional({ description: 'Gifts received before (exclusive); default now' })
  @Omittable()
  @IsDateTime()
  to?: string;
}

export class PromptnessTrack {
  @ApiProperty({ description: "The tenant's target for this kind of acknowledgement, in seconds" })
  targetSeconds: number;
  @ApiProperty({ description: 'Acknowledgements sent (and, for personal, calls completed)' })
  count: number;
  @ApiProperty({ description: 'Of `count`, how many were done within the target' })
  sentWithinTarget: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'sentWithinTarget / count (0..1); null when count is 0',
  })
  share: number | null;
  @ApiProperty({ nullable: true, type: Number }) medianSeconds: number | null;
  @ApiProperty({ nullable: true, type: Number }) p90Seconds: number | null;
  @ApiProperty({
    description:
      'Open items of this track for gifts received in the range: messages still to send (tribute notices ' +
      'included) and, for personal, open tasks',
  })
  pending: number;
  @ApiProperty({
    description: 'Of `pending`, past their due time: exactly the late items of GET /acknowledgements/overdue',
  })
  overdue: number;
}

export class PromptnessView {
  @ApiProperty() from: Date;
  @ApiProperty() to: Date;
  @ApiProperty({
    type: PromptnessTrack,
    description: 'Thank-you emails sent without a person reviewing them',
  })
  automated: PromptnessTrack;
  @ApiProperty({
    type: PromptnessTrack,
    description: 'Reviewed thank-yous (major gifts) and completed calls',
  })
  personal: PromptnessTrack;
  @ApiProperty({ description: 'automated.pending + personal.pending' }) pending: number;
  @ApiProperty({ description: 'Failed or bounced: a person must act' }) failed: number;
  @ApiProperty({ description: 'Not sent on purpose (consent, no address)' }) suppressed: number;
  @ApiProperty({ description: 'Thanked later by a giving summary' }) deferred: number;
}

export class OverdueQuery extends PageQuery {}

export const OVERDUE_ITEM_TYPES = ['acknowledgement', 'task'] as const;
export type OverdueItemType = (typeof OVERDUE_ITEM_TYPES)[number];

export class OverdueItem {
  @ApiProperty({ enum: OVERDUE_ITEM_TYPES }) type: OverdueItemType;
  @ApiProperty({
    example: 'donor',
    description: 'Acknowledgement kind (donor, tribute) or task kind (call, …)',
  })
  kind: string;
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) giftId: string | null;
  @ApiProperty({ format: 'uuid' }) constituentId: string;
  @ApiProperty() constituentName: string;
  @ApiProperty({ nullable: true, type: Number, description: 'Minor units' }) amount: number | null;
  @ApiProperty({ nullable: true, type: String }) currency: string | null;
  @ApiProperty({ description: "The acknowledgement's status, or 'open' for a task" }) status: string;
  @ApiProperty({ nullable: true, type: String, description: 'Why it is held or failed; the task title' })
  reason: string | null;
  @ApiProperty() dueAt: Date;
  @ApiProperty({ description: 'Seconds past dueAt (0 for a failure that is not yet late)' })
  overdueSeconds: number;
}

export class OverduePage {
  @ApiProperty({ type: [OverdueItem] }) items: OverdueItem[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
