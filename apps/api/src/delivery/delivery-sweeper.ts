import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { JOB_QUEUE, type JobQueue } from '@steward/domain';
import { OutboundLedger } from '@steward/notifications';
import { DataSource, type EntityManager } from 'typeorm';
import { STEWARD_CONFIG, type StewardConfig } from '../config/config';

interface SweptMessages {
  label: string;
  ledger: OutboundLedger;
  /** How long a queued message may wait before its job counts as lost. */
  lostAfterSeconds: number;
  requeue(tx: EntityManager, queue: JobQueue, lost: { tenantId: string; id: string }[]): Promise<void>;
}

const SWEPT: SweptMessages[] = [
  {
    label: 'acknowledgement',
    ledger: new OutboundLedger('acknowledgements'),
    lostAfterSeconds: 600,
    requeue: (tx, queue, lost) =>
      queue.enqueueMany(
        tx,
        'acknowledgement.send',
        lost.map((m) => ({ tenantId: m.tenantId, acknowledgementId: m.id })),
      ),
  },
  {
    label: 'giving summary',
    ledger: new OutboundLedger('giving_summaries'),
    // An hour: a year-end plan queues every donor at once, and a long queue is not a lost job.
    lostAfterSeconds: 3600,
    requeue: (tx, queue, lost) =>
      queue.enqueueMany(
        tx,
        'giving-summary.send',
        lost.map((m) => ({ tenantId: m.tenantId, givingSummaryId: m.id })),
      ),
  },
];

/**
 * Every minute (or half the sending lease, if shorter) on workers: holds messages a crashed worker left in "sending" (their outcome is unknown,
 * so a person decides), and re-queues queued ones whose job went missing (the claim makes that harmless).
 */
@Injectable()
export class DeliverySweeper implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('DeliverySweeper');
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(STEWARD_CONFIG) private readonly config: StewardConfig,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    private readonly db: DataSource,
  ) {}

  onModuleInit(): void {
    if (this.config.role === 'api') return;
    // Often enough that an abandoned send is held soon after its lease ends, even with a short lease.
    const everyMs = Math.min(60_000, (this.config.acknowledgements.sendingLeaseSeconds * 1000) / 2);
    this.timer = setInterval(() => void this.sweep(), everyMs);
    this.timer.unref();
  }

  async sweep(): Promise<void> {
    for (const swept of SWEPT) {
      try {
        const held = await swept.ledger.holdAbandonedSends(
          this.db,
          this.config.acknowledgements.sendingLeaseSeconds,
        );
        if (held > 0) this.logger.warn(`held ${held} ${swept.label}(s) whose send outcome is unknown`);
        const lost = await swept.ledger.findOverdueUnclaimed(this.db, swept.lostAfterSeconds, 500);
        if (lost.length > 0) {
          await this.db.transaction((tx) => swept.requeue(tx, this.queue, lost));
          this.logger.warn(`re-queued ${lost.length} overdue ${swept.label}(s)`);
        }
      } catch (error) {
        this.logger.error({ err: error }, `${swept.label} sweep failed`);
      }
    }
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
