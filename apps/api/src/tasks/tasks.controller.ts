import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { AllowRoles, CurrentActor } from '../auth/auth.decorators';
import { UuidParam } from '../common/uuid-param';
import { CompleteTaskRequest, CreateTaskRequest, ListTasksQuery, TaskPage, TaskView } from './tasks.dto';
import { TasksService } from './tasks.service';

/** Every staff role works tasks; read-only accounts may only look. */
const WORKING_ROLES = [
  'development_officer',
  'volunteer_coordinator',
  'program_staff',
  'alumni_relations',
  'communications',
] as const;

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get()
  @ApiOkResponse({ type: TaskPage })
  list(@CurrentActor() actor: Actor, @Query() query: ListTasksQuery): Promise<TaskPage> {
    return this.tasks.list(actor, query);
  }

  @Post()
  @AllowRoles(...WORKING_ROLES)
  @ApiCreatedResponse({ type: TaskView })
  create(@CurrentActor() actor: Actor, @Body() body: CreateTaskRequest): Promise<TaskView> {
    return this.tasks.create(actor, body);
  }

  @Get(':id')
  @ApiOkResponse({ type: TaskView })
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<TaskView> {
    return this.tasks.get(actor, id);
  }

  @Post(':id/complete')
  @HttpCode(200)
  @AllowRoles(...WORKING_ROLES)
  @ApiOkResponse({ type: TaskView, description: '409 when it was already completed' })
  complete(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() body: CompleteTaskRequest,
  ): Promise<TaskView> {
    return this.tasks.complete(actor, id, body.outcome?.trim() || null);
  }
}
