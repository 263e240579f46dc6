import type { JobName } from '@steward/domain';

/** A job the worker adds on a clock (UTC, crontab syntax), named and typed like every other job. */
export interface ScheduledJob {
  name: JobName;
  match: string;
  /** After downtime, a missed run this recent is still made (once) when the worker starts. */
  backfillMs: number;
}

export const JOB_SCHEDULE: ScheduledJob[] = [
  // Last month's installment summaries, early on the 1st; planning is idempotent, so a late run is harmless.
  { name: 'giving-summary.plan-month', match: '0 6 1 * *', backfillMs: 3 * 24 * 60 * 60_000 },
];
