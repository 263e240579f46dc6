import type { JobName } from './job-payloads';

/**
 * When the worker adds a job by itself, without anything enqueuing it. Either way each due run is
 * added once across all worker processes, however many there are.
 * - `cron`: Graphile Worker's crontab (UTC, minute resolution). A run missed while no worker was up,
 *   and at most `backfillMs` old, is still made once when a worker starts.
 * - `everySeconds`: for periods under a minute, which the crontab cannot express. One job under a
 *   fixed job key, which adds its own next run when it starts (so a run that fails or is cut short
 *   does not break the chain); every worker start adds it again if it went missing.
 */
export type JobSchedule<N extends JobName = JobName> =
  { job: N; cron: string; backfillMs?: number } | { job: N; everySeconds: number };
