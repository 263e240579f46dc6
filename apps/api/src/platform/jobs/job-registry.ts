import { Inject, Injectable, type OnModuleInit, type Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { AnyJobHandlerSet } from './job-handlers';
import type { JobSchedule } from './job-schedule';

/** The app's job handler sets, as app.jobs.ts lists them. */
export const JOB_HANDLER_SETS = Symbol('JobHandlerSets');

/** The app's jobs do not add up: a job with no handler, or with two. Found at boot, before any job runs. */
export class JobCompositionError extends Error {
  override readonly name = 'JobCompositionError';
}

export interface RegisteredJob {
  name: string;
  handler: (payload: unknown) => Promise<void>;
  /** The handler set it comes from, for messages. */
  handledBy: string;
}

/**
 * Every job of the app, with its one handler, and every schedule: composed at boot from the handler
 * sets the areas' modules provide. Types already make a job without a handler fail to compile; this
 * catches what types cannot see: a set listed but provided by no module the app imports, a job two
 * sets claim, a schedule of a job that nothing handles.
 */
@Injectable()
export class JobRegistry implements OnModuleInit {
  private readonly jobs = new Map<string, RegisteredJob>();
  private readonly scheduled: JobSchedule[] = [];

  constructor(
    @Inject(JOB_HANDLER_SETS) private readonly sets: readonly Type<AnyJobHandlerSet>[],
    private readonly modules: ModuleRef,
  ) {}

  onModuleInit(): void {
    const seen = new Set<Type<AnyJobHandlerSet>>();
    for (const set of this.sets) {
      if (seen.has(set)) throw new JobCompositionError(`${set.name} is listed twice among the app's jobs`);
      seen.add(set);
      this.register(set.name, this.instanceOf(set));
    }
    for (const schedule of this.scheduled) {
      if (!this.jobs.has(schedule.job)) {
        throw new JobCompositionError(`job '${schedule.job}' is scheduled, but no handler set handles it`);
      }
    }
  }

  /** Every job, by name. */
  get all(): ReadonlyMap<string, RegisteredJob> {
    return this.jobs;
  }

  get schedules(): readonly JobSchedule[] {
    return this.scheduled;
  }

  private instanceOf(set: Type<AnyJobHandlerSet>): AnyJobHandlerSet {
    try {
      return this.modules.get(set, { strict: false });
    } catch {
      throw new JobCompositionError(
        `the jobs of ${set.name} have no handler: no module the app imports provides ${set.name}. ` +
          `Add it to the providers of its area's module, and import that module in AppModule.`,
      );
    }
  }

  private register(handledBy: string, set: AnyJobHandlerSet): void {
    for (const [name, handler] of Object.entries(set.handlers) as [string, unknown][]) {
      if (typeof handler !== 'function') {
        throw new JobCompositionError(`job '${name}' has no handler: ${handledBy} declares it without one`);
      }
      const claimed = this.jobs.get(name);
      if (claimed) {
        throw new JobCompositionError(
          `job '${name}' has two handlers, in ${claimed.handledBy} and in ${handledBy}: ` +
            'each job must have exactly one',
        );
      }
      this.jobs.set(name, {
        name,
        handler: (payload) => (handler as (p: unknown) => Promise<void>).call(set.handlers, payload),
        handledBy,
      });
    }
    this.scheduled.push(...(set.schedules ?? []));
  }
}
