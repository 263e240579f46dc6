import type { EntityManager } from 'typeorm';
import type { JobName, JobPayloads } from './job-payloads';

export interface EnqueueOptions {
  runAt?: Date;
  maxAttempts?: number;
}

/**
 * The job queue seen by the rest of the code. Jobs are enqueued inside the caller's transaction
 * (a transactional outbox): the job exists if and only if the row that caused it committed.
 */
export interface JobQueue {
  enqueue<N extends JobName>(
    tx: EntityManager,
    name: N,
    payload: JobPayloads[N],
    options?: EnqueueOptions,
  ): Promise<void>;

  /** Many jobs of one kind in one round trip (a year-end plan queues every donor at once). */
  enqueueMany<N extends JobName>(
    tx: EntityManager,
    name: N,
    payloads: JobPayloads[N][],
    options?: EnqueueOptions,
  ): Promise<void>;
}

export const JOB_QUEUE = Symbol('JobQueue');
