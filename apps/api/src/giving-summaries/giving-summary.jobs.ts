import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  GivingSummaryPlanner,
  GivingSummarySender,
  monthPeriod,
  previousMonth,
  type OutboundMessageRef,
  type SendQueue,
} from '@steward/notifications';
import type { EntityManager } from 'typeorm';
import type { JobHandlerMap, JobHandlerSet } from '../platform/jobs/job-handlers';
import type { ScheduledRun } from '../platform/jobs/job-payloads';
import { JOB_QUEUE, type EnqueueOptions, type JobQueue } from '../platform/jobs/job-queue';
import type { JobSchedule } from '../platform/jobs/job-schedule';

declare module '../platform/jobs/job-payloads' {
  interface JobPayloads {
    /** Claims, renders (with the PDF for a year) and sends one summary; any number of runs send it once. */
    'giving-summary.send': { tenantId: string; givingSummaryId: string };
    /** Plans a month's installment summaries for every tenant; `month` ("YYYY-MM") overrides the default. */
    'giving-summary.plan-month': { month?: string } & ScheduledRun;
  }
}

type GivingSummaryJob = 'giving-summary.send' | 'giving-summary.plan-month';

/** The jobs of giving summaries: sending one, and planning last month's on the 1st. */
@Injectable()
export class GivingSummaryJobs implements JobHandlerSet<GivingSummaryJob> {
  private readonly logger = new Logger('GivingSummaries');

  constructor(
    private readonly sender: GivingSummarySender,
    private readonly planner: GivingSummaryPlanner,
  ) {}

  readonly handlers: JobHandlerMap<GivingSummaryJob> = {
    'giving-summary.send': async ({ tenantId, givingSummaryId }) => {
      await this.sender.send(tenantId, givingSummaryId);
    },
    // The crontab's run on the 1st summarizes the month before the scheduled time (not "now": a
    // backfilled run after downtime still plans the month it was meant for).
    'giving-summary.plan-month': async ({ month, _cron }) => {
      const period = month ? monthPeriod(month) : previousMonth(_cron ? new Date(_cron.ts) : new Date());
      const results = await this.planner.planEveryTenant(period);
      this.logger.log({
        msg: 'monthly giving summaries planned',
        periodStart: period.start,
        tenants: results.length,
        planned: results.reduce((n, r) => n + r.planned, 0),
        suppressed: results.reduce((n, r) => n + r.suppressed, 0),
      });
    },
  };

  readonly schedules: readonly JobSchedule<GivingSummaryJob>[] = [
    // Last month's installment summaries, early on the 1st; planning is idempotent, so a late run is harmless.
    { job: 'giving-summary.plan-month', cron: '0 6 1 * *', backfillMs: 3 * 24 * 60 * 60_000 },
  ];
}

/** Queues `giving-summary.send` jobs: the planner's, the sender's retries, the sweeper's re-queues. */
@Injectable()
export class GivingSummarySends implements SendQueue {
  constructor(@Inject(JOB_QUEUE) private readonly queue: JobQueue) {}

  queueSends(tx: EntityManager, messages: readonly OutboundMessageRef[], options?: EnqueueOptions) {
    return this.queue.enqueueMany(
      tx,
      'giving-summary.send',
      messages.map((m) => ({ tenantId: m.tenantId, givingSummaryId: m.id })),
      options,
    );
  }
}
