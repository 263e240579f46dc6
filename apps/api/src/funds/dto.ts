import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class CreateFundRequest {
  @ApiProperty({ example: 'Scholarships' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: 'Your gift puts a first-generation student in a classroom this fall.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  impactStatement?: string;
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

  @ApiPropertyOptional({ example: '2027-03-01' }) @IsOptional() @IsDateString() startsOn?: string;
  @ApiPropertyOptional({ example: '2027-05-31' }) @IsOptional() @IsDateString() endsOn?: string;
}

export class CampaignView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) startsOn: string | null;
  @ApiProperty({ nullable: true, type: String }) endsOn: string | null;
}
