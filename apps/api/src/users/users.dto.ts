import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '@steward/domain';
import { IsBoolean, IsEmail, IsIn, IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';
import { Nullable, Omittable } from '../common/optional-fields';

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
    type: String,
    description: 'Sign-off of the acknowledgements this user signs as relationship manager',
  })
  @Nullable()
  @IsString()
  @MaxLength(1000)
  signature?: string | null;
}

export class UpdateUserRequest {
  @ApiPropertyOptional() @Omittable() @IsString() @IsNotEmpty() @MaxLength(200) displayName?: string;

  @ApiPropertyOptional({ enum: ROLES, description: 'Admin only' }) @Omittable() @IsIn(ROLES) role?: Role;

  @ApiPropertyOptional({ type: String, description: 'Null removes the signature' })
  @Nullable()
  @IsString()
  @MaxLength(1000)
  signature?: string | null;

  @ApiPropertyOptional() @Omittable() @IsString() @MinLength(12) @MaxLength(1024) password?: string;

  @ApiPropertyOptional({ description: 'Admin only; a deactivated user can no longer sign in' })
  @Omittable()
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
