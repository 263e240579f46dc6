import type { RawBuilder } from 'kysely';
import type { JobName, JobPayloads } from './job-payloads';

export interface EnqueueOptions {
  runAt?: Date;
  maxAttempts?: number;
  /** At most one pending job per key: adding a job whose key is pending replaces it (enqueue only). */
  jobKey?: string;
}

/**
 * What a job is enqueued through: the caller's transaction, whatever runs its statements (a tenant
 * scope's unit of work, or a TypeORM EntityManager in code not yet moved to the scope).
 */
export interface SqlExecutor {
  query(text: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * What a job is enqueued through: the caller's transaction, whatever runs its statements (a tenant
 * scope's unit of work, or a TypeORM EntityManager in code not yet moved to the scope).
 */
export interface SqlExecutor {
  query(text: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * The job queue seen by the rest of the code. Jobs are enqueued inside the caller's transaction
 * (a transactional outbox): the job exists if and only if the row that caused it committed.
 */
export interface JobQueue {
  enqueue<N extends JobName>(
    tx: SqlExecutor,
    name: N,
    payload: JobPayloads[N],
    options?: EnqueueOptions,
  ): Promise<void>;

  /** Many jobs of one kind in one round trip (a year-end plan queues every donor at once). */
  enqueueMany<N extends JobName>(
    tx: SqlExecutor,
    name: N,
    payloads: JobPayloads[N][],
    options?: EnqueueOptions,
  ): Promise<void>;

  /**
   * The same as enqueueMany, as an expression (the number of jobs added) for a caller to fold into one of
   * its own statements: the jobs are added by that statement, in its transaction, with no round trip of
   * their own (gift recording adds its thank-yous' jobs so).
   */
  enqueueManyWithin<N extends JobName>(
    name: N,
    payloads: JobPayloads[N][],
    options?: Omit<EnqueueOptions, 'jobKey'>,
  ): RawBuilder<number>;
}

export const JOB_QUEUE = Symbol('JobQueue');
