import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  EMAIL_TYPES,
  INSTALLMENT_ACKNOWLEDGEMENTS,
  type ConstituentKind,
  type EmailType,
  type InstallmentAcknowledgement,
} from '@steward/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsLocale,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '../../common/pagination.dto';

export class EmailInput {
  @ApiProperty({ example: 'ana@example.org' })
  @IsEmail()
  @MaxLength(320)
  address: string;

  @ApiPropertyOptional({ enum: EMAIL_TYPES, default: 'personal' })
  @IsOptional()
  @IsIn(EMAIL_TYPES)
  type?: EmailType;

  @ApiPropertyOptional({ description: 'At most one primary; the first address is primary when none is.' })
  @IsOptional()
  @IsBoolean()
  primary?: boolean;
}

/** Fields a constituent can be updated with (every one optional in PATCH). */
export class ConstituentFields {
  @ApiPropertyOptional({ example: 'Ana' })
  @ValidateIf((o: CreateConstituentRequest) => o.kind === 'individual' && !o.lastName)
  @IsString()
  @IsNotEmpty({ message: 'firstName or lastName is required for an individual' })
  @MaxLength(200)
  firstName?: string;

  @ApiPropertyOptional({ example: 'Rivera' })
  @ValidateIf((o: CreateConstituentRequest) => o.kind === 'individual' && !o.firstName)
  @IsString()
  @IsNotEmpty({ message: 'firstName or lastName is required for an individual' })
  @MaxLength(200)
  lastName?: string;

  @ApiPropertyOptional({ example: 'Annie', description: 'Used to greet the donor in thank-yous' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  preferredName?: string;

  @ApiPropertyOptional({ example: 'Casa Esperanza Foundation' })
  @ValidateIf((o: CreateConstituentRequest) => o.kind === 'organization' || o.organizationName !== undefined)
  @IsString()
  @IsNotEmpty({ message: 'organizationName is required for an organization' })
  @MaxLength(300)
  organizationName?: string;

  @ApiPropertyOptional({ example: 'Dr. Rivera' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  formalSalutation?: string;

  @ApiPropertyOptional({ example: 'Ana' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  informalSalutation?: string;

  @ApiPropertyOptional({ example: 'she/her' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  pronouns?: string;

  @ApiPropertyOptional({ example: 'en-US', description: 'BCP 47; formats amounts and dates in thank-yous' })
  @IsOptional()
  @IsLocale()
  preferredLocale?: string;

  @ApiPropertyOptional() @IsOptional() @IsBoolean() doNotContact?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() doNotEmail?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() deceased?: boolean;

  @ApiPropertyOptional({
    enum: INSTALLMENT_ACKNOWLEDGEMENTS,
    default: 'each',
    description: 'How installments of recurring gifts are thanked: each one, in a monthly summary, or yearly',
  })
  @IsOptional()
  @IsIn(INSTALLMENT_ACKNOWLEDGEMENTS)
  installmentAcknowledgement?: InstallmentAcknowledgement;

  @ApiPropertyOptional({ description: 'Staff user who owns the relationship and signs personal thank-yous' })
  @IsOptional()
  @IsUUID()
  relationshipManagerId?: string;

  @ApiPropertyOptional({ type: [EmailInput] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => EmailInput)
  emails?: EmailInput[];
}

export class CreateConstituentRequest extends ConstituentFields {
  @ApiProperty({ enum: ['individual', 'organization'] })
  @IsIn(['individual', 'organization'])
  kind: ConstituentKind;
}

export class UpdateConstituentRequest extends PartialType(ConstituentFields) {}

export class ListConstituentsQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of a name, or an email address' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class EmailView {
  @ApiProperty() address: string;
  @ApiProperty({ enum: EMAIL_TYPES }) type: EmailType;
  @ApiProperty() primary: boolean;
  @ApiProperty({
    nullable: true,
    type: Date,
    description: 'Set when a mail server refused this address for good; nothing more is emailed to it',
  })
  undeliverableAt: Date | null;
}

export class ConstituentView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['individual', 'organization'] }) kind: ConstituentKind;
  @ApiProperty({ description: 'Name as lists show it' }) displayName: string;
  @ApiProperty({ nullable: true, type: String }) firstName: string | null;
  @ApiProperty({ nullable: true, type: String }) lastName: string | null;
  @ApiProperty({ nullable: true, type: String }) preferredName: string | null;
  @ApiProperty({ nullable: true, type: String }) organizationName: string | null;
  @ApiProperty({ nullable: true, type: String }) formalSalutation: string | null;
  @ApiProperty({ nullable: true, type: String }) informalSalutation: string | null;
  @ApiProperty({ nullable: true, type: String }) pronouns: string | null;
  @ApiProperty({ nullable: true, type: String }) preferredLocale: string | null;
  @ApiProperty() doNotContact: boolean;
  @ApiProperty() doNotEmail: boolean;
  @ApiProperty() deceased: boolean;
  @ApiProperty({ enum: INSTALLMENT_ACKNOWLEDGEMENTS }) installmentAcknowledgement: InstallmentAcknowledgement;
  @ApiProperty({ nullable: true, type: String }) relationshipManagerId: string | null;
  @ApiProperty({ type: [EmailView] }) emails: EmailView[];
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export class ConstituentPage {
  @ApiProperty({ type: [ConstituentView] }) items: ConstituentView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
