import { Module } from '@nestjs/common';
import { AcknowledgementSender, TemplateResolver, type MailTransport } from '@steward/notifications';
import { DataSource } from 'typeorm';
import { STEWARD_CONFIG, type StewardConfig } from '../../../config/config';
import { deliveryOptions } from '../../delivery/delivery-options';
import { GivingSummariesModule } from '../../giving-summaries/giving-summaries.module';
import { GivingSummarySends } from '../../giving-summaries/giving-summary.jobs';
import { JobsModule } from '../../../platform/jobs/jobs.module';
import { MAIL_TRANSPORT } from '../../../platform/mail/mail-transport';
import { MailModule } from '../../../platform/mail/mail.module';
import { TemplatesModule } from '../../templates/templates.module';
import { UnsubscribeLinks } from '../../../unsubscribe/unsubscribe-links';
import { UnsubscribeModule } from '../../../unsubscribe/unsubscribe.module';
import { AcknowledgementJobs, AcknowledgementSends } from './acknowledgement.jobs';

/**
 * Sending acknowledgements: the sender (libs/notifications) wired to the mail transport, the
 * tenant's templates and unsubscribe links, and the `acknowledgement.send` job that runs it.
 */
@Module({
  // Giving summaries: a sent personal thank-you releases the summaries waiting for it.
  imports: [JobsModule, MailModule, TemplatesModule, UnsubscribeModule, GivingSummariesModule],
  providers: [
    AcknowledgementSends,
    AcknowledgementJobs,
    {
      provide: AcknowledgementSender,
      inject: [
        DataSource,
        MAIL_TRANSPORT,
        AcknowledgementSends,
        GivingSummarySends,
        STEWARD_CONFIG,
        UnsubscribeLinks,
        TemplateResolver,
      ],
      useFactory: async (
        db: DataSource,
        transport: MailTransport,
        sends: AcknowledgementSends,
        summarySends: GivingSummarySends,
        config: StewardConfig,
        links: UnsubscribeLinks,
        templates: TemplateResolver,
      ) => {
        await links.ready();
        return new AcknowledgementSender(
          db,
          transport,
          sends,
          summarySends,
          deliveryOptions(config, links, templates, 'Acknowledgements'),
        );
      },
    },
  ],
  exports: [AcknowledgementSender, AcknowledgementSends],
})
export class AcknowledgementSendingModule {}
