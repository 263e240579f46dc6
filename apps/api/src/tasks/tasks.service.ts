import { Injectable } from '@nestjs/common';
import { Conflict, newId, NotFound, TimelineRepository, ValidationFailed, type Task } from '@steward/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor';
import { CursorCodec, type Page } from '../common/cursor';
import type { CreateTaskRequest, ListTasksQuery, TaskView } from './tasks.dto';
import { TasksRepository, type TaskRow } from './tasks.repository';

@Injectable()
export class TasksService {
  private readonly timeline = new TimelineRepository();

  constructor(
    private readonly db: DataSource,
    private readonly tasks: TasksRepository,
    private readonly cursors: CursorCodec,
  ) {}

  async create(actor: Actor, input: CreateTaskRequest): Promise<TaskView> {
    const ownerId = input.ownerId ?? actor.userId;
    // That the constituent, gift and owner exist in the tenant is the foreign keys' to say (a 400
    // naming the field); that the owner still works here is a rule, with the same words.
    if (await this.tasks.isInactiveUser(actor.tenantId, ownerId)) {
      throw ValidationFailed.field('ownerId', 'no active user with this id');
    }
    const id = newId();
    await this.db.transaction((tx) =>
      this.tasks.insertMany(tx, [
        {
          id,
          tenantId: actor.tenantId,
          kind: input.kind,
          title: input.title.trim(),
          details: input.details ?? null,
          constituentId: input.constituentId,
          giftId: input.giftId ?? null,
          ownerId,
          dueAt: new Date(input.dueAt),
          createdBy: actor.userId,
        },
      ]),
    );
    return this.get(actor, id);
  }

  async get(actor: Actor, id: string): Promise<TaskView> {
    const task = await this.tasks.findById(actor.tenantId, id);
    if (!task) throw new NotFound('task', id);
    return toView(task);
  }

  async list(actor: Actor, query: ListTasksQuery): Promise<Page<TaskView>> {
    const limit = query.limit ?? 50;
    const after = this.cursors.decode('tasks', query.cursor, { dueAt: 'timestamp', id: 'uuid' });
    const rows = await this.tasks.list({
      tenantId: actor.tenantId,
      state: query.state ?? 'open',
      ownerId: query.owner === 'me' ? actor.userId : query.owner,
      constituentId: query.constituentId,
      kind: query.kind,
      after: after ? { dueAt: new Date(after.dueAt), id: after.id } : undefined,
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toView),
      nextCursor:
        rows.length > limit
          ? this.cursors.encode('tasks', { dueAt: new Date(last.dueAt).toISOString(), id: last.id })
          : null,
    };
  }

  /** Completes a task once, and records it on the constituent's timeline in the same transaction. */
  async complete(actor: Actor, id: string, outcome: string | null): Promise<TaskView> {
    await this.db.transaction(async (tx) => {
      const done = await this.tasks.complete(tx, {
        tenantId: actor.tenantId,
        id,
        userId: actor.userId,
        outcome,
      });
      if (!done) {
        if (await this.tasks.findById(actor.tenantId, id))
          throw new Conflict('this task is already completed');
        throw new NotFound('task', id);
      }
      await this.timeline.append(tx, [
        {
          tenantId: actor.tenantId,
          constituentId: done.constituentId,
          kind: 'task',
          department: 'development',
          occurredAt: done.completedAt,
          summary: `${done.title}: done${outcome ? ` (${outcome})` : ''}`,
          subjectType: 'task',
          subjectId: id,
          details: { kind: done.kind },
        },
      ]);
    });
    return this.get(actor, id);
  }
}

function toView(t: TaskRow | (Task & { constituentName: string })): TaskView {
  return {
    id: t.id,
    kind: t.kind,
    title: t.title,
    details: t.details,
    constituentId: t.constituentId,
    constituentName: t.constituentName,
    giftId: t.giftId,
    ownerId: t.ownerId,
    dueAt: t.dueAt,
    overdue: !t.completedAt && new Date(t.dueAt).getTime() < Date.now(),
    completedAt: t.completedAt,
    completedBy: t.completedBy,
    outcome: t.outcome,
    createdAt: t.createdAt,
  };
}
