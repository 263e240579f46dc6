import { Injectable } from '@nestjs/common';
import {
  ACKNOWLEDGEMENT_STATUSES,
  DEFAULT_AUTOMATED_TARGET_SECONDS,
  DEFAULT_PERSONAL_TARGET_SECONDS,
  type NameParts,
  minorUnitsFromColumn,
} from '@steward/domain';
import { DataSource } from 'typeorm';
import { clockStartSql } from './clock';
import { isLateSql, needsPersonSql, openItemsSql } from './overdue';

export type PromptnessTrackName = 'automated' | 'personal';

export interface TrackFigures {
  track: PromptnessTrackName;
  targetSeconds: number;
  count: number;
  sentWithinTarget: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
  pending: number;
  overdue: number;
  failed: number;
  suppressed: number;
  deferred: number;
}

export interface OverdueRow {
  type: 'acknowledgement' | 'task';
  kind: string;
  id: string;
  giftId: string | null;
  constituentId: string;
  name: NameParts;
  amount: number | null;
  currency: string | null;
  status: string;
  reason: string | null;
  dueAt: Date;
  /** due_at as PostgreSQL prints it: microseconds kept, so a cursor built from it is exact. */
  dueAtKey: string;
  overdueSeconds: number;
}

/**
 * The tenant's targets, with the defaults for a tenant without a settings row. A CTE shared by both
 * queries so that each is one round trip.
 */
const TARGETS_CTE = `targets AS (
  SELECT COALESCE(s.automated_target_seconds, $2) AS automated, COALESCE(s.personal_target_seconds, $3) AS personal
    FROM (SELECT 1) one LEFT JOIN acknowledgement_settings s ON s.tenant_id = $1)`;
const TARGET_DEFAULTS = [DEFAULT_AUTOMATED_TARGET_SECONDS, DEFAULT_PERSONAL_TARGET_SECONDS];

const ACK_CLOCK_START = clockStartSql('a');

/** What is open for gifts received in the figures' window [$4, $5) (a task without a gift: created then). */
const OPEN_IN_WINDOW = openItemsSql({
  acknowledgements: 'a.gift_received_at >= $4 AND a.gift_received_at < $5',
  tasks: 'COALESCE(g.received_at, t.created_at) >= $4 AND COALESCE(g.received_at, t.created_at) < $5',
});

/**
 * What could be on the overdue list: an item is late only once its due time has passed, and no due
 * time comes before its receipt plus the shorter target (bounds that let the indexes serve the scan).
 */
const OPEN_AND_POSSIBLY_LATE = openItemsSql({
  acknowledgements: `a.status IN ('failed', 'bounced')
    OR a.gift_received_at < now() - make_interval(secs => least(targets.automated, targets.personal))`,
  tasks: 't.due_at < now()',
});
/** A call about a gift: the same rule, from the gift's own receipt and recording. */
const GIFT_CLOCK_START = 'greatest(g.received_at, g.created_at)';

/** Promptness figures and the overdue list; reads acknowledgements, tasks and gifts, writes nothing. */
@Injectable()
export class PromptnessRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Both tracks' figures in one query. What was done is measured on donor thank-yous (a tribute notice
   * thanks nobody) and calls about a gift: a thank-you a person reviewed, or holds, is personal; the rest
   * are automated. What is pending and overdue is the open items of the overdue list (overdue.ts) for
   * gifts received in the window, so the card and the list cannot disagree.
   */
  async figures(tenantId: string, from: Date, to: Date): Promise<TrackFigures[]> {
    const rows: Record<string, string | number | null>[] = await this.db.query(
      `WITH ${TARGETS_CTE},
       items AS (
         SELECT CASE WHEN a.reviewed_at IS NOT NULL OR a.status = 'held' THEN 'personal' ELSE 'automated' END AS track,
                CASE WHEN a.status = 'sent' THEN 'done'
                     WHEN a.status IN ('queued', 'sending', 'retrying', 'held') THEN 'pending'
                     WHEN a.status IN ('failed', 'bounced') THEN 'failed'
                     ELSE a.status END AS state,
                ${ACK_CLOCK_START} AS started_at,
                a.sent_at AS done_at
           FROM acknowledgements a
          WHERE a.tenant_id = $1 AND a.kind = 'donor'
            -- every status, listed: lets the planner range-scan ix_acknowledgements_status once per status
            AND a.status = ANY($6::text[])
            AND a.gift_received_at >= $4 AND a.gift_received_at < $5
         UNION ALL
         SELECT 'personal', CASE WHEN t.completed_at IS NULL THEN 'pending' ELSE 'done' END,
                ${GIFT_CLOCK_START}, t.completed_at
           FROM tasks t
           JOIN gifts g ON g.tenant_id = t.tenant_id AND g.id = t.gift_id
          WHERE t.tenant_id = $1 AND t.kind = 'call'
            AND g.received_at >= $4 AND g.received_at < $5
       ),
       open_items AS (${OPEN_IN_WINDOW}),
       open_by_track AS (
         SELECT o.track, count(*) FILTER (WHERE NOT ${needsPersonSql('o')}) AS pending,
                count(*) FILTER (WHERE ${isLateSql('o')}) AS overdue
           FROM open_items o GROUP BY o.track
       ),
       measured AS (
         SELECT i.track, i.state, i.started_at,
                CASE i.track WHEN 'personal' THEN targets.personal ELSE targets.automated END AS target,
                -- a post-dated gift can be thanked before its date: that is prompt, not negative
                greatest(0, extract(epoch FROM i.done_at - i.started_at))::float8 AS seconds
           FROM items i CROSS JOIN targets
       )
       SELECT tr.track,
              CASE tr.track WHEN 'personal' THEN targets.personal ELSE targets.automated END AS "targetSeconds",
              count(*) FILTER (WHERE m.state = 'done') AS count,
              count(*) FILTER (WHERE m.state = 'done' AND m.seconds <= m.target) AS "sentWithinTarget",
              percentile_cont(0.5) WITHIN GROUP (ORDER BY m.seconds) FILTER (WHERE m.state = 'done') AS "medianSeconds",
              percentile_cont(0.9) WITHIN GROUP (ORDER BY m.seconds) FILTER (WHERE m.state = 'done') AS "p90Seconds",
              COALESCE(max(o.pending), 0) AS pending,
              COALESCE(max(o.overdue), 0) AS overdue,
              count(*) FILTER (WHERE m.state = 'failed') AS failed,
              count(*) FILTER (WHERE m.state = 'suppressed') AS suppressed,
              count(*) FILTER (WHERE m.state = 'deferred') AS deferred
         FROM (VALUES ('automated'), ('personal')) tr(track)
        CROSS JOIN targets
         LEFT JOIN measured m ON m.track = tr.track
         LEFT JOIN open_by_track o ON o.track = tr.track
        GROUP BY tr.track, targets.automated, targets.personal
        ORDER BY tr.track`,
      [tenantId, ...TARGET_DEFAULTS, from, to, ACKNOWLEDGEMENT_STATUSES],
    );
    return rows.map((r) => ({
      track: r.track as PromptnessTrackName,
      targetSeconds: Number(r.targetSeconds),
      count: Number(r.count),
      sentWithinTarget: Number(r.sentWithinTarget),
      medianSeconds: r.medianSeconds === null ? null : Number(r.medianSeconds),
      p90Seconds: r.p90Seconds === null ? null : Number(r.p90Seconds),
      pending: Number(r.pending),
      overdue: Number(r.overdue),
      failed: Number(r.failed),
      suppressed: Number(r.suppressed),
      deferred: Number(r.deferred),
    }));
  }

  /**
   * What is late and not done, oldest due first, keyset on (due_at, id): thank-yous waiting past their
   * target (held ones against the personal target), failed or bounced ones (due for a person at once),
   * and open tasks past their due time.
   */
  async overdue(q: {
    tenantId: string;
    after?: { dueAt: string; id: string };
    limit: number;
  }): Promise<OverdueRow[]> {
    const rows: (Omit<OverdueRow, 'name' | 'amount' | 'overdueSeconds'> & {
      constituentKind: NameParts['kind'];
      firstName: string | null;
      lastName: string | null;
      preferredName: string | null;
      organizationName: string | null;
      amount: string | null;
      overdueSeconds: number;
    })[] = await this.db.query(
      `WITH ${TARGETS_CTE},
       items AS (${OPEN_AND_POSSIBLY_LATE})
       SELECT i.type, i.kind, i.id, i.gift_id AS "giftId", i.constituent_id AS "constituentId",
              i.status, i.reason, i.due_at AS "dueAt", i.due_at::text AS "dueAtKey",
              greatest(0, extract(epoch FROM now() - i.due_at))::float8 AS "overdueSeconds",
              c.kind AS "constituentKind", c.first_name AS "firstName", c.last_name AS "lastName",
              c.preferred_name AS "preferredName", c.organization_name AS "organizationName",
              g.amount, g.currency
         FROM items i
         JOIN constituents c ON c.tenant_id = $1 AND c.id = i.constituent_id
         LEFT JOIN gifts g ON g.tenant_id = $1 AND g.id = i.gift_id
        WHERE (${isLateSql('i')} OR ${needsPersonSql('i')})
          AND ($4::timestamptz IS NULL OR (i.due_at, i.id) > ($4::timestamptz, $5::uuid))
        ORDER BY i.due_at, i.id
        LIMIT $6`,
      [q.tenantId, ...TARGET_DEFAULTS, q.after?.dueAt ?? null, q.after?.id ?? null, q.limit],
    );
    return rows.map((r) => ({
      type: r.type,
      kind: r.kind,
      id: r.id,
      giftId: r.giftId,
      constituentId: r.constituentId,
      name: {
        kind: r.constituentKind,
        firstName: r.firstName,
        lastName: r.lastName,
        preferredName: r.preferredName,
        organizationName: r.organizationName,
      },
      amount: r.amount === null ? null : minorUnitsFromColumn(r.amount),
      currency: r.currency === null ? null : r.currency.trim(),
      status: r.status,
      reason: r.reason,
      dueAt: r.dueAt,
      dueAtKey: r.dueAtKey,
      overdueSeconds: Math.round(r.overdueSeconds),
    }));
  }
}
