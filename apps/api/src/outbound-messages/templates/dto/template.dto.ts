import { ApiProperty } from '@nestjs/swagger';
import { TEMPLATE_KINDS, type TemplateKind } from '@steward/domain';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** The three parts of a template, as handlebars source. */
export class TemplateSourceRequest {
  @ApiProperty({ example: 'Thank you, {{greetingName}}', description: 'One line; rendered as plain text' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  subject: string;

  @ApiProperty({
    example: 'Dear {{greetingName}},\n\nThank you for your gift of {{amount}}.\n\n{{signature}}',
    description: 'The plain-text part',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50_000)
  text: string;

  @ApiProperty({
    example: '<p>Dear {{greetingName}},</p><p>Thank you for your gift of {{amount}}.</p>',
    description: 'The HTML part; every {{ }} is HTML-escaped, and {{{ }}} is refused',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100_000)
  html: string;
}

export class PreviewTemplateRequest extends TemplateSourceRequest {
  @ApiProperty({ enum: TEMPLATE_KINDS })
  @IsIn(TEMPLATE_KINDS)
  kind: TemplateKind;
}

export class RenderedTemplateView {
  @ApiProperty() subject: string;
  @ApiProperty() text: string;
  @ApiProperty() html: string;
}

export class TemplateView {
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Null for the built-in wording' })
  id: string | null;
  @ApiProperty({ enum: TEMPLATE_KINDS }) kind: TemplateKind;
  @ApiProperty({ example: 'fr-ca', description: 'BCP 47, lower-cased' }) language: string;
  @ApiProperty({ description: 'Highest is current; 0 is the built-in wording' }) version: number;
  @ApiProperty({ description: "Steward's own wording, used until the tenant saves one" }) builtIn: boolean;
  @ApiProperty() subject: string;
  @ApiProperty() text: string;
  @ApiProperty() html: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) createdBy: string | null;
  @ApiProperty({ nullable: true, type: Date }) createdAt: Date | null;
}
