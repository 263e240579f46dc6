import { deliverableEmailSql, minorUnitsFromColumn } from '@steward/domain';
import type {
  AcknowledgementKind,
  AcknowledgementStatus,
  AcknowledgementTreatment,
  RecurringFrequency,
  TributeType,
} from '@steward/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { markAddressUndeliverable, OutboundLedger } from '../delivery/outbound-ledger';
import type { ThankYouFacts } from '../rendering/thank-you-renderer';
import type { TributeNoticeFacts } from '../rendering/tribute-notice';

/** A claimed acknowledgement with everything needed to render and address it. */
export interface ClaimedAcknowledgement {
  id: string;
  tenantId: string;
  giftId: string;
  constituentId: string;
  /** The donor's thank-you, or the notice to a tribute's honoree or family. */
  kind: AcknowledgementKind;
  attempts: number;
  messageId: string;
  recipient: string | null;
  /** A person reviewed it before it was sent (a major gift approved from the review queue). */
  reviewed: boolean;
  consent: { doNotEmail: boolean; doNotContact: boolean; deceased: boolean };
  facts: ThankYouFacts;
  /** Present when kind is 'tribute'. */
  tributeNotice: TributeNoticeFacts | null;
}

interface ClaimRow {
  id: string;
  tenant_id: string;
  gift_id: string;
  constituent_id: string;
  attempts: number;
  kind: AcknowledgementKind;
  treatment: AcknowledgementTreatment;
  personal_note: string | null;
  message_id: string;
  recipient: string | null;
  reviewed: boolean;
  amount: string;
  currency: string;
  received_at: Date;
  receipt_number: string | null;
  goods_services_value: string | null;
  goods_services_description: string | null;
  anonymous: boolean;
  tribute_type: TributeType | null;
  tribute_name: string | null;
  tribute_notify_name: string | null;
  frequency: RecurringFrequency | null;
  year_to_date: string;
  lifetime: string;
  gift_count: number;
  first_gift_at: Date | null;
  constituent_kind: 'individual' | 'organization';
  first_name: string | null;
  last_name: string | null;
  preferred_name: string | null;
  organization_name: string | null;
  informal_salutation: string | null;
  preferred_locale: string | null;
  do_not_email: boolean;
  do_not_contact: boolean;
  deceased: boolean;
  tenant_name: string;
  default_locale: string;
  fund_name: string | null;
  impact_statement: string | null;
  manager_name: string | null;
  manager_signature: string | null;
}

/** The acknowledgement rows' state machine, as SQL. Each transition is one guarded UPDATE. */
export class AcknowledgementRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Moves a queued or retrying row to "sending" and returns it with its rendering facts, in one
   * statement. Returns null when another run already claimed, sent or settled it: that null is what
   * makes a job that runs twice send one email. The recipient is chosen here, at the claim, so a major
   * gift approved days after the donor changed their address goes to the new one.
   */
  async claim(tenantId: string, id: string): Promise<ClaimedAcknowledgement | null> {
    const rows: ClaimRow[] = await this.db.query(
      `WITH claimed AS (
         UPDATE acknowledgements a
            SET status = 'sending', attempts = attempts + 1, claimed_at = now(), updated_at = now(),
                recipient = ${RECIPIENT_NOW}
          WHERE tenant_id = $1 AND id = $2 AND status IN ('queued', 'retrying')
         RETURNING ${ACK_COLUMNS}, recipient
       )
       ${FACTS_SELECT}`,
      [tenantId, id],
    );
    return rows[0] ? toClaimed(rows[0]) : null;
  }

  /** The same facts without claiming: what the message would say if it were sent now (for previews). */
  async findWithFacts(tenantId: string, id: string): Promise<ClaimedAcknowledgement | null> {
    const rows: ClaimRow[] = await this.db.query(
      `WITH claimed AS (
         SELECT ${ACK_COLUMNS}, ${RECIPIENT_NOW} AS recipient
           FROM acknowledgements a WHERE tenant_id = $1 AND id = $2
       )
       ${FACTS_SELECT}`,
      [tenantId, id],
    );
    return rows[0] ? toClaimed(rows[0]) : null;
  }

  /**
   * The claimed acknowledgement with its gift's receipt number, numbering the tenant's pending receipts
   * first (number_receipts: gapless per tenant and year; see its migration).
   */
  async withReceiptNumbered(ack: ClaimedAcknowledgement): Promise<ClaimedAcknowledgement> {
    await this.db.query('SELECT count(*) FROM number_receipts($1::uuid, ARRAY[$2]::uuid[])', [
      ack.tenantId,
      ack.giftId,
    ]);
    const numbered = await this.findWithFacts(ack.tenantId, ack.id);
    return numbered ? { ...ack, facts: numbered.facts } : ack;
  }

  async markSent(
    tx: EntityManager,
    a: {
      tenantId: string;
      id: string;
      subject: string;
      smtpResponse: string;
      /** The template the message was rendered from (id null and version 0: the built-in wording). */
      template: { id: string | null; version: number; language: string };
    },
  ): Promise<Date> {
    // TypeORM returns [rows, affectedCount] for UPDATE … RETURNING.
    const [rows]: [{ sent_at: Date }[], number] = await tx.query(
      `UPDATE acknowledgements
          SET status = 'sent', sent_at = now(), updated_at = now(), subject = $3, smtp_response = $4,
              last_error = NULL, next_attempt_at = NULL,
              template_id = $5, template_version = $6, language = $7
        WHERE tenant_id = $1 AND id = $2 AND status = 'sending'
        RETURNING sent_at`,
      [a.tenantId, a.id, a.subject, a.smtpResponse, a.template.id, a.template.version, a.template.language],
    );
    if (!rows[0]) throw new Error(`acknowledgement ${a.id} was no longer being sent by this worker`);
    return rows[0].sent_at;
  }

  markRetrying(
    tx: EntityManager,
    a: { tenantId: string; id: string; error: string; nextAttemptAt: Date; countsAsAttempt?: boolean },
  ): Promise<void> {
    return LEDGER.markRetrying(tx, a);
  }

  /** Settles a claimed row without sending: failed, suppressed or held, always with the reason. */
  async settle(
    a: { tenantId: string; id: string },
    status: Extract<AcknowledgementStatus, 'failed' | 'suppressed' | 'held'>,
    reason: string,
    lastError?: string,
  ): Promise<void> {
    await LEDGER.settle(this.db, a, status, reason, lastError);
  }

  /**
   * The server refused the recipient for good: the message is bounced, and the donor's address is marked
   * undeliverable so that later gifts are thanked by letter instead of bouncing again.
   */
  async settleBounced(
    a: { tenantId: string; id: string; kind: AcknowledgementKind; constituentId: string; recipient: string },
    reason: string,
    lastError: string,
  ): Promise<void> {
    await this.db.transaction(async (tx) => {
      await LEDGER.settle(tx, a, 'bounced', reason, lastError);
      // A tribute notice went to someone named on the gift, not to one of the donor's addresses.
      if (a.kind === 'donor') {
        await markAddressUndeliverable(tx, { ...a, address: a.recipient, reason: lastError });
      }
    });
  }
}

const LEDGER = new OutboundLedger('acknowledgements');

const ACK_COLUMNS = `id, tenant_id, gift_id, constituent_id, attempts, message_id, treatment, kind,
  personal_note, reviewed_at IS NOT NULL AS reviewed`;

/**
 * Where a message of the row aliased `a` goes if sent now: a donor's thank-you to the donor's address by
 * the one rule (deliverableEmailSql); a tribute notice to the person named on the gift, kept on the row.
 */
export const RECIPIENT_NOW = `CASE WHEN a.kind = 'donor' THEN ${deliverableEmailSql('a.tenant_id', 'a.constituent_id')}
                                   ELSE a.recipient END`;

/** Everything a message may say, joined to the acknowledgement row(s) in the CTE named `claimed`. */
const FACTS_SELECT = `SELECT a.*, g.amount, g.currency, g.received_at,
              g.receipt_number, g.goods_services_value, g.goods_services_description,
              g.anonymous, g.tribute_type, g.tribute_name, g.tribute_notify_name, r.frequency,
              totals.year_to_date, totals.lifetime, totals.gift_count, totals.first_gift_at,
              c.kind AS constituent_kind, c.first_name, c.last_name, c.preferred_name, c.organization_name,
              c.informal_salutation, c.preferred_locale, c.do_not_email, c.do_not_contact, c.deceased,
              t.name AS tenant_name, t.default_locale,
              f.name AS fund_name, f.impact_statement,
              u.display_name AS manager_name, u.signature AS manager_signature
         FROM claimed a
         JOIN gifts g ON g.tenant_id = a.tenant_id AND g.id = a.gift_id
         JOIN constituents c ON c.tenant_id = a.tenant_id AND c.id = a.constituent_id
         JOIN tenants t ON t.id = a.tenant_id
         LEFT JOIN funds f ON f.tenant_id = g.tenant_id AND f.id = g.fund_id
         LEFT JOIN users u ON u.tenant_id = c.tenant_id AND u.id = c.relationship_manager_id
         LEFT JOIN recurring_gifts r ON r.tenant_id = g.tenant_id AND r.id = g.recurring_gift_id
         -- The donor's giving up to this gift: this year and ever, in the gift's currency.
         CROSS JOIN LATERAL (
           SELECT COALESCE(sum(x.amount) FILTER (WHERE x.currency = g.currency
                     AND x.received_at >= date_trunc('year', g.received_at, 'UTC')), 0) AS year_to_date,
                  COALESCE(sum(x.amount) FILTER (WHERE x.currency = g.currency), 0) AS lifetime,
                  count(*) FILTER (WHERE x.currency = g.currency)::int AS gift_count,
                  min(x.received_at) AS first_gift_at
             FROM gifts x
            WHERE x.tenant_id = g.tenant_id AND x.constituent_id = g.constituent_id
              AND x.received_at <= g.received_at
         ) totals`;

function toClaimed(r: ClaimRow): ClaimedAcknowledgement {
  const donor = {
    kind: r.constituent_kind,
    firstName: r.first_name,
    lastName: r.last_name,
    preferredName: r.preferred_name,
    organizationName: r.organization_name,
    informalSalutation: r.informal_salutation,
  };
  const signature = r.manager_signature ?? r.manager_name ?? `The team at ${r.tenant_name}`;
  const fund = r.fund_name ? { name: r.fund_name, impactStatement: r.impact_statement } : null;
  return {
    id: r.id,
    tenantId: r.tenant_id,
    giftId: r.gift_id,
    constituentId: r.constituent_id,
    kind: r.kind,
    attempts: r.attempts,
    messageId: r.message_id,
    recipient: r.recipient,
    reviewed: r.reviewed,
    consent: { doNotEmail: r.do_not_email, doNotContact: r.do_not_contact, deceased: r.deceased },
    facts: {
      treatment: r.treatment,
      organizationName: r.tenant_name,
      donor,
      locale: r.preferred_locale ?? r.default_locale,
      amount: minorUnitsFromColumn(r.amount),
      currency: r.currency.trim(),
      receivedAt: r.received_at,
      fund,
      signature,
      personalNote: r.personal_note,
      anonymous: r.anonymous,
      tribute: r.tribute_type ? { type: r.tribute_type, name: r.tribute_name as string } : null,
      installment: r.frequency ? { frequency: r.frequency } : null,
      giving: {
        // sum() of bigint is an exact numeric in PostgreSQL; read it as a BigInt, never a float.
        yearToDate: BigInt(r.year_to_date),
        lifetime: BigInt(r.lifetime),
        giftCount: r.gift_count,
        firstGiftAt: r.first_gift_at,
      },
      receipt: r.receipt_number
        ? {
            number: r.receipt_number,
            goodsServicesValue:
              r.goods_services_value === null ? null : minorUnitsFromColumn(r.goods_services_value),
            goodsServicesDescription: r.goods_services_description,
          }
        : null,
    },
    tributeNotice:
      r.kind === 'tribute' && r.tribute_type
        ? {
            organizationName: r.tenant_name,
            recipientName: r.tribute_notify_name,
            tribute: { type: r.tribute_type, name: r.tribute_name as string },
            donor,
            anonymous: r.anonymous,
            fund: fund ? { name: fund.name } : null,
            signature,
          }
        : null,
  };
}
