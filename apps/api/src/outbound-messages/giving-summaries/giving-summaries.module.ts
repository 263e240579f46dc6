import { Module } from '@nestjs/common';
import {
  GivingSummaryPlanner,
  GivingSummarySender,
  TemplateResolver,
  type MailTransport,
} from '@steward/notifications';
import { DataSource } from 'typeorm';
import { STEWARD_CONFIG, type StewardConfig } from '../../config/config';
import { deliveryOptions } from '../delivery/delivery-options';
import { JobsModule } from '../../platform/jobs/jobs.module';
import { MAIL_TRANSPORT } from '../../platform/mail/mail-transport';
import { MailModule } from '../../platform/mail/mail.module';
import { TemplatesModule } from '../templates/templates.module';
import { UnsubscribeLinks } from '../../unsubscribe/unsubscribe-links';
import { UnsubscribeModule } from '../../unsubscribe/unsubscribe.module';
import { GivingSummariesController } from './giving-summaries.controller';
import { GivingSummariesService } from './giving-summaries.service';
import { GivingSummaryJobs, GivingSummaryPlanBatches, GivingSummarySends } from './giving-summary.jobs';

/**
 * Giving summaries (monthly installment summaries, year-end statements): the API, the planner, the
 * sender (libs/notifications) wired to the mail transport, and their jobs and schedule.
 */
@Module({
  imports: [JobsModule, MailModule, TemplatesModule, UnsubscribeModule],
  controllers: [GivingSummariesController],
  providers: [
    GivingSummariesService,
    GivingSummarySends,
    GivingSummaryPlanBatches,
    GivingSummaryJobs,
    {
      provide: GivingSummarySender,
      inject: [
        DataSource,
        MAIL_TRANSPORT,
        GivingSummarySends,
        STEWARD_CONFIG,
        UnsubscribeLinks,
        TemplateResolver,
      ],
      useFactory: async (
        db: DataSource,
        transport: MailTransport,
        sends: GivingSummarySends,
        config: StewardConfig,
        links: UnsubscribeLinks,
        templates: TemplateResolver,
      ) => {
        await links.ready();
        return new GivingSummarySender(
          db,
          transport,
          sends,
          deliveryOptions(config, links, templates, 'GivingSummaries'),
        );
      },
    },
    {
      provide: GivingSummaryPlanner,
      inject: [DataSource, GivingSummarySends, GivingSummaryPlanBatches],
      useFactory: (db: DataSource, sends: GivingSummarySends, batches: GivingSummaryPlanBatches) =>
        new GivingSummaryPlanner(db, sends, batches),
    },
  ],
  exports: [GivingSummarySends],
})
export class GivingSummariesModule {}
