import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { AllowRoles, CurrentActor } from '../auth/auth.decorators';
import { UuidParam } from '../common/uuid-param';
import { ConstituentsService } from './constituents.service';
import {
  ConstituentPage,
  ConstituentView,
  CreateConstituentRequest,
  ListConstituentsQuery,
  UpdateConstituentRequest,
} from './dto/constituent.dto';

/** Every department reads constituents; the staff who create and correct records may write them. */
const WRITERS = [
  'development_officer',
  'volunteer_coordinator',
  'program_staff',
  'alumni_relations',
  'communications',
] as const;

@ApiTags('constituents')
@ApiBearerAuth()
@Controller('constituents')
export class ConstituentsController {
  constructor(private readonly constituents: ConstituentsService) {}

  @Post()
  @AllowRoles(...WRITERS)
  @ApiCreatedResponse({ type: ConstituentView })
  create(@CurrentActor() actor: Actor, @Body() body: CreateConstituentRequest): Promise<ConstituentView> {
    return this.constituents.create(actor, body);
  }

  @Get()
  @ApiOkResponse({ type: ConstituentPage })
  list(@CurrentActor() actor: Actor, @Query() query: ListConstituentsQuery): Promise<ConstituentPage> {
    return this.constituents.list(actor, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: ConstituentView })
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<ConstituentView> {
    return this.constituents.get(actor, id);
  }

  @Patch(':id')
  @AllowRoles(...WRITERS)
  @ApiOkResponse({ type: ConstituentView })
  update(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() body: UpdateConstituentRequest,
  ): Promise<ConstituentView> {
    return this.constituents.update(actor, id, body);
  }
}
