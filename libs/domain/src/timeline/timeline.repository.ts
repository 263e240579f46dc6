import type { EntityManager } from 'typeorm';
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
  /** One INSERT for any number of entries (arrays unnested), so batch writers pay one round trip. */
  async append(tx: EntityManager, entries: NewTimelineEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await tx.query(
      `INSERT INTO timeline_entries
         (id, tenant_id, constituent_id, kind, department, occurred_at, summary, subject_type, subject_id, details)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::timestamptz[],
                            $7::text[], $8::text[], $9::uuid[], $10::jsonb[])`,
      [
        entries.map(() => newId()),
        entries.map((e) => e.tenantId),
        entries.map((e) => e.constituentId),
        entries.map((e) => e.kind),
        entries.map((e) => e.department),
        entries.map((e) => e.occurredAt),
        entries.map((e) => e.summary),
        entries.map((e) => e.subjectType ?? null),
        entries.map((e) => e.subjectId ?? null),
        entries.map((e) => JSON.stringify(e.details ?? {})),
      ],
    );
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
    if (q.departments?.length)
      qb.andWhere('t.department = ANY(:departments)', { departments: q.departments });
    if (q.kinds?.length) qb.andWhere('t.kind = ANY(:kinds)', { kinds: q.kinds });
    return qb.getMany();
  }
}
