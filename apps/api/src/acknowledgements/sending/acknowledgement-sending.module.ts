import { Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { JOB_QUEUE, type JobQueue } from '@steward/domain';
import {
  AcknowledgementSender,
  CaptureMailTransport,
  GivingSummaryPlanner,
  GivingSummarySender,
  MessageTemplateRepository,
  SmtpMailTransport,
  TemplateResolver,
  type MailTransport,
} from '@steward/notifications';
import { DataSource } from 'typeorm';
import { STEWARD_CONFIG, type StewardConfig } from '../../config/config';
import { givingSummaryJobHandlers, givingSummaryProviders } from '../../giving-summaries/giving-summary.jobs';
import { JOB_HANDLERS, type JobHandlers } from '../../platform/jobs/job-handlers';
import { CapturedMailRepository } from '../../platform/mail/captured-mail.repository';
import { CapturedMailModule } from '../../captured-mail/captured-mail.module';
import { UnsubscribeLinks } from '../../unsubscribe/unsubscribe-links';
import { UnsubscribeModule } from '../../unsubscribe/unsubscribe.module';
import { deliveryOptions } from '../../delivery/delivery-options';
import { DeliverySweeper } from '../../delivery/delivery-sweeper';
import { ReviewController } from '../review/review.controller';
import { ReviewRepository } from '../review/review.repository';
import { ReviewService } from '../review/review.service';

export const MAIL_TRANSPORT = Symbol('MailTransport');

/**
 * Wires libs/notifications into the app: the mail transport chosen by configuration, the sender that
 * handles `acknowledgement.send` jobs, and the sweeper for sends a crashed worker left behind.
 */
@Module({
  imports: [CapturedMailModule, UnsubscribeModule],
  controllers: [ReviewController],
  providers: [
    DeliverySweeper,
    ReviewRepository,
    ReviewService,
    {
      provide: MAIL_TRANSPORT,
      inject: [STEWARD_CONFIG, CapturedMailRepository],
      useFactory: (config: StewardConfig, captured: CapturedMailRepository): MailTransport =>
        config.mail.driver === 'smtp'
          ? new SmtpMailTransport(config.mail.smtpUrl as string, { sendTimeoutMs: config.mail.sendTimeoutMs })
          : new CaptureMailTransport((message) => captured.store(message)),
    },
    {
      // One resolver for every sender: compiled templates are cached once per process.
      provide: TemplateResolver,
      inject: [DataSource],
      useFactory: (db: DataSource) => new TemplateResolver(new MessageTemplateRepository(db)),
    },
    {
      provide: AcknowledgementSender,
      inject: [DataSource, MAIL_TRANSPORT, JOB_QUEUE, STEWARD_CONFIG, UnsubscribeLinks, TemplateResolver],
      useFactory: async (
        db: DataSource,
        transport: MailTransport,
        queue: JobQueue,
        config: StewardConfig,
        links: UnsubscribeLinks,
        templates: TemplateResolver,
      ) => {
        await links.ready();
        return new AcknowledgementSender(
          db,
          transport,
          queue,
          deliveryOptions(config, links, templates, 'Acknowledgements'),
        );
      },
    },
    ...givingSummaryProviders(MAIL_TRANSPORT),
    {
      provide: JOB_HANDLERS,
      inject: [AcknowledgementSender, GivingSummarySender, GivingSummaryPlanner],
      useFactory: (
        sender: AcknowledgementSender,
        summaries: GivingSummarySender,
        planner: GivingSummaryPlanner,
      ): JobHandlers => ({
        'acknowledgement.send': async ({ tenantId, acknowledgementId }) => {
          await sender.send(tenantId, acknowledgementId);
        },
        ...givingSummaryJobHandlers(summaries, planner),
      }),
    },
  ],
  exports: [JOB_HANDLERS, AcknowledgementSender, GivingSummaryPlanner],
})
export class AcknowledgementsModule implements OnApplicationShutdown {
  constructor(@Inject(MAIL_TRANSPORT) private readonly transport: MailTransport) {}

  async onApplicationShutdown(): Promise<void> {
    await this.transport.close();
  }
}
