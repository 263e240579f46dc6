import type { JobName, JobPayloads } from '@steward/domain';

export type JobHandler<N extends JobName> = (payload: JobPayloads[N]) => Promise<void>;

/** Every job name must have exactly one handler: the worker refuses to start otherwise. */
export type JobHandlers = { [N in JobName]: JobHandler<N> };

export const JOB_HANDLERS = Symbol('JobHandlers');
