import { Injectable } from '@nestjs/common';
import { displayName, NotFound } from '@steward/domain';
import {
  GivingSummaryPlanner,
  GivingSummaryRepository,
  monthPeriod,
  periodLabel,
  renderGivingSummaryPdf,
  yearPeriod,
  type PlanResult,
} from '@steward/notifications';
import { DataSource } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { CursorCodec, type Page } from '../../common/cursor';
import type {
  GivingSummaryView,
  ListGivingSummariesQuery,
  PlanGivingSummariesRequest,
} from './giving-summaries.dto';

@Injectable()
export class GivingSummariesService {
  private readonly summaries: GivingSummaryRepository;

  constructor(
    db: DataSource,
    private readonly planner: GivingSummaryPlanner,
    private readonly cursors: CursorCodec,
  ) {
    this.summaries = new GivingSummaryRepository(db);
  }

  plan(actor: Actor, request: PlanGivingSummariesRequest): Promise<PlanResult> {
    const period =
      request.period === 'month' ? monthPeriod(request.month as string) : yearPeriod(request.year as number);
    return this.planner.plan(actor.tenantId, period);
  }

  async list(actor: Actor, query: ListGivingSummariesQuery): Promise<Page<GivingSummaryView>> {
    const limit = query.limit ?? 50;
    const after = this.cursors.decode('giving-summaries', query.cursor, { id: 'uuid' });
    const rows = await this.summaries.list({
      tenantId: actor.tenantId,
      period: query.period,
      periodStart: query.periodStart,
      status: query.status,
      afterId: after?.id,
      limit: limit + 1,
    });
    const items = rows
      .slice(0, limit)
      .map((r) => ({ ...r, constituentName: displayName(r.constituentName) }));
    const last = items[items.length - 1];
    return {
      items,
      nextCursor:
        rows.length > limit && last ? this.cursors.encode('giving-summaries', { id: last.id }) : null,
    };
  }

  /** The donor's printable statement of a year, the same document the year-end email attaches. */
  async pdf(actor: Actor, constituentId: string, year: number): Promise<{ filename: string; pdf: Buffer }> {
    const period = yearPeriod(year);
    const donor = await this.summaries.findDonor(actor.tenantId, constituentId);
    if (!donor) throw new NotFound('constituent', constituentId);
    const gifts = await this.summaries.findGifts(actor.tenantId, constituentId, period);
    const pdf = await renderGivingSummaryPdf({ ...donor, period, gifts });
    return { filename: `giving-summary-${periodLabel(period, donor.locale)}.pdf`, pdf };
  }
}
