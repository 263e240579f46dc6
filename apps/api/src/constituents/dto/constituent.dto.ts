import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  EMAIL_TYPES,
  INSTALLMENT_ACKNOWLEDGEMENTS,
  type ConstituentKind,
  type EmailType,
  type InstallmentAcknowledgement,
} from '@steward/domain';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsIn,
  IsLocale,
  IsNotEmpty,
  IsString,
  MaxLength,
} from 'class-validator';
import { IsId } from '../../common/ids';
import { NestedObjects } from '../../common/nested';
import { Nullable, Omittable, PatchOf } from '../../common/optional-fields';
import { PageQuery } from '../../common/pagination.dto';

export class EmailInput {
  @ApiProperty({ example: 'ana@example.org' })
  @IsEmail()
  @MaxLength(320)
  address: string;

  @ApiPropertyOptional({ enum: EMAIL_TYPES, default: 'personal' })
  @Omittable()
  @IsIn(EMAIL_TYPES)
  type?: EmailType;

  @ApiPropertyOptional({ description: 'At most one primary; the first address is primary when none is.' })
  @Omittable()
  @IsBoolean()
  primary?: boolean;
}

/**
 * Fields a constituent can be created and updated with. Null clears a name or preference (an
 * individual keeps a first or a last name, an organization its name); the flags and the email list
 * cannot be null (send false, or an empty list).
 */
export class ConstituentFields {
  @ApiPropertyOptional({ example: 'Ana', type: String })
  @Nullable()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  firstName?: string | null;

  @ApiPropertyOptional({ example: 'Rivera', type: String })
  @Nullable()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  lastName?: string | null;

  @ApiPropertyOptional({
    example: 'Annie',
    type: String,
    description: 'Used to greet the donor in thank-yous',
  })
  @Nullable()
  @IsString()
  @MaxLength(200)
  preferredName?: string | null;

  @ApiPropertyOptional({
    example: 'Casa Esperanza Foundation',
    type: String,
    description: 'Required for an organization',
  })
  @Nullable()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  organizationName?: string | null;

  @ApiPropertyOptional({ example: 'Dr. Rivera', type: String })
  @Nullable()
  @IsString()
  @MaxLength(200)
  formalSalutation?: string | null;

  @ApiPropertyOptional({ example: 'Ana', type: String })
  @Nullable()
  @IsString()
  @MaxLength(200)
  informalSalutation?: string | null;

  @ApiPropertyOptional({ example: 'she/her', type: String })
  @Nullable()
  @IsString()
  @MaxLength(50)
  pronouns?: string | null;

  @ApiPropertyOptional({
    example: 'en-US',
    type: String,
    description: 'BCP 47; formats amounts and dates in thank-yous',
  })
  @Nullable()
  @IsLocale()
  preferredLocale?: string | null;

  @ApiPropertyOptional() @Omittable() @IsBoolean() doNotContact?: boolean;
  @ApiPropertyOptional() @Omittable() @IsBoolean() doNotEmail?: boolean;
  @ApiPropertyOptional() @Omittable() @IsBoolean() deceased?: boolean;

  @ApiPropertyOptional({
    enum: INSTALLMENT_ACKNOWLEDGEMENTS,
    default: 'each',
    description: 'How installments of recurring gifts are thanked: each one, in a monthly summary, or yearly',
  })
  @Omittable()
  @IsIn(INSTALLMENT_ACKNOWLEDGEMENTS)
  installmentAcknowledgement?: InstallmentAcknowledgement;

  @ApiPropertyOptional({
    type: String,
    description: 'Staff user who owns the relationship and signs personal thank-yous',
  })
  @Nullable()
  @IsId()
  relationshipManagerId?: string | null;

  @ApiPropertyOptional({ type: [EmailInput], description: 'Replaces the list; [] removes every address' })
  @Omittable()
  @NestedObjects(() => EmailInput)
  @ArrayMaxSize(20)
  emails?: EmailInput[];
}

export class CreateConstituentRequest extends ConstituentFields {
  @ApiProperty({ enum: ['individual', 'organization'] })
  @IsIn(['individual', 'organization'])
  kind: ConstituentKind;
}

export class UpdateConstituentRequest extends PatchOf(ConstituentFields) {}

export class ListConstituentsQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of a name, or an email address' })
  @Omittable()
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
