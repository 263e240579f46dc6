import { Injectable } from '@nestjs/common';
import { displayName, Task, type NameParts, type TaskKind } from '@steward/domain';
import { DataSource, type EntityManager } from 'typeorm';

export type NewTask = Pick<
  Task,
  | 'id'
  | 'tenantId'
  | 'kind'
  | 'title'
  | 'details'
  | 'constituentId'
  | 'giftId'
  | 'ownerId'
  | 'dueAt'
  | 'createdBy'
>;

export interface TaskRow extends Task {
  constituentName: string;
}

export interface TaskListQuery {
  tenantId: string;
  state: 'open' | 'completed' | 'all';
  ownerId?: string;
  constituentId?: string;
  kind?: TaskKind;
  after?: { dueAt: Date; id: string };
  limit: number;
}

/** Rows carry the constituent's name parts; the domain's displayName names them, as everywhere. */
function named<T extends { nameParts: NameParts }>(
  rows: T[],
): (Omit<T, 'nameParts'> & { constituentName: string })[] {
  return rows.map(({ nameParts, ...row }) => ({ ...row, constituentName: displayName(nameParts) }));
}

const TASK_COLUMNS = `t.id, t.tenant_id AS "tenantId", t.kind, t.title, t.details, t.constituent_id AS "constituentId",
  t.gift_id AS "giftId", t.owner_id AS "ownerId", t.due_at AS "dueAt", t.completed_at AS "completedAt",
  t.completed_by AS "completedBy", t.outcome, t.created_by AS "createdBy", t.created_at AS "createdAt",
  json_build_object('kind', c.kind, 'firstName', c.first_name, 'lastName', c.last_name,
    'preferredName', c.preferred_name, 'organizationName', c.organization_name) AS "nameParts"`;

/** Tasks: written by people and by the acknowledgement rules (in the gift's transaction). */
@Injectable()
export class TasksRepository {
  constructor(private readonly db: DataSource) {}

  /** Inserts any number of tasks in one statement, inside the caller's transaction. */
  async insertMany(tx: EntityManager, tasks: NewTask[]): Promise<void> {
    if (tasks.length === 0) return;
    await tx.query(
      `INSERT INTO tasks (id, tenant_id, kind, title, details, constituent_id, gift_id, owner_id, due_at, created_by)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::uuid[],
                            $8::uuid[], $9::timestamptz[], $10::uuid[])`,
      [
        tasks.map((t) => t.id),
        tasks.map((t) => t.tenantId),
        tasks.map((t) => t.kind),
        tasks.map((t) => t.title),
        tasks.map((t) => t.details),
        tasks.map((t) => t.constituentId),
        tasks.map((t) => t.giftId),
        tasks.map((t) => t.ownerId),
        tasks.map((t) => t.dueAt),
        tasks.map((t) => t.createdBy),
      ],
    );
  }

  async findById(tenantId: string, id: string): Promise<TaskRow | null> {
    const rows: (Task & { nameParts: NameParts })[] = await this.db.query(
      `SELECT ${TASK_COLUMNS} FROM tasks t
         JOIN constituents c ON c.tenant_id = t.tenant_id AND c.id = t.constituent_id
        WHERE t.tenant_id = $1 AND t.id = $2`,
      [tenantId, id],
    );
    return named(rows)[0] ?? null;
  }

  /** Soonest due first, keyset on (due_at, id). */
  async list(q: TaskListQuery): Promise<TaskRow[]> {
    const where = ['t.tenant_id = $1'];
    const params: unknown[] = [q.tenantId];
    const add = (clause: string, value: unknown) => {
      params.push(value);
      where.push(clause.replace('?', `$${params.length}`));
    };
    if (q.state === 'open') where.push('t.completed_at IS NULL');
    if (q.state === 'completed') where.push('t.completed_at IS NOT NULL');
    if (q.ownerId) add('t.owner_id = ?', q.ownerId);
    if (q.constituentId) add('t.constituent_id = ?', q.constituentId);
    if (q.kind) add('t.kind = ?', q.kind);
    if (q.after) {
      params.push(q.after.dueAt, q.after.id);
      where.push(`(t.due_at, t.id) > ($${params.length - 1}, $${params.length})`);
    }
    params.push(q.limit);
    const rows: (Task & { nameParts: NameParts })[] = await this.db.query(
      `SELECT ${TASK_COLUMNS} FROM tasks t
         JOIN constituents c ON c.tenant_id = t.tenant_id AND c.id = t.constituent_id
        WHERE ${where.join(' AND ')}
        ORDER BY t.due_at, t.id
        LIMIT $${params.length}`,
      params,
    );
    return named(rows);
  }

  /** Completes an open task; false when it is missing or was already completed. */
  async complete(
    tx: EntityManager,
    c: { tenantId: string; id: string; userId: string; outcome: string | null },
  ): Promise<{ constituentId: string; kind: TaskKind; title: string; completedAt: Date } | null> {
    const [rows]: [{ constituent_id: string; kind: TaskKind; title: string; completed_at: Date }[], number] =
      await tx.query(
        `UPDATE tasks SET completed_at = now(), completed_by = $3, outcome = $4
          WHERE tenant_id = $1 AND id = $2 AND completed_at IS NULL
          RETURNING constituent_id, kind, title, completed_at`,
        [c.tenantId, c.id, c.userId, c.outcome],
      );
    const row = rows[0];
    return row
      ? { constituentId: row.constituent_id, kind: row.kind, title: row.title, completedAt: row.completed_at }
      : null;
  }

  /** Whether the user is a former colleague of the tenant (deactivated). A missing one is not. */
  async isInactiveUser(tenantId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      'SELECT 1 FROM users WHERE tenant_id = $1 AND id = $2 AND NOT active',
      [tenantId, userId],
    );
    return rows.length > 0;
  }
}
