import { sql, type RawBuilder } from 'kysely';
import type { JobName, JobPayloads } from './job-payloads';
import type { EnqueueOptions, JobQueue, SqlExecutor } from './job-queue';

/**
 * Graphile Worker's `add_job` is a SQL function, so a job is added by the caller's own transaction:
 * it commits or rolls back with the gift (docs/JOBS.md says why this queue was chosen).
 */
export class GraphileJobQueue implements JobQueue {
  async enqueue<N extends JobName>(
    tx: SqlExecutor,
    name: N,
    payload: JobPayloads[N],
    options: EnqueueOptions = {},
  ): Promise<void> {
    await tx.query(
      'SELECT graphile_worker.add_job($1, $2::json, run_at => $3, max_attempts => $4, job_key => $5)',
      [
        name,
        JSON.stringify(payload),
        options.runAt ?? null,
        options.maxAttempts ?? 10,
        options.jobKey ?? null,
      ],
    );
  }

  async enqueueMany<N extends JobName>(
    tx: SqlExecutor,
    name: N,
    payloads: JobPayloads[N][],
    options: EnqueueOptions = {},
  ): Promise<void> {
    if (payloads.length === 0) return;
    if (payloads.length === 1) return this.enqueue(tx, name, payloads[0], options);
    await tx.query(
      `SELECT count(*) FROM graphile_worker.add_jobs(ARRAY(
         SELECT ROW($1, p, NULL, $3::timestamptz, $4::int, NULL, NULL, NULL)::graphile_worker.job_spec
           FROM json_array_elements($2::json) p))`,
      [name, JSON.stringify(payloads), options.runAt ?? null, options.maxAttempts ?? 10],
    );
  }

  enqueueManyWithin<N extends JobName>(
    name: N,
    payloads: JobPayloads[N][],
    options: Omit<EnqueueOptions, 'jobKey'> = {},
  ): RawBuilder<number> {
    // A scalar subquery: evaluated once where it stands, whatever the statement around it returns. One
    // job goes through add_job, as enqueueMany sends it.
    if (payloads.length === 1) {
      return sql<number>`(SELECT count(*)::int FROM graphile_worker.add_job(${name}, ${JSON.stringify(payloads[0])}::json,
        run_at => ${options.runAt ?? null}::timestamptz, max_attempts => ${options.maxAttempts ?? 10}::int))`;
    }
    return sql<number>`(SELECT count(*)::int FROM graphile_worker.add_jobs(ARRAY(
      SELECT ROW(${name}, p, NULL, ${options.runAt ?? null}::timestamptz, ${options.maxAttempts ?? 10}::int,
                 NULL, NULL, NULL)::graphile_worker.job_spec
        FROM json_array_elements(${JSON.stringify(payloads)}::json) p)))`;
  }
}
