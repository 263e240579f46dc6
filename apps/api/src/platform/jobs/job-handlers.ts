import type { Type } from '@nestjs/common';
import type { JobName, JobPayloads } from './job-payloads';
import type { JobSchedule } from './job-schedule';

export type JobHandler<N extends JobName> = (payload: JobPayloads[N]) => Promise<void>;

/** One handler for each of these jobs: leaving one out does not compile. */
export type JobHandlerMap<N extends JobName> = { readonly [K in N]: JobHandler<K> };

/**
 * An area's jobs: a provider of the area's module that handles some jobs, and may schedule some of
 * them. The app lists every set in app.jobs.ts; at boot each job must have exactly one handler.
 */
export interface JobHandlerSet<N extends JobName> {
  readonly handlers: JobHandlerMap<N>;
  readonly schedules?: readonly JobSchedule<N>[];
}

/** Any area's set, whichever jobs it handles. */
export interface AnyJobHandlerSet {
  readonly handlers: object;
  readonly schedules?: readonly JobSchedule[];
}

type HandledBy<Set> = Set extends Type<{ readonly handlers: infer Handlers }> ? keyof Handlers : never;

/** The jobs of the registry that none of these sets handles. */
export type UnhandledJobs<Sets extends readonly Type<AnyJobHandlerSet>[]> = Exclude<
  JobName,
  HandledBy<Sets[number]>
>;

/**
 * The app's job handler sets, checked at compile time: while a job of `JobPayloads` is handled by
 * none of them, the call does not compile, and the error names the job (`missingHandlersFor`).
 */
export function everyJobHandled<const Sets extends readonly Type<AnyJobHandlerSet>[]>(
  sets: Sets &
    // The template literal spells the missing names out in the error, where the alias would hide them.
    ([UnhandledJobs<Sets>] extends [never]
      ? unknown
      : { readonly missingHandlersFor: `${UnhandledJobs<Sets>}` }),
): Sets {
  return sets;
}
