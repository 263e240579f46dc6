import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACKNOWLEDGEMENT_STATUSES,
  ACKNOWLEDGEMENT_TREATMENTS,
  MAX_GIFT_MINOR_UNITS,
  TRIBUTE_TYPES,
  type AcknowledgementStatus,
  type AcknowledgementTreatment,
  type TributeType,
} from '@steward/domain';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsDateTime } from '../../common/dates';
import { IsMinorUnits } from '../../common/minor-units';
import { IsId } from '../../common/ids';
import { NestedObject } from '../../common/nested';
import { Nullable, Omittable } from '../../common/optional-fields';
import { PageQuery } from '../../common/pagination.dto';

/** Who a tribute gift honors or remembers, and who should be told of it. */
export class TributeInput {
  @ApiProperty({ enum: TRIBUTE_TYPES })
  @IsIn(TRIBUTE_TYPES)
  type: TributeType;

  @ApiProperty({ example: 'Rosa Rivera', description: 'The person honored or remembered' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: 'The Rivera family', type: String, description: 'Who is told of the gift' })
  @Nullable()
  @IsString()
  @MaxLength(200)
  notifyName?: string | null;

  @ApiPropertyOptional({
    example: 'rivera.family@example.org',
    type: String,
    description: 'Told by email when given',
  })
  @Nullable()
  @IsEmail()
  @MaxLength(320)
  notifyEmail?: string | null;

  @ApiPropertyOptional({
    type: String,
    description: 'Postal address: a card is posted when there is no email',
  })
  @Nullable()
  @IsString()
  @MaxLength(500)
  notifyAddress?: string | null;
}

export class CreateGiftRequest {
  @ApiProperty()
  @IsId()
  constituentId: string;

  @ApiProperty({
    type: 'integer',
    example: 30000,
    minimum: 1,
    maximum: MAX_GIFT_MINOR_UNITS,
    description:
      'Integer in the currency minor unit, as payment processors send it: 30000 USD is $300.00. ' +
      `At most ${MAX_GIFT_MINOR_UNITS} (so that every total Steward computes stays exact).`,
  })
  @IsMinorUnits('30000 USD is $300.00')
  amount: number;

  @ApiProperty({ example: 'USD', description: 'ISO 4217 code (any case: processors send "usd")' })
  @Transform(({ value }) => (typeof value === 'string' ? value.toUpperCase() : value))
  @IsString()
  @IsIn(Intl.supportedValuesOf('currency'), {
    message: 'currency must be an ISO 4217 code such as USD or EUR',
  })
  currency: string;

  @ApiPropertyOptional({ description: 'When the gift was received; defaults to now' })
  @Omittable()
  @IsDateTime()
  receivedAt?: string;

  @ApiPropertyOptional({ type: String })
  @Nullable()
  @IsId()
  fundId?: string | null;

  @ApiPropertyOptional({ type: String })
  @Nullable()
  @IsId()
  campaignId?: string | null;

  @ApiPropertyOptional({ example: 'card', type: String })
  @Nullable()
  @IsString()
  @MaxLength(50)
  paymentMethod?: string | null;

  @ApiPropertyOptional({
    example: 6000,
    type: 'integer',
    minimum: 0,
    maximum: MAX_GIFT_MINOR_UNITS,
    description:
      'Fair market value (minor units) of goods or services the donor received, e.g. a gala dinner; at most the amount',
  })
  @Nullable()
  @IsMinorUnits('6000 USD is $60.00', 0)
  goodsServicesValue?: number | null;

  @ApiPropertyOptional({ example: 'Dinner for two at the spring gala', type: String })
  @Nullable()
  @IsString()
  @MaxLength(500)
  goodsServicesDescription?: string | null;

  @ApiPropertyOptional({ type: String, description: "The payment processor's id; unique per source" })
  @Nullable()
  @IsString()
  @MaxLength(200)
  externalReference?: string | null;

  @ApiPropertyOptional({
    default: false,
    description: 'Thanked privately; never named publicly nor to the family of a tribute',
  })
  @Omittable()
  @IsBoolean()
  anonymous?: boolean;

  @ApiPropertyOptional({ type: TributeInput, description: 'In honor or in memory of someone' })
  @Nullable()
  @NestedObject(() => TributeInput)
  tribute?: TributeInput | null;

  @ApiPropertyOptional({ type: String, description: 'This gift is an installment of that recurring gift' })
  @Nullable()
  @IsId()
  recurringGiftId?: string | null;
}

export class ListGiftsQuery extends PageQuery {
  @ApiPropertyOptional()
  @Omittable()
  @IsId()
  constituentId?: string;
}

export class AcknowledgementSummary {
  @ApiProperty({ enum: ACKNOWLEDGEMENT_STATUSES }) status: AcknowledgementStatus;
  @ApiProperty({ nullable: true, type: Date }) sentAt: Date | null;
  @ApiProperty({ nullable: true, type: String, description: 'Why it is held, suppressed or failed' })
  reason: string | null;
  @ApiProperty() attempts: number;
  @ApiProperty({ nullable: true, type: String }) lastError: string | null;
  @ApiProperty({ enum: ACKNOWLEDGEMENT_TREATMENTS, description: 'Which thank-you the rules chose' })
  treatment: AcknowledgementTreatment;
  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      'The template version the message was rendered from (0: the built-in wording); null until sent',
  })
  templateVersion: number | null;
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      'Seconds from the gift received (or recorded, if later) to the thank-you sent; null until sent',
  })
  secondsToSend: number | null;
}

export class TributeView {
  @ApiProperty({ enum: TRIBUTE_TYPES }) type: TributeType;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) notifyName: string | null;
  @ApiProperty({ nullable: true, type: String }) notifyEmail: string | null;
  @ApiProperty({ nullable: true, type: String }) notifyAddress: string | null;
}

export class GiftView {
  @ApiProperty() id: string;
  @ApiProperty() constituentId: string;
  @ApiProperty({ description: 'Minor units' }) amount: number;
  @ApiProperty() currency: string;
  @ApiProperty({ example: '$300.00' }) amountFormatted: string;
  @ApiProperty() receivedAt: Date;
  @ApiProperty({ nullable: true, type: String }) fundId: string | null;
  @ApiProperty({ nullable: true, type: String }) campaignId: string | null;
  @ApiProperty() source: string;
  @ApiProperty({ nullable: true, type: String }) paymentMethod: string | null;
  @ApiProperty({ nullable: true, type: String }) externalReference: string | null;
  @ApiProperty({ nullable: true, type: Number }) goodsServicesValue: number | null;
  @ApiProperty({ nullable: true, type: String }) goodsServicesDescription: string | null;
  @ApiProperty({
    example: '2026-000042',
    nullable: true,
    type: String,
    description:
      'Gapless per tenant and year, given right after the gift is stored; null only if numbering was cut ' +
      'short, in which case it is given before the thank-you is sent',
  })
  receiptNumber: string | null;
  @ApiProperty() anonymous: boolean;
  @ApiProperty({ nullable: true, type: TributeView }) tribute: TributeView | null;
  @ApiProperty({ nullable: true, type: String }) recurringGiftId: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: AcknowledgementSummary }) acknowledgement: AcknowledgementSummary;
}

export class GiftPage {
  @ApiProperty({ type: [GiftView] }) items: GiftView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
