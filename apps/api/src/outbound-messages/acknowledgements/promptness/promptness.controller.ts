import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ROLES_SEEING_GIVING } from '@steward/domain';
import type { Actor } from '../../../auth/actor';
import { AllowRoles, CurrentActor } from '../../../auth/auth.decorators';
import { OverduePage, OverdueQuery, PromptnessQuery, PromptnessView } from './promptness.dto';
import { PromptnessService } from './promptness.service';

/** The admin dashboard's promptness figures; they name gifts and amounts, so giving roles only. */
@ApiTags('acknowledgements')
@ApiBearerAuth()
@AllowRoles(...ROLES_SEEING_GIVING)
@Controller('acknowledgements')
export class PromptnessController {
  constructor(private readonly promptness: PromptnessService) {}

  @Get('promptness')
  @ApiOkResponse({ type: PromptnessView })
  figures(@CurrentActor() actor: Actor, @Query() query: PromptnessQuery): Promise<PromptnessView> {
    return this.promptness.figures(actor, query);
  }

  @Get('overdue')
  @ApiOkResponse({ type: OverduePage })
  overdue(@CurrentActor() actor: Actor, @Query() query: OverdueQuery): Promise<OverduePage> {
    return this.promptness.overdue(actor, query);
  }
}
