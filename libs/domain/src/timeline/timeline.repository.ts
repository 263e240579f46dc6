import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { newId } from '../common/ids';
import { TimelineEntry, type Department } from './timeline-entry.entity';

export interface NewTimelineEntry {
  tenantId: string;
  constituentId: string;
  kind: string;
  department: Department;
  occurredAt: Date;
  summary: string;
  subjectType?: string;
  subjectId?: string;
  details?: Record<string, unknown>;
}

export interface TimelinePageQuery {
  tenantId: string;
  constituentId: string;
  limit: number;
  after?: { occurredAt: Date; id: string };
  departments?: Department[];
  kinds?: string[];
}

/**
 * Writes and reads the unified timeline. Writers pass their transaction so the entry commits with the
 * touchpoint it records; every department writes through here.
 */
export class TimelineRepository {
  async append(tx: EntityManager, entries: NewTimelineEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await tx
      .createQueryBuilder()
      .insert()
      .into(TimelineEntry)
      .values(
        entries.map((e) => ({
          id: newId(),
          tenantId: e.tenantId,
          constituentId: e.constituentId,
          kind: e.kind,
          department: e.department,
          occurredAt: e.occurredAt,
          summary: e.summary,
          subjectType: e.subjectType ?? null,
          subjectId: e.subjectId ?? null,
          details: e.details ?? {},
        })) as QueryDeepPartialEntity<TimelineEntry>[],
      )
      .execute();
  }

  /** Newest first; keyset on (occurred_at, id) so page 1,000 costs what page 1 costs. */
  async page(db: EntityManager, q: TimelinePageQuery): Promise<TimelineEntry[]> {
    const qb = db
      .getRepository(TimelineEntry)
      .createQueryBuilder('t')
      .where('t.tenant_id = :tenantId AND t.constituent_id = :constituentId', q)
      .orderBy('t.occurred_at', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .limit(q.limit);
    if (q.after) {
      qb.andWhere('(t.occurred_at, t.id) < (:afterAt, :afterId)', {
        afterAt: q.after.occurredAt,
        afterId: q.after.id,
      });
    }
    if (q.departments?.length) qb.andWhere('t.department = ANY(:departments)', { departments: q.departments });
    if (q.kinds?.length) qb.andWhere('t.kind = ANY(:kinds)', { kinds: q.kinds });
    return qb.getMany();
  }
}
