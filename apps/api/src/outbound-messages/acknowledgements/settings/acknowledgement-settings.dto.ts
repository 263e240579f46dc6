import { ApiProperty } from '@nestjs/swagger';
import { isKnownCurrency, MAX_GIFT_MINOR_UNITS } from '@steward/domain';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsString, Max, Min, ValidateBy, type ValidationOptions } from 'class-validator';
import { IsMinorUnits } from '../../../common/minor-units';
import { NestedObjects } from '../../../common/nested';

/** Bounds that catch typos (minutes entered as seconds, an extra zero) without second-guessing policy. */
export const AUTOMATED_TARGET_BOUNDS = { min: 10, max: 24 * 60 * 60 } as const;
export const PERSONAL_TARGET_BOUNDS = { min: 60, max: 30 * 24 * 60 * 60 } as const;

const IsKnownCurrency = (options?: ValidationOptions) =>
  ValidateBy(
    { name: 'isKnownCurrency', validator: { validate: (v) => typeof v === 'string' && isKnownCurrency(v) } },
    { message: '$property must be an ISO 4217 code such as USD or EUR', ...options },
  );

export class MajorGiftThresholdDto {
  @ApiProperty({ example: 'USD', description: 'ISO 4217 code (any case)' })
  @Transform(({ value }) => (typeof value === 'string' ? value.toUpperCase() : value))
  @IsString()
  @IsKnownCurrency()
  currency: string;

  @ApiProperty({
    type: 'integer',
    example: 1_000_000,
    minimum: 1,
    maximum: MAX_GIFT_MINOR_UNITS,
    description: 'From this amount in minor units (1000000 USD is $10,000.00)',
  })
  @IsMinorUnits('1000000 USD is $10,000.00')
  amount: number;
}

/** The whole of a tenant's acknowledgement settings: GET returns it, PUT replaces it. */
export class AcknowledgementSettingsDto {
  @ApiProperty({
    type: 'integer',
    example: 300,
    minimum: AUTOMATED_TARGET_BOUNDS.min,
    maximum: AUTOMATED_TARGET_BOUNDS.max,
    description: 'Target from gift to automated thank-you email, in seconds (default 300)',
  })
  @IsInt()
  @Min(AUTOMATED_TARGET_BOUNDS.min)
  @Max(AUTOMATED_TARGET_BOUNDS.max)
  automatedTargetSeconds: number;

  @ApiProperty({
    type: 'integer',
    example: 172800,
    minimum: PERSONAL_TARGET_BOUNDS.min,
    maximum: PERSONAL_TARGET_BOUNDS.max,
    description:
      'Target from gift to personal follow-up (reviewed thank-you, call), in seconds (default 48 h)',
  })
  @IsInt()
  @Min(PERSONAL_TARGET_BOUNDS.min)
  @Max(PERSONAL_TARGET_BOUNDS.max)
  personalTargetSeconds: number;

  @ApiProperty({
    type: [MajorGiftThresholdDto],
    description:
      'At most one per currency; a currency without one has no major gifts. PUT replaces the list.',
  })
  @NestedObjects(() => MajorGiftThresholdDto)
  @ArrayMaxSize(200)
  majorGiftThresholds: MajorGiftThresholdDto[];
}
