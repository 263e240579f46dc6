import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  MAX_GIFT_MINOR_UNITS,
  RECURRING_FREQUENCIES,
  RECURRING_STATUSES,
  type RecurringFrequency,
  type RecurringStatus,
} from '@steward/domain';
import { Transform } from 'class-transformer';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { IsDateTime } from '../../common/dates';
import { IsMinorUnits } from '../../common/minor-units';
import { IsId } from '../../common/ids';
import { Nullable, Omittable } from '../../common/optional-fields';

export class CreateRecurringGiftRequest {
  @ApiProperty() @IsId() constituentId: string;

  @ApiProperty({
    type: 'integer',
    example: 2500,
    minimum: 1,
    maximum: MAX_GIFT_MINOR_UNITS,
    description: 'Each installment, in minor units',
  })
  @IsMinorUnits('2500 USD is $25.00')
  amount: number;

  @ApiProperty({ example: 'USD' })
  @Transform(({ value }) => (typeof value === 'string' ? value.toUpperCase() : value))
  @IsString()
  @IsIn(Intl.supportedValuesOf('currency'), {
    message: 'currency must be an ISO 4217 code such as USD or EUR',
  })
  currency: string;

  @ApiProperty({ enum: RECURRING_FREQUENCIES }) @IsIn(RECURRING_FREQUENCIES) frequency: RecurringFrequency;

  @ApiPropertyOptional({ type: String }) @Nullable() @IsId() fundId?: string | null;

  @ApiPropertyOptional({ description: 'Defaults to now' })
  @Omittable()
  @IsDateTime()
  startedAt?: string;

  @ApiPropertyOptional({ type: String, description: "The processor's subscription id" })
  @Nullable()
  @IsString()
  @MaxLength(200)
  externalReference?: string | null;
}

export class ListRecurringGiftsQuery {
  @ApiProperty() @IsId() constituentId: string;
}

export class RecurringGiftView {
  @ApiProperty() id: string;
  @ApiProperty() constituentId: string;
  @ApiProperty() amount: number;
  @ApiProperty() currency: string;
  @ApiProperty({ enum: RECURRING_FREQUENCIES }) frequency: RecurringFrequency;
  @ApiProperty({ enum: RECURRING_STATUSES }) status: RecurringStatus;
  @ApiProperty({ nullable: true, type: String }) fundId: string | null;
  @ApiProperty() startedAt: Date;
  @ApiProperty({ nullable: true, type: String }) externalReference: string | null;
  @ApiProperty() installments: number;
}
