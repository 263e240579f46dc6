import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '@steward/domain';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';

export class CreateUserRequest {
  @ApiProperty({ example: 'maya@example.org' })
  @IsEmail()
  @MaxLength(320)
  email: string;

  @ApiProperty({ example: 'Maya Chen' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  displayName: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiProperty({ description: 'At least 12 characters' })
  @IsString()
  @MinLength(12)
  @MaxLength(1024)
  password: string;

  @ApiPropertyOptional({
    example: 'Maya Chen\nDirector of Development',
    description: 'Sign-off of the acknowledgements this user signs as relationship manager',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  signature?: string;
}

export class UpdateUserRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200) displayName?: string;

  @ApiPropertyOptional({ enum: ROLES, description: 'Admin only' }) @IsOptional() @IsIn(ROLES) role?: Role;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  signature?: string | null;

  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(12) @MaxLength(1024) password?: string;

  @ApiPropertyOptional({ description: 'Admin only; a deactivated user can no longer sign in' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class UserView {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ nullable: true, type: String }) signature: string | null;
  @ApiProperty() active: boolean;
}
