import type { TaskKind } from '@steward/domain';
import type { TenantDb } from '../platform/database/tenant-scope';

export interface NewTaskRow {
  id: string;
  kind: TaskKind;
  title: string;
  details: string | null;
  constituentId: string;
  giftId: string | null;
  ownerId: string | null;
  dueAt: Date;
  createdBy: string | null;
}

/**
 * The tasks area's statement that creates tasks, for a unit of work that folds it into its own
 * statement (a gift's call and letter tasks are written with the gift). It moves into the tasks
 * repository when that area is on the tenant scope.
 */
export function insertTasksQuery(db: TenantDb, tasks: NewTaskRow[]) {
  return db.insertInto('tasks').values(
    tasks.map((t) => ({
      id: t.id,
      kind: t.kind,
      title: t.title,
      details: t.details,
      constituent_id: t.constituentId,
      gift_id: t.giftId,
      owner_id: t.ownerId,
      due_at: t.dueAt,
      created_by: t.createdBy,
    })),
  );
}
