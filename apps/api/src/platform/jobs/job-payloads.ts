/**
 * Every job's name and the type of its payload: the one registry the queue and the handlers are typed
 * by. It is empty here on purpose. Each product area adds its own jobs in its `*.jobs.ts`, next to
 * their handlers, by declaration merging:
 *
 *   declare module '../platform/jobs/job-payloads' {
 *     interface JobPayloads {
 *       'area.do-something': { tenantId: string; somethingId: string };
 *     }
 *   }
 *
 * The app's composition (app.jobs.ts) does not compile while a job declared here has no handler.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the areas
export interface JobPayloads {}

export type JobName = keyof JobPayloads;

/** What Graphile's crontab adds to the payload of each run it schedules. */
export interface ScheduledRun {
  _cron?: { ts: string; backfilled?: boolean };
}
