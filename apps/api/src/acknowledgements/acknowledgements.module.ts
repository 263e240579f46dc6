import { Inject, Logger, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { JOB_QUEUE, type JobQueue } from '@steward/domain';
import {
  AcknowledgementRepository,
  AcknowledgementSender,
  CaptureMailTransport,
  GivingSummaryPlanner,
  GivingSummarySender,
  SmtpMailTransport,
  type MailTransport,
} from '@steward/notifications';
import { DataSource } from 'typeorm';
import { STEWARD_CONFIG, type StewardConfig } from '../config/config';
import {
  givingSummaryJobHandlers,
  givingSummaryProviders,
} from '../giving-summaries/giving-summary.providers';
import { JOB_HANDLERS, type JobHandlers } from '../jobs/job-handlers';
import { CapturedMailRepository } from '../mail/captured-mail.repository';
import { MailModule } from '../mail/mail.module';
import { UnsubscribeLinks } from '../unsubscribe/unsubscribe-links';
import { UnsubscribeModule } from '../unsubscribe/unsubscribe.module';
import { ReviewController } from './review/review.controller';
import { ReviewRepository } from './review/review.repository';
import { ReviewService } from './review/review.service';

export const MAIL_TRANSPORT = Symbol('MailTransport');

/**
 * Wires libs/notifications into the app: the mail transport chosen by configuration, the sender that
 * handles `acknowledgement.send` jobs, and the sweeper for sends a crashed worker left behind.
 */
@Module({
  imports: [MailModule, UnsubscribeModule],
  controllers: [ReviewController],
  providers: [
    ReviewRepository,
    ReviewService,
    {
      provide: MAIL_TRANSPORT,
      inject: [STEWARD_CONFIG, CapturedMailRepository],
      useFactory: (config: StewardConfig, captured: CapturedMailRepository): MailTransport =>
        config.mail.driver === 'smtp'
          ? new SmtpMailTransport(config.mail.smtpUrl as string)
          : new CaptureMailTransport((message) => captured.store(message)),
    },
    {
      provide: AcknowledgementSender,
      inject: [DataSource, MAIL_TRANSPORT, JOB_QUEUE, STEWARD_CONFIG, UnsubscribeLinks],
      useFactory: async (
        db: DataSource,
        transport: MailTransport,
        queue: JobQueue,
        config: StewardConfig,
        links: UnsubscribeLinks,
      ) => {
        const logger = new Logger('Acknowledgements');
        await links.ready();
        return new AcknowledgementSender(db, transport, queue, {
          from: config.mail.from,
          unsubscribeUrl: (tenantId, constituentId) => links.urlFor(tenantId, constituentId),
          retry: {
            maxAttempts: config.acknowledgements.maxAttempts,
            baseDelayMs: config.acknowledgements.retryBaseMs,
            maxDelayMs: 60 * 60_000,
          },
          logger: {
            log: (m, c) => logger.log({ ...c, msg: m }),
            warn: (m, c) => logger.warn({ ...c, msg: m }),
          },
        });
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
export class AcknowledgementsModule implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('AcknowledgementSweeper');
  private sweeper?: NodeJS.Timeout;
  private readonly acknowledgements: AcknowledgementRepository;

  constructor(
    @Inject(STEWARD_CONFIG) private readonly config: StewardConfig,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    private readonly db: DataSource,
  ) {
    this.acknowledgements = new AcknowledgementRepository(db);
  }

  onModuleInit(): void {
    if (this.config.role === 'api') return;
    this.sweeper = setInterval(() => void this.sweep(), 60_000);
    this.sweeper.unref();
  }

  /** Holds sends abandoned mid-flight, and re-queues rows whose job went missing (the claim dedupes). */
  async sweep(): Promise<void> {
    try {
      const held = await this.acknowledgements.holdAbandonedSends(
        this.config.acknowledgements.sendingLeaseSeconds,
      );
      if (held > 0) this.logger.warn(`held ${held} acknowledgement(s) whose send outcome is unknown`);
      const lost = await this.acknowledgements.findOverdueUnclaimed(600, 500);
      if (lost.length > 0) {
        await this.db.transaction(async (tx) => {
          for (const a of lost) {
            await this.queue.enqueue(tx, 'acknowledgement.send', {
              tenantId: a.tenantId,
              acknowledgementId: a.id,
            });
          }
        });
        this.logger.warn(`re-queued ${lost.length} overdue acknowledgement(s)`);
      }
    } catch (error) {
      this.logger.error({ err: error }, 'acknowledgement sweep failed');
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.sweeper) clearInterval(this.sweeper);
    await this.transport.close();
  }
}
