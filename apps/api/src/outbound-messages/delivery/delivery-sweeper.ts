import { Inject, Injectable, Logger } from '@nestjs/common';
import { OutboundLedger, type SendQueue } from '@steward/notifications';
import { DataSource } from 'typeorm';
import { AcknowledgementSends } from '../acknowledgements/sending/acknowledgement.jobs';
import { STEWARD_CONFIG, type StewardConfig } from '../../config/config';
import { GivingSummarySends } from '../giving-summaries/giving-summary.jobs';

interface SweptMessages {
  label: string;
  ledger: OutboundLedger;
  /** How long a queued message may wait before its job counts as lost. */
  lostAfterSeconds: number;
  sends: SendQueue;
}

/**
 * Holds messages a crashed worker left in "sending" (their outcome is unknown, so a person decides),
 * and re-queues queued ones whose job went missing (the claim makes that harmless). Run by the
 * `delivery.sweep` job (delivery-sweep.jobs.ts says how often).
 */
@Injectable()
export class DeliverySweeper {
  private readonly logger = new Logger('DeliverySweeper');
  private readonly swept: SweptMessages[];

  constructor(
    @Inject(STEWARD_CONFIG) private readonly config: StewardConfig,
    private readonly db: DataSource,
    acknowledgements: AcknowledgementSends,
    givingSummaries: GivingSummarySends,
  ) {
    this.swept = [
      {
        label: 'acknowledgement',
        ledger: new OutboundLedger('acknowledgements'),
        lostAfterSeconds: 600,
        sends: acknowledgements,
      },
      {
        label: 'giving summary',
        ledger: new OutboundLedger('giving_summaries'),
        // An hour: a year-end plan queues every donor at once, and a long queue is not a lost job.
        lostAfterSeconds: 3600,
        sends: givingSummaries,
      },
    ];
  }

  async sweep(): Promise<void> {
    for (const swept of this.swept) {
      try {
        const held = await swept.ledger.holdAbandonedSends(
          this.db,
          this.config.acknowledgements.sendingLeaseSeconds,
        );
        if (held > 0) this.logger.warn(`held ${held} ${swept.label}(s) whose send outcome is unknown`);
        const lost = await swept.ledger.findOverdueUnclaimed(this.db, swept.lostAfterSeconds, 500);
        if (lost.length > 0) {
          await this.db.transaction((tx) => swept.sends.queueSends(tx, lost));
          this.logger.warn(`re-queued ${lost.length} overdue ${swept.label}(s)`);
        }
      } catch (error) {
        this.logger.error({ err: error }, `${swept.label} sweep failed`);
      }
    }
  }
}
