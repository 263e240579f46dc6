import { Inject, Logger, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { JOB_QUEUE, type JobQueue } from '@steward/domain';
import { GivingSummaryRepository } from '@steward/notifications';
import { DataSource } from 'typeorm';
import { AcknowledgementsModule } from '../acknowledgements/acknowledgements.module';
import { STEWARD_CONFIG, type StewardConfig } from '../config/config';
import { GivingSummariesController } from './giving-summaries.controller';
import { GivingSummariesService } from './giving-summaries.service';

/**
 * The API of giving summaries, and their sweeper. The sender, the planner and the job handlers are
 * provided by the acknowledgements module (see giving-summary.providers.ts).
 */
@Module({
  imports: [AcknowledgementsModule],
  controllers: [GivingSummariesController],
  providers: [GivingSummariesService],
})
export class GivingSummariesModule implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('GivingSummarySweeper');
  private readonly summaries: GivingSummaryRepository;
  private sweeper?: NodeJS.Timeout;

  constructor(
    @Inject(STEWARD_CONFIG) private readonly config: StewardConfig,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    private readonly db: DataSource,
  ) {
    this.summaries = new GivingSummaryRepository(db);
  }

  onModuleInit(): void {
    if (this.config.role === 'api') return;
    this.sweeper = setInterval(() => void this.sweep(), 60_000);
    this.sweeper.unref();
  }

  /** As for thank-yous: hold sends of unknown outcome, re-queue summaries whose job went missing. */
  async sweep(): Promise<void> {
    try {
      const held = await this.summaries.holdAbandonedSends(this.config.acknowledgements.sendingLeaseSeconds);
      if (held > 0) this.logger.warn(`held ${held} giving summary(ies) whose send outcome is unknown`);
      // An hour, not ten minutes: a year-end plan queues every donor at once, and a long queue is not a lost job.
      const lost = await this.summaries.findOverdueUnclaimed(3600, 500);
      if (lost.length > 0) {
        await this.db.transaction(async (tx) => {
          for (const s of lost) {
            await this.queue.enqueue(tx, 'giving-summary.send', {
              tenantId: s.tenantId,
              givingSummaryId: s.id,
            });
          }
        });
        this.logger.warn(`re-queued ${lost.length} overdue giving summary(ies)`);
      }
    } catch (error) {
      this.logger.error({ err: error }, 'giving summary sweep failed');
    }
  }

  onApplicationShutdown(): void {
    if (this.sweeper) clearInterval(this.sweeper);
  }
}
