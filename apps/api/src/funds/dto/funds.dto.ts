import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../../common/dates';
import { Nullable } from '../../common/optional-fields';

export class CreateFundRequest {
  @ApiProperty({ example: 'Scholarships' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({
    example: 'Your gift puts a first-generation student in a classroom this fall.',
    type: String,
  })
  @Nullable()
  @IsString()
  @MaxLength(2000)
  impactStatement?: string | null;
}

export class FundView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) impactStatement: string | null;
  @ApiProperty() active: boolean;
}

export class CreateCampaignRequest {
  @ApiProperty({ example: 'Spring 2027' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: '2027-03-01' }) @Nullable() @IsCalendarDate() startsOn?: string | null;
  @ApiPropertyOptional({ example: '2027-05-31', description: 'Not before startsOn' })
  @Nullable()
  @IsCalendarDate()
  endsOn?: string | null;
}

export class CampaignView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) startsOn: string | null;
  @ApiProperty({ nullable: true, type: String }) endsOn: string | null;
}
