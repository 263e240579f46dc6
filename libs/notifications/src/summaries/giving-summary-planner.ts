import { newId } from '@steward/domain';
import type { DataSource } from 'typeorm';
import { suppressionReason } from '../acknowledgements/acknowledgement-sender';
import type { SendQueue, StatementRunner } from '../delivery/send-queue';
import { monthPeriod, yearPeriod, type SummaryPeriod } from './giving-summary-period';
import { GivingSummaryRepository, type NewSummaryRow } from './giving-summary.repository';

/** Donors planned per transaction: short transactions, and a place to resume from after each. */
export const PLAN_BATCH_SIZE = 500;

export interface PlanResult {
  period: SummaryPeriod['period'];
  periodStart: string;
  periodEnd: string;
  /** New summaries queued for sending. */
  planned: number;
  /** New summaries recorded as suppressed, each with its reason. */
  suppressed: number;
  /** Donors whose summary for this period was planned before. */
  alreadyPlanned: number;
  /** False when more donors remain: they are planned by jobs, a batch at a time, after this answer. */
  complete: boolean;
}

/** One batch of a tenant's plan for a period: the donors after `after` (by id), a batch's worth. */
export interface PlanBatch {
  tenantId: string;
  period: SummaryPeriod['period'];
  /** The period's first day. */
  start: string;
  after: string | null;
}

/**
 * Queues the planning of one batch, inside the caller's transaction; a batch queued twice (its job re-run
 * after a crash) is one pending job, not two chains. The app implements it on its job queue.
 */
export interface PlanBatchQueue {
  queueBatch(tx: StatementRunner, batch: PlanBatch): Promise<void>;
}

/**
 * Plans a period's summaries for a tenant in keyset batches of donors (by id). Each batch is one
 * transaction: its rows, one send job per new queued row, and, when the batch was full, the job that
 * plans the next batch from its last donor. So no plan holds one long transaction, and one cut short
 * (a crash, a deploy) resumes from the last batch that committed. Every batch is idempotent (the
 * unique donor-and-period index), so running one twice, or the whole plan again, plans nothing new.
 */
export class GivingSummaryPlanner {
  private readonly summaries: GivingSummaryRepository;

  constructor(
    private readonly db: DataSource,
    /** Queues the sending of each new queued summary. */
    private readonly sends: SendQueue,
    /** Queues the next batch of a plan. */
    private readonly batches: PlanBatchQueue,
    private readonly batchSize = PLAN_BATCH_SIZE,
  ) {
    this.summaries = new GivingSummaryRepository(db);
  }

  /** Plans the first batch now and answers for it; the rest follow as jobs (`complete` says so). */
  plan(tenantId: string, p: SummaryPeriod): Promise<PlanResult> {
    return this.planBatch(tenantId, p, null);
  }

  /** One batch: the donors after `after`, up to the batch size. */
  async planBatch(tenantId: string, p: SummaryPeriod, after: string | null): Promise<PlanResult> {
    return this.db.transaction(async (tx) => {
      const candidates = await this.summaries.findCandidates(tx, tenantId, p, {
        after,
        limit: this.batchSize,
      });
      const rows: NewSummaryRow[] = candidates.map((c) => {
        const reason = suppressionReason(c);
        return {
          id: newId(),
          constituentId: c.constituentId,
          status: reason ? 'suppressed' : 'queued',
          reason,
          recipient: c.recipient,
        };
      });
      const inserted = await this.summaries.insertNew(tx, tenantId, p, rows);
      const suppressed = inserted.filter(
        (r): r is NewSummaryRow & { reason: string } => r.status === 'suppressed' && r.reason !== null,
      );
      await this.summaries.suppressDeferred(tx, tenantId, p, suppressed);
      const queued = inserted.filter((r) => r.status === 'queued');
      await this.sends.queueSends(
        tx,
        queued.map((row) => ({ tenantId, id: row.id })),
      );
      const complete = candidates.length < this.batchSize;
      if (!complete)
        await this.enqueueBatch(tx, tenantId, p, candidates[candidates.length - 1].constituentId);
      return {
        period: p.period,
        periodStart: p.start,
        periodEnd: p.end,
        planned: queued.length,
        suppressed: suppressed.length,
        alreadyPlanned: candidates.length - inserted.length,
        complete,
      };
    });
  }

  /** The scheduled run: one first-batch job per tenant, added together; each tenant's plan then runs apart. */
  async planEveryTenant(p: SummaryPeriod): Promise<number> {
    const tenantIds = await this.summaries.tenantIds();
    await this.db.transaction(async (tx) => {
      for (const tenantId of tenantIds) await this.enqueueBatch(tx, tenantId, p, null);
    });
    return tenantIds.length;
  }

  private enqueueBatch(
    tx: StatementRunner,
    tenantId: string,
    p: SummaryPeriod,
    after: string | null,
  ): Promise<void> {
    return this.batches.queueBatch(tx, { tenantId, period: p.period, start: p.start, after });
  }
}

/** The period a plan-batch job names, by its kind and first day. */
export function periodStarting(period: SummaryPeriod['period'], start: string): SummaryPeriod {
  return period === 'month' ? monthPeriod(start.slice(0, 7)) : yearPeriod(Number(start.slice(0, 4)));
}
