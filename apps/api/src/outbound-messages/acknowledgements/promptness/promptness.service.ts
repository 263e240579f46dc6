import { Injectable } from '@nestjs/common';
import { displayName, ValidationFailed } from '@steward/domain';
import type { Actor } from '../../../auth/actor';
import { CursorCodec } from '../../../common/cursor';
import type {
  OverdueItem,
  OverduePage,
  OverdueQuery,
  PromptnessQuery,
  PromptnessTrack,
  PromptnessView,
} from './promptness.dto';
import { PromptnessRepository, type TrackFigures } from './promptness.repository';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A longer window is a report, not a dashboard figure; it would also scan more than a request should. */
const MAX_RANGE_DAYS = 400;

@Injectable()
export class PromptnessService {
  constructor(
    private readonly promptness: PromptnessRepository,
    private readonly cursors: CursorCodec,
  ) {}

  async figures(actor: Actor, query: PromptnessQuery): Promise<PromptnessView> {
    const to = query.to ? new Date(query.to) : new Date();
    const from = query.from ? new Date(query.from) : new Date(to.getTime() - 30 * DAY_MS);
    if (from >= to) throw ValidationFailed.field('from', 'must be before to');
    if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY_MS) {
      throw ValidationFailed.field('from', `must be at most ${MAX_RANGE_DAYS} days before to`);
    }
    const rows = await this.promptness.figures(actor.tenantId, from, to);
    const byTrack = Object.fromEntries(rows.map((r) => [r.track, r])) as Record<
      TrackFigures['track'],
      TrackFigures
    >;
    const sum = (key: 'pending' | 'failed' | 'suppressed' | 'deferred') =>
      byTrack.automated[key] + byTrack.personal[key];
    return {
      from,
      to,
      automated: toTrack(byTrack.automated),
      personal: toTrack(byTrack.personal),
      pending: sum('pending'),
      failed: sum('failed'),
      suppressed: sum('suppressed'),
      deferred: sum('deferred'),
    };
  }

  async overdue(actor: Actor, query: OverdueQuery): Promise<OverduePage> {
    const limit = query.limit ?? 50;
    const after = this.cursors.decode('overdue', query.cursor, { dueAt: 'timestamp', id: 'uuid' });
    const rows = await this.promptness.overdue({ tenantId: actor.tenantId, after, limit: limit + 1 });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((r): OverdueItem => ({
        type: r.type,
        kind: r.kind,
        id: r.id,
        giftId: r.giftId,
        constituentId: r.constituentId,
        constituentName: displayName(r.name),
        amount: r.amount,
        currency: r.currency,
        status: r.status,
        reason: r.reason,
        dueAt: r.dueAt,
        overdueSeconds: r.overdueSeconds,
      })),
      nextCursor:
        rows.length > limit ? this.cursors.encode('overdue', { dueAt: last.dueAtKey, id: last.id }) : null,
    };
  }
}

function toTrack(f: TrackFigures): PromptnessTrack {
  const seconds = (s: number | null) => (s === null ? null : Math.round(s * 10) / 10);
  return {
    targetSeconds: f.targetSeconds,
    count: f.count,
    sentWithinTarget: f.sentWithinTarget,
    share: f.count === 0 ? null : f.sentWithinTarget / f.count,
    medianSeconds: seconds(f.medianSeconds),
    p90Seconds: seconds(f.p90Seconds),
    pending: f.pending,
    overdue: f.overdue,
  };
}
