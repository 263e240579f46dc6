import { Logger, type Provider } from '@nestjs/common';
import { JOB_QUEUE, type JobQueue } from '@steward/domain';
import {
  GivingSummaryPlanner,
  GivingSummarySender,
  monthPeriod,
  previousMonth,
  TemplateResolver,
  type MailTransport,
} from '@steward/notifications';
import { DataSource } from 'typeorm';
import { STEWARD_CONFIG, type StewardConfig } from '../config/config';
import { deliveryOptions } from '../delivery/delivery-options';
import type { JobHandlers } from '../platform/jobs/job-handlers';
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

type GivingSummaryJobs = Pick<JobHandlers, 'giving-summary.send' | 'giving-summary.plan-month'>;

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
      const results = await planner.planEveryTenant(period);
      logger.log({
        msg: 'monthly giving summaries planned',
        periodStart: period.start,
        tenants: results.length,
        planned: results.reduce((n, r) => n + r.planned, 0),
        suppressed: results.reduce((n, r) => n + r.suppressed, 0),
      });
    },
  };
}
