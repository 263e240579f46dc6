import type { EntityManager } from 'typeorm';

/** Names of background jobs and their payloads; a worker registers exactly one handler per name. */
export interface JobPayloads {
  'acknowledgement.send': { tenantId: string; acknowledgementId: string };
  'giving-summary.send': { tenantId: string; givingSummaryId: string };
  /** Scheduled on the 1st (the worker's crontab adds `_cron`); `month` ("YYYY-MM") overrides the default. */
  'giving-summary.plan-month': { month?: string; _cron?: { ts: string; backfilled?: boolean } };
  /**
   * One batch of a tenant's plan for a period (`start` its first day): the donors after `after` in id
   * order, up to the batch size. A full batch adds the next one in its own transaction.
   */
  'giving-summary.plan-batch': {
    tenantId: string;
    period: 'month' | 'year';
    start: string;
    after: string | null;
  };
}
export type JobName = keyof JobPayloads;

export interface EnqueueOptions {
  runAt?: Date;
  maxAttempts?: number;
  /** At most one pending job per key: adding a job whose key is pending replaces it (enqueue only). */
  jobKey?: string;
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
