import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  GivingSummaryPlanner,
  GivingSummarySender,
  monthPeriod,
  periodStarting,
  previousMonth,
  type OutboundMessageRef,
  type PlanBatch,
  type PlanBatchQueue,
  type SendQueue,
  type StatementRunner,
} from '@steward/notifications';
import type { JobHandlerMap, JobHandlerSet } from '../../platform/jobs/job-handlers';
import type { ScheduledRun } from '../../platform/jobs/job-payloads';
import { JOB_QUEUE, type EnqueueOptions, type JobQueue } from '../../platform/jobs/job-queue';
import type { JobSchedule } from '../../platform/jobs/job-schedule';

declare module '../../platform/jobs/job-payloads' {
  interface JobPayloads {
    /** Claims, renders (with the PDF for a year) and sends one summary; any number of runs send it once. */
    'giving-summary.send': { tenantId: string; givingSummaryId: string };
    /** Plans a month's installment summaries for every tenant; `month` ("YYYY-MM") overrides the default. */
    'giving-summary.plan-month': { month?: string } & ScheduledRun;
    /**
     * One batch of a tenant's plan for a period (`start` its first day): the donors after `after` in id
     * order, up to the batch size. A full batch adds the next one in its own transaction.
     */
    'giving-summary.plan-batch': PlanBatch;
  }
}

type GivingSummaryJob = 'giving-summary.send' | 'giving-summary.plan-month' | 'giving-summary.plan-batch';

/** The jobs of giving summaries: sending one, planning last month's on the 1st, a batch at a time. */
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
      const tenants = await this.planner.planEveryTenant(period);
      this.logger.log({ msg: 'monthly giving summaries scheduled', periodStart: period.start, tenants });
    },
    'giving-summary.plan-batch': async ({ tenantId, period, start, after }) => {
      const result = await this.planner.planBatch(tenantId, periodStarting(period, start), after);
      this.logger.log({
        msg: 'giving summaries planned',
        periodStart: start,
        planned: result.planned,
        suppressed: result.suppressed,
        complete: result.complete,
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

  queueSends(tx: StatementRunner, messages: readonly OutboundMessageRef[], options?: EnqueueOptions) {
    return this.queue.enqueueMany(
      tx,
      'giving-summary.send',
      messages.map((m) => ({ tenantId: m.tenantId, givingSummaryId: m.id })),
      options,
    );
  }
}

/** Queues `giving-summary.plan-batch` jobs, one pending job per batch (a job key). */
@Injectable()
export class GivingSummaryPlanBatches implements PlanBatchQueue {
  constructor(@Inject(JOB_QUEUE) private readonly queue: JobQueue) {}

  queueBatch(tx: StatementRunner, batch: PlanBatch) {
    return this.queue.enqueue(tx, 'giving-summary.plan-batch', batch, {
      jobKey: `giving-summary.plan:${batch.tenantId}:${batch.period}:${batch.start}:${batch.after ?? 'first'}`,
    });
  }
}
