import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TASK_KINDS, type TaskKind } from '@steward/domain';
import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQuery } from '../common/pagination.dto';

export class CreateTaskRequest {
  @ApiProperty({ enum: TASK_KINDS }) @IsIn(TASK_KINDS) kind: TaskKind;

  @ApiProperty({ example: 'Call to thank for the gala gift' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) details?: string;

  @ApiProperty({ format: 'uuid' }) @IsUUID() constituentId: string;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() giftId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Defaults to the caller' })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @ApiProperty({ example: '2026-11-25T17:00:00Z' }) @IsISO8601({ strict: true }) dueAt: string;
}

export class CompleteTaskRequest {
  @ApiPropertyOptional({ example: 'Spoke with Ana; she would like a site visit in spring' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  outcome?: string;
}

export class ListTasksQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['open', 'completed', 'all'], default: 'open' })
  @IsOptional()
  @IsIn(['open', 'completed', 'all'])
  state?: 'open' | 'completed' | 'all';

  @ApiPropertyOptional({ description: 'A user id, or "me"' })
  @IsOptional()
  @IsString()
  owner?: string;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() constituentId?: string;

  @ApiPropertyOptional({ enum: TASK_KINDS }) @IsOptional() @IsIn(TASK_KINDS) kind?: TaskKind;
}

export class TaskView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: TASK_KINDS }) kind: TaskKind;
  @ApiProperty() title: string;
  @ApiProperty({ nullable: true, type: String }) details: string | null;
  @ApiProperty() constituentId: string;
  @ApiProperty() constituentName: string;
  @ApiProperty({ nullable: true, type: String }) giftId: string | null;
  @ApiProperty({ nullable: true, type: String }) ownerId: string | null;
  @ApiProperty() dueAt: Date;
  @ApiProperty() overdue: boolean;
  @ApiProperty({ nullable: true, type: Date }) completedAt: Date | null;
  @ApiProperty({ nullable: true, type: String }) completedBy: string | null;
  @ApiProperty({ nullable: true, type: String }) outcome: string | null;
  @ApiProperty() createdAt: Date;
}

export class TaskPage {
  @ApiProperty({ type: [TaskView] }) items: TaskView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
