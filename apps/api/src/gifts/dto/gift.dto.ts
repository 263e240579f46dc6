import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACKNOWLEDGEMENT_STATUSES,
  ACKNOWLEDGEMENT_TREATMENTS,
  TRIBUTE_TYPES,
  type AcknowledgementStatus,
  type AcknowledgementTreatment,
  type TributeType,
} from '@steward/domain';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsObject,
  ValidateNested,
  IsInt,
  IsISO8601,
  IsOptional,
  IsPositive,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
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

  @ApiPropertyOptional({ example: 'The Rivera family', description: 'Who is told of the gift' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  notifyName?: string;

  @ApiPropertyOptional({ example: 'rivera.family@example.org', description: 'Told by email when given' })
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  notifyEmail?: string;

  @ApiPropertyOptional({ description: 'Postal address: a card is posted when there is no email' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  notifyAddress?: string;
}

export class CreateGiftRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  constituentId: string;

  @ApiProperty({
    example: 30000,
    description: 'Integer in the currency minor unit, as payment processors send it: 30000 USD is $300.00',
  })
  @IsInt({ message: 'amount must be an integer number of minor units (30000 USD is $300.00)' })
  @IsPositive()
  @Max(Number.MAX_SAFE_INTEGER)
  amount: number;

  @ApiProperty({ example: 'USD', description: 'ISO 4217 code (any case: processors send "usd")' })
  @Transform(({ value }) => (typeof value === 'string' ? value.toUpperCase() : value))
  @IsString()
  @IsIn(Intl.supportedValuesOf('currency'), {
    message: 'currency must be an ISO 4217 code such as USD or EUR',
  })
  currency: string;

  @ApiPropertyOptional({ description: 'When the gift was received (ISO 8601); defaults to now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  receivedAt?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  fundId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  campaignId?: string;

  @ApiPropertyOptional({ example: 'card' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  paymentMethod?: string;

  @ApiPropertyOptional({
    example: 6000,
    description:
      'Fair market value (minor units) of goods or services the donor received, e.g. a gala dinner',
  })
  @IsOptional()
  @IsInt({ message: 'goodsServicesValue must be an integer number of minor units' })
  @Min(0)
  goodsServicesValue?: number;

  @ApiPropertyOptional({ example: 'Dinner for two at the spring gala' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  goodsServicesDescription?: string;

  @ApiPropertyOptional({ description: "The payment processor's id; unique per source" })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  externalReference?: string;

  @ApiPropertyOptional({
    default: false,
    description: 'Thanked privately; never named publicly nor to the family of a tribute',
  })
  @IsOptional()
  @IsBoolean()
  anonymous?: boolean;

  @ApiPropertyOptional({ type: TributeInput, description: 'In honor or in memory of someone' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => TributeInput)
  tribute?: TributeInput;

  @ApiPropertyOptional({ format: 'uuid', description: 'This gift is an installment of that recurring gift' })
  @IsOptional()
  @IsUUID()
  recurringGiftId?: string;
}

export class ListGiftsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
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
  @ApiProperty({ example: '2026-000042', description: 'Gapless per tenant and year' }) receiptNumber: string;
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
