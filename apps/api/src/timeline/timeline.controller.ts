import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import {
  DEPARTMENTS,
  NotFound,
  ROLES_SEEING_GIVING,
  TimelineRepository,
  type Department,
} from '@steward/domain';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsString, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/auth.decorators';
import { CursorCodec } from '../common/cursor';
import { Omittable } from '../common/optional-fields';
import { PageQuery } from '../common/pagination.dto';
import { UuidParam } from '../common/uuid-param';
import { ConstituentsRepository } from '../constituents/constituents.repository';

const toList = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.split(',').filter(Boolean) : value;

class TimelineQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Comma-separated departments', example: 'development,volunteering' })
  @Omittable()
  @Transform(toList)
  @IsIn(DEPARTMENTS, { each: true })
  department?: Department[];

  @ApiPropertyOptional({ description: 'Comma-separated kinds', example: 'gift,acknowledgement' })
  @Omittable()
  @Transform(toList)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  @ArrayMaxSize(50)
  kind?: string[];
}

class TimelineItem {
  @ApiProperty() id: string;
  @ApiProperty() kind: string;
  @ApiProperty({ enum: DEPARTMENTS }) department: Department;
  @ApiProperty() occurredAt: Date;
  @ApiProperty() summary: string;
  @ApiProperty({ nullable: true, type: String }) subjectType: string | null;
  @ApiProperty({ nullable: true, type: String }) subjectId: string | null;
  @ApiProperty({ type: Object }) details: Record<string, unknown>;
}

class TimelinePage {
  @ApiProperty({ type: [TimelineItem] }) items: TimelineItem[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

/** One timeline per constituent, every department on it, newest first. */
@ApiTags('timeline')
@ApiBearerAuth()
@Controller('constituents/:id/timeline')
export class TimelineController {
  private readonly timeline = new TimelineRepository();

  constructor(
    private readonly db: DataSource,
    private readonly constituents: ConstituentsRepository,
    private readonly cursors: CursorCodec,
  ) {}

  @Get()
  @ApiOkResponse({ type: TimelinePage })
  async page(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Query() query: TimelineQuery,
  ): Promise<TimelinePage> {
    if (!(await this.constituents.exists(actor.tenantId, id))) throw new NotFound('constituent', id);
    const limit = query.limit ?? 50;
    const after = this.cursors.decode('timeline', query.cursor, { at: 'timestamp', id: 'uuid' });
    const rows = await this.timeline.page(this.db.manager, {
      tenantId: actor.tenantId,
      constituentId: id,
      limit: limit + 1,
      after: after ? { occurredAt: new Date(after.at), id: after.id } : undefined,
      departments: query.department,
      kinds: query.kind,
    });
    const seesGiving = ROLES_SEEING_GIVING.includes(actor.role);
    const items = rows.slice(0, limit).map((e) => ({
      id: e.id,
      kind: e.kind,
      department: e.department,
      occurredAt: e.occurredAt,
      // Roles that may not see giving get the touchpoint without its amount.
      summary: seesGiving || e.kind !== 'gift' ? e.summary : 'Gift received',
      subjectType: e.subjectType,
      subjectId: e.subjectId,
      details: seesGiving ? e.details : {},
    }));
    const last = items[items.length - 1];
    return {
      items,
      nextCursor:
        rows.length > limit
          ? this.cursors.encode('timeline', { at: last.occurredAt.toISOString(), id: last.id })
          : null,
    };
  }
}
