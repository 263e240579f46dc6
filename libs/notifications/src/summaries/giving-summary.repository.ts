import { deliverableEmailSql, minorUnitsFromColumn } from '@steward/domain';
import type { GivingSummaryPeriod, NameParts } from '@steward/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { markAddressUndeliverable, OutboundLedger } from '../delivery/outbound-ledger';
import type { SummaryGift } from './giving-summary-content';
import { periodBounds, type SummaryPeriod } from './giving-summary-period';

/** A donor a plan found, with what decides whether the summary may be emailed. */
export interface SummaryCandidate {
  constituentId: string;
  recipient: string | null;
  consent: { doNotEmail: boolean; doNotContact: boolean; deceased: boolean };
}

export interface NewSummaryRow {
  id: string;
  constituentId: string;
  status: 'queued' | 'suppressed';
  reason: string | null;
  recipient: string | null;
}

/** A claimed summary with everything needed to address and render it, except its gifts. */
export interface ClaimedSummary {
  id: string;
  tenantId: string;
  constituentId: string;
  period: SummaryPeriod;
  attempts: number;
  messageId: string;
  /** The donor's deliverable address now (consent and addresses may have changed since planning). */
  recipient: string | null;
  consent: { doNotEmail: boolean; doNotContact: boolean; deceased: boolean };
  donor: NameParts;
  locale: string;
  organizationName: string;
  signature: string;
}

export interface SummaryView {
  id: string;
  constituentId: string;
  constituentName: NameParts;
  period: GivingSummaryPeriod;
  periodStart: string;
  periodEnd: string;
  status: string;
  reason: string | null;
  recipient: string | null;
  attempts: number;
  lastError: string | null;
  templateId: string | null;
  templateVersion: number | null;
  sentAt: Date | null;
  createdAt: Date;
}

/** The donor's address by the one rule every message follows (primary first, deliverable only). */
const DELIVERABLE_EMAIL = deliverableEmailSql('c.tenant_id', 'c.id');

const DONOR_COLUMNS = `c.kind, c.first_name, c.last_name, c.preferred_name, c.organization_name,
  c.informal_salutation, c.preferred_locale, c.do_not_email, c.do_not_contact, c.deceased,
  ${DELIVERABLE_EMAIL} AS email, t.name AS tenant_name, t.default_locale,
  u.display_name AS manager_name, u.signature AS manager_signature`;

interface DonorRow {
  kind: 'individual' | 'organization';
  first_name: string | null;
  last_name: string | null;
  preferred_name: string | null;
  organization_name: string | null;
  informal_salutation: string | null;
  preferred_locale: string | null;
  do_not_email: boolean;
  do_not_contact: boolean;
  deceased: boolean;
  email: string | null;
  tenant_name: string;
  default_locale: string;
  manager_name: string | null;
  manager_signature: string | null;
}

function donorOf(r: DonorRow) {
  return {
    donor: {
      kind: r.kind,
      firstName: r.first_name,
      lastName: r.last_name,
      preferredName: r.preferred_name,
      organizationName: r.organization_name,
      informalSalutation: r.informal_salutation,
    } satisfies NameParts,
    locale: r.preferred_locale ?? r.default_locale,
    organizationName: r.tenant_name,
    signature: r.manager_signature ?? r.manager_name ?? `The team at ${r.tenant_name}`,
    consent: { doNotEmail: r.do_not_email, doNotContact: r.do_not_contact, deceased: r.deceased },
    recipient: r.email,
  };
}

/** giving_summaries, and the gifts and acknowledgements they cover, as SQL. */
export class GivingSummaryRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * The donors a period's plan covers, in id order, the `limit` after `after` (a keyset batch). A
   * month: donors who asked for a monthly summary and have installments deferred to it, received that
   * month. A year: every donor with a gift that year.
   */
  async findCandidates(
    tx: EntityManager,
    tenantId: string,
    p: SummaryPeriod,
    batch: { after: string | null; limit: number },
  ): Promise<SummaryCandidate[]> {
    const { from, to } = periodBounds(p);
    const donors =
      p.period === 'month'
        ? `SELECT DISTINCT a.constituent_id FROM acknowledgements a
             JOIN constituents m ON m.tenant_id = a.tenant_id AND m.id = a.constituent_id
            WHERE a.tenant_id = $1 AND a.kind = 'donor' AND a.status = 'deferred'
              AND a.gift_received_at >= $2 AND a.gift_received_at < $3
              AND m.installment_acknowledgement = 'monthly_summary'
              AND ($4::uuid IS NULL OR a.constituent_id > $4)
            ORDER BY a.constituent_id LIMIT $5`
        : `SELECT DISTINCT g.constituent_id FROM gifts g
            WHERE g.tenant_id = $1 AND g.received_at >= $2 AND g.received_at < $3
              AND ($4::uuid IS NULL OR g.constituent_id > $4)
            ORDER BY g.constituent_id LIMIT $5`;
    const rows: {
      id: string;
      do_not_email: boolean;
      do_not_contact: boolean;
      deceased: boolean;
      email: string | null;
    }[] = await tx.query(
      `WITH donors AS (${donors})
       SELECT c.id, c.do_not_email, c.do_not_contact, c.deceased, ${DELIVERABLE_EMAIL} AS email
         FROM donors d
         JOIN constituents c ON c.tenant_id = $1 AND c.id = d.constituent_id
        ORDER BY c.id`,
      [tenantId, from, to, batch.after, batch.limit],
    );
    return rows.map((r) => ({
      constituentId: r.id,
      recipient: r.email,
      consent: { doNotEmail: r.do_not_email, doNotContact: r.do_not_contact, deceased: r.deceased },
    }));
  }

  /**
   * Inserts the rows the unique (tenant, donor, period, start) index lets in, and returns only those:
   * a second plan of the same period, even a concurrent one, inserts and returns nothing.
   */
  async insertNew(
    tx: EntityManager,
    tenantId: string,
    p: SummaryPeriod,
    rows: NewSummaryRow[],
  ): Promise<NewSummaryRow[]> {
    if (rows.length === 0) return [];
    const inserted: NewSummaryRow[] = await tx.query(
      `INSERT INTO giving_summaries
         (id, tenant_id, constituent_id, period, period_start, period_end, status, reason, recipient, message_id)
       SELECT u.id, $1, u.constituent_id, $2, $3::date, $4::date, u.status, u.reason, u.recipient,
              '<summary-' || u.id || '@steward.invalid>'
         FROM unnest($5::uuid[], $6::uuid[], $7::text[], $8::text[], $9::text[])
              AS u(id, constituent_id, status, reason, recipient)
       ON CONFLICT (tenant_id, constituent_id, period, period_start) DO NOTHING
       RETURNING id, constituent_id AS "constituentId", status, reason, recipient`,
      [
        tenantId,
        p.period,
        p.start,
        p.end,
        rows.map((r) => r.id),
        rows.map((r) => r.constituentId),
        rows.map((r) => r.status),
        rows.map((r) => r.reason),
        rows.map((r) => r.recipient),
      ],
    );
    return inserted;
  }

  /**
   * Installments deferred to a summary that will not be emailed are settled with its reason (and linked
   * to it), so none waits forever in "deferred".
   */
  async suppressDeferred(
    tx: EntityManager,
    tenantId: string,
    p: SummaryPeriod,
    summaries: { id: string; constituentId: string; reason: string }[],
  ): Promise<void> {
    if (summaries.length === 0) return;
    const { from, to } = periodBounds(p);
    await tx.query(
      `UPDATE acknowledgements a
          SET status = 'suppressed', reason = s.reason, giving_summary_id = s.id, updated_at = now()
         FROM unnest($2::uuid[], $3::uuid[], $4::text[]) AS s(id, constituent_id, reason)
        WHERE a.tenant_id = $1 AND a.constituent_id = s.constituent_id AND a.kind = 'donor'
          AND a.status = 'deferred' AND a.gift_received_at >= $5 AND a.gift_received_at < $6`,
      [
        tenantId,
        summaries.map((s) => s.id),
        summaries.map((s) => s.constituentId),
        summaries.map((s) => s.reason),
        from,
        to,
      ],
    );
  }

  /**
   * Moves a queued or retrying summary to "sending" and returns it with its donor, in one statement;
   * null when another run already claimed, sent or settled it.
   */
  async claim(tenantId: string, id: string): Promise<ClaimedSummary | null> {
    const rows: (DonorRow & {
      id: string;
      tenant_id: string;
      constituent_id: string;
      period: GivingSummaryPeriod;
      period_start: string;
      period_end: string;
      attempts: number;
      message_id: string;
    })[] = await this.db.query(
      `WITH claimed AS (
         UPDATE giving_summaries
            SET status = 'sending', attempts = attempts + 1, claimed_at = now(), updated_at = now()
          WHERE tenant_id = $1 AND id = $2 AND status IN ('queued', 'retrying')
         RETURNING id, tenant_id, constituent_id, period, period_start::text AS period_start,
                   period_end::text AS period_end, attempts, message_id
       )
       SELECT s.*, ${DONOR_COLUMNS}
         FROM claimed s
         JOIN constituents c ON c.tenant_id = s.tenant_id AND c.id = s.constituent_id
         JOIN tenants t ON t.id = s.tenant_id
         LEFT JOIN users u ON u.tenant_id = c.tenant_id AND u.id = c.relationship_manager_id`,
      [tenantId, id],
    );
    const r = rows[0];
    if (!r) return null;
    return {
      id: r.id,
      tenantId: r.tenant_id,
      constituentId: r.constituent_id,
      period: { period: r.period, start: r.period_start, end: r.period_end },
      attempts: r.attempts,
      messageId: r.message_id,
      ...donorOf(r),
    };
  }

  /** A donor's name, language and the organization, for a statement outside any summary row. */
  async findDonor(tenantId: string, constituentId: string) {
    const rows: DonorRow[] = await this.db.query(
      `SELECT ${DONOR_COLUMNS}
         FROM constituents c
         JOIN tenants t ON t.id = c.tenant_id
         LEFT JOIN users u ON u.tenant_id = c.tenant_id AND u.id = c.relationship_manager_id
        WHERE c.tenant_id = $1 AND c.id = $2`,
      [tenantId, constituentId],
    );
    return rows[0] ? donorOf(rows[0]) : null;
  }

  /**
   * A donor's gifts received in a period, oldest first, in one query. With `deferredFor`, only the
   * gifts whose thank-you waits for that summary (or that it already thanked): a month's installments.
   */
  async findGifts(
    tenantId: string,
    constituentId: string,
    p: SummaryPeriod,
    deferredFor?: string,
  ): Promise<SummaryGift[]> {
    const { from, to } = periodBounds(p);
    const rows: {
      id: string;
      amount: string;
      currency: string;
      received_at: Date;
      receipt_number: string | null;
      fund_name: string | null;
      goods_services_value: string | null;
      goods_services_description: string | null;
    }[] = await this.db.query(
      `SELECT g.id, g.amount, g.currency, g.received_at, g.receipt_number, f.name AS fund_name,
              g.goods_services_value, g.goods_services_description
         FROM gifts g
         LEFT JOIN funds f ON f.tenant_id = g.tenant_id AND f.id = g.fund_id
        WHERE g.tenant_id = $1 AND g.constituent_id = $2 AND g.received_at >= $3 AND g.received_at < $4
          AND ($5::uuid IS NULL OR EXISTS (
                SELECT 1 FROM acknowledgements a
                 WHERE a.tenant_id = g.tenant_id AND a.gift_id = g.id AND a.kind = 'donor'
                   AND (a.status = 'deferred' OR a.giving_summary_id = $5)))
        ORDER BY g.received_at, g.id`,
      [tenantId, constituentId, from, to, deferredFor ?? null],
    );
    return rows.map((r) => ({
      id: r.id,
      amount: minorUnitsFromColumn(r.amount),
      currency: r.currency.trim(),
      receivedAt: r.received_at,
      receiptNumber: r.receipt_number,
      fundName: r.fund_name,
      goodsServicesValue:
        r.goods_services_value === null ? null : minorUnitsFromColumn(r.goods_services_value),
      goodsServicesDescription: r.goods_services_description,
    }));
  }

  /**
   * The donor's gifts of the period whose own thank-you is personal and not sent yet: held for review,
   * or approved and on its way. A summary must not thank a gift before its personal thank-you does.
   */
  async countPersonalThankYousPending(
    tenantId: string,
    constituentId: string,
    p: SummaryPeriod,
  ): Promise<number> {
    const { from, to } = periodBounds(p);
    const rows: { pending: number }[] = await this.db.query(
      `SELECT count(*)::int AS pending
         FROM gifts g
         JOIN acknowledgements a ON a.tenant_id = g.tenant_id AND a.gift_id = g.id AND a.kind = 'donor'
        WHERE g.tenant_id = $1 AND g.constituent_id = $2 AND g.received_at >= $3 AND g.received_at < $4
          AND (a.status = 'held' OR (a.reviewed_at IS NOT NULL AND a.status IN ('queued', 'sending', 'retrying')))`,
      [tenantId, constituentId, from, to],
    );
    return rows[0].pending;
  }

  /**
   * Gives a claimed summary back to the queue until `until`, with the reason staff read, without using
   * up an attempt: it waits for something else, not for the mail server.
   */
  async markWaiting(tx: EntityManager, s: { tenantId: string; id: string }, reason: string, until: Date) {
    await tx.query(
      `UPDATE giving_summaries
          SET status = 'queued', reason = $3, next_attempt_at = $4, attempts = attempts - 1, updated_at = now()
        WHERE tenant_id = $1 AND id = $2 AND status = 'sending'`,
      [s.tenantId, s.id, reason, until],
    );
  }

  /** The donor's summaries waiting for a later time, made due now; returns their ids (to enqueue). */
  async makeWaitingDue(tx: EntityManager, s: { tenantId: string; constituentId: string }): Promise<string[]> {
    const [rows]: [{ id: string }[], number] = await tx.query(
      `UPDATE giving_summaries SET next_attempt_at = now(), updated_at = now()
        WHERE tenant_id = $1 AND constituent_id = $2 AND status = 'queued' AND next_attempt_at > now()
        RETURNING id`,
      [s.tenantId, s.constituentId],
    );
    return rows.map((r) => r.id);
  }

  async markSent(
    tx: EntityManager,
    s: {
      tenantId: string;
      id: string;
      recipient: string;
      smtpResponse: string;
      templateId: string | null;
      templateVersion: number;
    },
  ): Promise<Date> {
    const [rows]: [{ sent_at: Date }[], number] = await tx.query(
      `UPDATE giving_summaries
          SET status = 'sent', sent_at = now(), updated_at = now(), recipient = $3, smtp_response = $4,
              template_id = $5, template_version = $6, last_error = NULL, next_attempt_at = NULL,
              reason = NULL
        WHERE tenant_id = $1 AND id = $2 AND status = 'sending'
        RETURNING sent_at`,
      [s.tenantId, s.id, s.recipient, s.smtpResponse, s.templateId, s.templateVersion],
    );
    if (!rows[0]) throw new Error(`giving summary ${s.id} was no longer being sent by this worker`);
    return rows[0].sent_at;
  }

  /** The deferred thank-yous of the gifts a sent summary listed: thanked by it, at its time. */
  async markDeferredThanked(
    tx: EntityManager,
    s: { tenantId: string; id: string; giftIds: string[]; sentAt: Date; subject: string },
  ): Promise<number> {
    if (s.giftIds.length === 0) return 0;
    const [, count]: [unknown[], number] = await tx.query(
      `UPDATE acknowledgements
          SET status = 'sent', sent_at = $4, giving_summary_id = $2, subject = $5, updated_at = now(),
              next_attempt_at = NULL
        WHERE tenant_id = $1 AND gift_id = ANY($3::uuid[]) AND kind = 'donor' AND status = 'deferred'
        RETURNING id`,
      [s.tenantId, s.id, s.giftIds, s.sentAt, s.subject],
    );
    return count;
  }

  markRetrying(
    tx: EntityManager,
    s: { tenantId: string; id: string; error: string; nextAttemptAt: Date; countsAsAttempt?: boolean },
  ): Promise<void> {
    return LEDGER.markRetrying(tx, s);
  }

  /** Settles a claimed summary without sending (failed, bounced, suppressed, held), with the reason. */
  settle(
    tx: EntityManager,
    s: { tenantId: string; id: string },
    status: 'failed' | 'bounced' | 'suppressed' | 'held',
    reason: string,
    lastError?: string,
  ): Promise<boolean> {
    return LEDGER.settle(tx, s, status, reason, lastError);
  }

  /** After a bounce: no later message goes to that address until someone fixes it. */
  markAddressUndeliverable(
    tx: EntityManager,
    s: { tenantId: string; constituentId: string },
    address: string,
    reason: string,
  ): Promise<void> {
    return markAddressUndeliverable(tx, { ...s, address, reason });
  }

  /** Every tenant, for the scheduled plan (the one query here that spans tenants, by design). */
  async tenantIds(): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query('SELECT id FROM tenants ORDER BY id');
    return rows.map((r) => r.id);
  }

  /** Newest first, keyset on id (UUID v7 sorts by creation). */
  async list(q: {
    tenantId: string;
    period?: GivingSummaryPeriod;
    periodStart?: string;
    status?: string;
    afterId?: string;
    limit: number;
  }): Promise<SummaryView[]> {
    const rows: (Omit<SummaryView, 'constituentName'> & {
      kind: 'individual' | 'organization';
      firstName: string | null;
      lastName: string | null;
      preferredName: string | null;
      organizationName: string | null;
    })[] = await this.db.query(
      `SELECT s.id, s.constituent_id AS "constituentId", s.period, s.period_start::text AS "periodStart",
              s.period_end::text AS "periodEnd", s.status, s.reason, s.recipient, s.attempts,
              s.last_error AS "lastError", s.template_id AS "templateId",
              s.template_version AS "templateVersion", s.sent_at AS "sentAt", s.created_at AS "createdAt",
              c.kind, c.first_name AS "firstName", c.last_name AS "lastName",
              c.preferred_name AS "preferredName", c.organization_name AS "organizationName"
         FROM giving_summaries s
         JOIN constituents c ON c.tenant_id = s.tenant_id AND c.id = s.constituent_id
        WHERE s.tenant_id = $1
          AND ($2::text IS NULL OR s.period = $2)
          AND ($3::date IS NULL OR s.period_start = $3::date)
          AND ($4::text IS NULL OR s.status = $4)
          AND ($5::uuid IS NULL OR s.id < $5)
        ORDER BY s.id DESC
        LIMIT $6`,
      [q.tenantId, q.period ?? null, q.periodStart ?? null, q.status ?? null, q.afterId ?? null, q.limit],
    );
    return rows.map(({ kind, firstName, lastName, preferredName, organizationName, ...view }) => ({
      ...view,
      constituentName: { kind, firstName, lastName, preferredName, organizationName },
    }));
  }
}

const LEDGER = new OutboundLedger('giving_summaries');
