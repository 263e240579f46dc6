import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  RECURRING_FREQUENCIES,
  RECURRING_STATUSES,
  type RecurringFrequency,
  type RecurringStatus,
} from '@steward/domain';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsPositive,
  IsString,
  IsUUID,
  Max,
  MaxLength,
} from 'class-validator';

export class CreateRecurringGiftRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() constituentId: string;

  @ApiProperty({ example: 2500, description: 'Each installment, in minor units' })
  @IsInt({ message: 'amount must be an integer number of minor units (2500 USD is $25.00)' })
  @IsPositive()
  @Max(Number.MAX_SAFE_INTEGER)
  amount: number;

  @ApiProperty({ example: 'USD' })
  @Transform(({ value }) => (typeof value === 'string' ? value.toUpperCase() : value))
  @IsString()
  @IsIn(Intl.supportedValuesOf('currency'), {
    message: 'currency must be an ISO 4217 code such as USD or EUR',
  })
  currency: string;

  @ApiProperty({ enum: RECURRING_FREQUENCIES }) @IsIn(RECURRING_FREQUENCIES) frequency: RecurringFrequency;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() fundId?: string;

  @ApiPropertyOptional({ description: 'Defaults to now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  startedAt?: string;

  @ApiPropertyOptional({ description: "The processor's subscription id" })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  externalReference?: string;
}

export class ListRecurringGiftsQuery {
  @ApiProperty({ format: 'uuid' }) @IsUUID() constituentId: string;
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
