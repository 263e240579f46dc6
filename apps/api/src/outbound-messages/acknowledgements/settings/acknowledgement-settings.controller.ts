import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../auth/actor';
import { AllowRoles, CurrentActor } from '../../../auth/auth.decorators';
import { AcknowledgementSettingsDto } from './acknowledgement-settings.dto';
import { AcknowledgementSettingsService } from './acknowledgement-settings.service';

/** Every staff member may see the targets the dashboard measures against; only an admin changes them. */
@ApiTags('acknowledgements')
@ApiBearerAuth()
@Controller('settings/acknowledgements')
export class AcknowledgementSettingsController {
  constructor(private readonly settings: AcknowledgementSettingsService) {}

  @Get()
  @ApiOkResponse({ type: AcknowledgementSettingsDto })
  get(@CurrentActor() actor: Actor): Promise<AcknowledgementSettingsDto> {
    return this.settings.get(actor);
  }

  @Put()
  @AllowRoles() // no role named: admin only
  @ApiOkResponse({ type: AcknowledgementSettingsDto })
  replace(
    @CurrentActor() actor: Actor,
    @Body() body: AcknowledgementSettingsDto,
  ): Promise<AcknowledgementSettingsDto> {
    return this.settings.replace(actor, body);
  }
}
