import { Logger, type Provider } from '@nestjs/common';
import { JOB_QUEUE, type JobQueue } from '@steward/domain';
import {
  GivingSummaryPlanner,
  GivingSummarySender,
  monthPeriod,
  periodStarting,
  previousMonth,
  TemplateResolver,
  type MailTransport,
} from '@steward/notifications';
import { DataSource } from 'typeorm';
import { STEWARD_CONFIG, type StewardConfig } from '../config/config';
import { deliveryOptions } from '../acknowledgements/delivery-options';
import type { JobHandlers } from '../jobs/job-handlers';
import { UnsubscribeLinks } from '../unsubscribe/unsubscribe-links';

/**
 * The sender and planner of giving summaries. Provided by the acknowledgements module, which owns the
 * mail transport and the job handlers; the token is passed in so the two files do not import each other.
 */
export function givingSummaryProviders(mailTransport: symbol): Provider[] {
  return [
    {
      provide: GivingSummarySender,
      inject: [DataSource, mailTransport, JOB_QUEUE, STEWARD_CONFIG, UnsubscribeLinks, TemplateResolver],
      useFactory: async (
        db: DataSource,
        transport: MailTransport,
        queue: JobQueue,
        config: StewardConfig,
        links: UnsubscribeLinks,
        templates: TemplateResolver,
      ) => {
        await links.ready();
        return new GivingSummarySender(
          db,
          transport,
          queue,
          deliveryOptions(config, links, templates, 'GivingSummaries'),
        );
      },
    },
    {
      provide: GivingSummaryPlanner,
      inject: [DataSource, JOB_QUEUE],
      useFactory: (db: DataSource, queue: JobQueue) => new GivingSummaryPlanner(db, queue),
    },
  ];
}

type GivingSummaryJobs = Pick<
  JobHandlers,
  'giving-summary.send' | 'giving-summary.plan-month' | 'giving-summary.plan-batch'
>;

export function givingSummaryJobHandlers(
  sender: GivingSummarySender,
  planner: GivingSummaryPlanner,
): GivingSummaryJobs {
  const logger = new Logger('GivingSummaries');
  return {
    'giving-summary.send': async ({ tenantId, givingSummaryId }) => {
      await sender.send(tenantId, givingSummaryId);
    },
    // The crontab's run on the 1st summarizes the month before the scheduled time (not "now": a
    // backfilled run after downtime still plans the month it was meant for).
    'giving-summary.plan-month': async ({ month, _cron }) => {
      const period = month ? monthPeriod(month) : previousMonth(_cron ? new Date(_cron.ts) : new Date());
      const tenants = await planner.planEveryTenant(period);
      logger.log({ msg: 'monthly giving summaries scheduled', periodStart: period.start, tenants });
    },
    'giving-summary.plan-batch': async ({ tenantId, period, start, after }) => {
      const result = await planner.planBatch(tenantId, periodStarting(period, start), after);
      logger.log({
        msg: 'giving summaries planned',
        periodStart: start,
        planned: result.planned,
        suppressed: result.suppressed,
        complete: result.complete,
      });
    },
  };
}
