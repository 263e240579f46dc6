import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength } from 'class-validator';
import type { Actor } from './actor';
import { CurrentActor, Public } from './auth.decorators';
import { AuthService } from './auth.service';

class LoginRequest {
  @ApiProperty({ example: 'admin@steward.local' })
  @IsEmail()
  email: string;

  @ApiProperty()
  @IsString()
  @MaxLength(1024)
  password: string;
}

class LoginResponse {
  @ApiProperty({ description: 'Send as Authorization: Bearer <accessToken>' })
  accessToken: string;
}

class MeResponse {
  @ApiProperty() userId: string;
  @ApiProperty() tenantId: string;
  @ApiProperty() role: string;
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponse })
  login(@Body() body: LoginRequest): Promise<LoginResponse> {
    return this.auth.login(body.email, body.password);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOkResponse({ type: MeResponse })
  me(@CurrentActor() actor: Actor): MeResponse {
    return actor;
  }
}
