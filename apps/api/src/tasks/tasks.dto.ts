import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TASK_KINDS, type TaskKind } from '@steward/domain';
import { IsIn, IsNotEmpty, IsString, isUUID, MaxLength, ValidateBy } from 'class-validator';
import { IsDateTime } from '../common/dates';
import { IsId } from '../common/ids';
import { Nullable, Omittable } from '../common/optional-fields';
import { PageQuery } from '../common/pagination.dto';

export class CreateTaskRequest {
  @ApiProperty({ enum: TASK_KINDS }) @IsIn(TASK_KINDS) kind: TaskKind;

  @ApiProperty({ example: 'Call to thank for the gala gift' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @ApiPropertyOptional({ type: String }) @Nullable() @IsString() @MaxLength(4000) details?: string | null;

  @ApiProperty() @IsId() constituentId: string;

  @ApiPropertyOptional({ type: String }) @Nullable() @IsId() giftId?: string | null;

  @ApiPropertyOptional({ description: 'Defaults to the caller' })
  @Omittable()
  @IsId()
  ownerId?: string;

  @ApiProperty({ example: '2026-11-25T17:00:00Z' }) @IsDateTime() dueAt: string;
}

export class CompleteTaskRequest {
  @ApiPropertyOptional({ example: 'Spoke with Ana; she would like a site visit in spring', type: String })
  @Nullable()
  @IsString()
  @MaxLength(4000)
  outcome?: string | null;
}

export class ListTasksQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['open', 'completed', 'all'], default: 'open' })
  @Omittable()
  @IsIn(['open', 'completed', 'all'])
  state?: 'open' | 'completed' | 'all';

  @ApiPropertyOptional({ description: 'A user id, or "me"', example: 'me' })
  @Omittable()
  @ValidateBy(
    {
      name: 'isUserOrMe',
      validator: { validate: (v) => v === 'me' || (typeof v === 'string' && isUUID(v)) },
    },
    { message: 'owner must be a user id (a UUID) or "me"' },
  )
  owner?: string;

  @ApiPropertyOptional() @Omittable() @IsId() constituentId?: string;

  @ApiPropertyOptional({ enum: TASK_KINDS }) @Omittable() @IsIn(TASK_KINDS) kind?: TaskKind;
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
