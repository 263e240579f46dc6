import { newId } from '@steward/domain';
import type { DataSource } from 'typeorm';
import { suppressionReason } from '../acknowledgements/acknowledgement-sender';
import type { SendQueue } from '../delivery/send-queue';
import type { SummaryPeriod } from './giving-summary-period';
import { GivingSummaryRepository, type NewSummaryRow } from './giving-summary.repository';

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
}

/**
 * Plans a period's summaries for a tenant: one row per donor, and one send job per new queued row, in
 * one transaction (no row without its job). Running it again, or twice at once, plans nothing new.
 */
export class GivingSummaryPlanner {
  private readonly summaries: GivingSummaryRepository;

  constructor(
    private readonly db: DataSource,
    /** Queues the sending of each new queued summary. */
    private readonly sends: SendQueue,
  ) {
    this.summaries = new GivingSummaryRepository(db);
  }

  async plan(tenantId: string, p: SummaryPeriod): Promise<PlanResult> {
    return this.db.transaction(async (tx) => {
      const candidates = await this.summaries.findCandidates(tx, tenantId, p);
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
      return {
        period: p.period,
        periodStart: p.start,
        periodEnd: p.end,
        planned: queued.length,
        suppressed: suppressed.length,
        alreadyPlanned: candidates.length - inserted.length,
      };
    });
  }

  /** The scheduled run: the same plan for every tenant, each in its own transaction. */
  async planEveryTenant(p: SummaryPeriod): Promise<PlanResult[]> {
    const results: PlanResult[] = [];
    for (const tenantId of await this.summaries.tenantIds()) results.push(await this.plan(tenantId, p));
    return results;
  }
}
