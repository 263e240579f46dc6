import { newId, type Department } from '@steward/domain';
import type { TenantDb } from '../platform/database/tenant-scope';

export interface NewTimelineEntry {
  constituentId: string;
  kind: string;
  department: Department;
  occurredAt: Date;
  summary: string;
  subjectType?: string;
  subjectId?: string;
  details?: Record<string, unknown>;
}

/**
 * The unified timeline's one owner: every department's entries are written here, in the unit of work of
 * the touchpoint they record. `appendQuery` is the statement itself, for a writer that folds it into
 * one statement with its own rows (gift recording does).
 */
export class TimelineRepository {
  constructor(private readonly db: TenantDb) {}

  appendQuery(entries: NewTimelineEntry[]) {
    return this.db.insertInto('timeline_entries').values(
      entries.map((e) => ({
        id: newId(),
        constituent_id: e.constituentId,
        kind: e.kind,
        department: e.department,
        occurred_at: e.occurredAt,
        summary: e.summary,
        subject_type: e.subjectType ?? null,
        subject_id: e.subjectId ?? null,
        details: JSON.stringify(e.details ?? {}),
      })),
    );
  }

  async append(entries: NewTimelineEntry[]): Promise<void> {
    if (entries.length > 0) await this.appendQuery(entries).execute();
  }
}
