import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GIVING_SUMMARY_PERIODS, GIVING_SUMMARY_STATUSES, type GivingSummaryPeriod } from '@steward/domain';
import { Type } from 'class-transformer';
import { IsIn, IsInt, Matches, Max, Min, ValidateIf } from 'class-validator';
import { IsCalendarDate } from '../../common/dates';
import { Omittable } from '../../common/optional-fields';
import { PageQuery } from '../../common/pagination.dto';

export class PlanGivingSummariesRequest {
  @ApiProperty({ enum: GIVING_SUMMARY_PERIODS })
  @IsIn(GIVING_SUMMARY_PERIODS)
  period: GivingSummaryPeriod;

  @ApiPropertyOptional({
    example: '2026-11',
    description: "Required for period 'month': YYYY-MM, of the years 1900 to 9998",
  })
  @ValidateIf((o: PlanGivingSummariesRequest) => o.period === 'month' || o.month !== undefined)
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be a month as YYYY-MM' })
  month?: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1900,
    maximum: 9998,
    example: 2026,
    description: "Required for period 'year'",
  })
  @ValidateIf((o: PlanGivingSummariesRequest) => o.period === 'year' || o.year !== undefined)
  @IsInt({ message: 'year must be an integer such as 2026' })
  @Min(1900)
  @Max(9998)
  year?: number;
}

export class PlanGivingSummariesResponse {
  @ApiProperty({ enum: GIVING_SUMMARY_PERIODS }) period: GivingSummaryPeriod;
  @ApiProperty({ example: '2026-11-01' }) periodStart: string;
  @ApiProperty({ example: '2026-12-01', description: 'The day after the period ends' }) periodEnd: string;
  @ApiProperty({ description: 'New summaries queued for sending' }) planned: number;
  @ApiProperty({ description: 'New summaries recorded as suppressed, with the reason' }) suppressed: number;
  @ApiProperty({ description: 'Donors whose summary for this period was planned before' })
  alreadyPlanned: number;
  @ApiProperty({
    description:
      'False when the tenant has more donors than one batch (500): the counts are for the first batch, and ' +
      'the rest are planned in the background, a batch at a time (GET /giving-summaries lists them)',
  })
  complete: boolean;
}

export class ListGivingSummariesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: GIVING_SUMMARY_PERIODS })
  @Omittable()
  @IsIn(GIVING_SUMMARY_PERIODS)
  period?: GivingSummaryPeriod;

  @ApiPropertyOptional({ example: '2026-01-01', description: 'The first day of the period' })
  @Omittable()
  @IsCalendarDate()
  periodStart?: string;

  @ApiPropertyOptional({ enum: GIVING_SUMMARY_STATUSES })
  @Omittable()
  @IsIn(GIVING_SUMMARY_STATUSES)
  status?: string;
}

export class GivingSummaryView {
  @ApiProperty() id: string;
  @ApiProperty() constituentId: string;
  @ApiProperty() constituentName: string;
  @ApiProperty({ enum: GIVING_SUMMARY_PERIODS }) period: GivingSummaryPeriod;
  @ApiProperty({ example: '2026-01-01' }) periodStart: string;
  @ApiProperty({ example: '2027-01-01' }) periodEnd: string;
  @ApiProperty({ enum: GIVING_SUMMARY_STATUSES }) status: string;
  @ApiProperty({ nullable: true, type: String, description: 'Why it was suppressed, held or failed' })
  reason: string | null;
  @ApiProperty({ nullable: true, type: String }) recipient: string | null;
  @ApiProperty() attempts: number;
  @ApiProperty({ nullable: true, type: String }) lastError: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Null for the built-in wording' })
  templateId: string | null;
  @ApiProperty({ nullable: true, type: Number, description: '0 for the built-in wording' })
  templateVersion: number | null;
  @ApiProperty({ nullable: true, type: Date }) sentAt: Date | null;
  @ApiProperty() createdAt: Date;
}

export class GivingSummaryPage {
  @ApiProperty({ type: [GivingSummaryView] }) items: GivingSummaryView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class GivingSummaryPdfQuery {
  @ApiProperty({ type: 'integer', minimum: 1900, maximum: 9998, example: 2026 })
  @Type(() => Number)
  @IsInt({ message: 'year must be an integer such as 2026' })
  @Min(1900)
  @Max(9998)
  year: number;
}
