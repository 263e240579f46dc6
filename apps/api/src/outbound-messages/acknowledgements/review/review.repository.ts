import { Injectable } from '@nestjs/common';
import {
  displayName,
  minorUnitsFromColumn,
  type AcknowledgementKind,
  type AcknowledgementStatus,
  type NameParts,
  type UnknownOutcomeDecision,
} from '@steward/domain';
import { RECIPIENT_NOW } from '@steward/notifications';
import { DataSource, type EntityManager } from 'typeorm';
import type { AcknowledgementView } from './review.dto';

/**
 * Held because a worker stopped while sending it, with no decision taken since: the message may already
 * have reached the donor, so it is sent again only on an explicit decision. (A decision moves the row out
 * of "held"; a later crash holds it again with a newer unknown_outcome_at, and a decision is needed again.)
 */
const AWAITING_OUTCOME_DECISION = `(a.status = 'held' AND a.unknown_outcome_at IS NOT NULL
  AND (a.outcome_decided_at IS NULL OR a.outcome_decided_at < a.unknown_outcome_at))`;

const VIEW = `SELECT a.id, a.gift_id AS "giftId", a.constituent_id AS "constituentId", a.kind, a.status, a.reason,
       a.treatment,
       -- not sent yet: where it would go now (the claim chooses again); sent or settled: where it went
       CASE WHEN a.status IN ('held', 'queued', 'retrying', 'deferred') THEN ${RECIPIENT_NOW}
            ELSE a.recipient END AS recipient,
       a.personal_note AS "personalNote", g.amount::text AS amount,
       trim(g.currency) AS currency, a.gift_received_at AS "giftReceivedAt",
       c.relationship_manager_id AS "relationshipManagerId", a.attempts, a.last_error AS "lastError",
       a.smtp_response AS "smtpResponse", a.template_version AS "templateVersion", a.sent_at AS "sentAt",
       a.reviewed_by AS "reviewedBy", a.reviewed_at AS "reviewedAt",
       a.message_id AS "messageId", a.unknown_outcome_at AS "unknownOutcomeAt",
       ${AWAITING_OUTCOME_DECISION} AS "awaitingDecision",
       a.outcome_decision AS "outcomeDecision", a.outcome_decided_by AS "outcomeDecidedBy",
       d.display_name AS "outcomeDecidedByName", a.outcome_decided_at AS "outcomeDecidedAt",
       a.outcome_evidence AS "outcomeEvidence",
       json_build_object('kind', c.kind, 'firstName', c.first_name, 'lastName', c.last_name,
    'preferredName', c.preferred_name, 'organizationName', c.organization_name) AS "nameParts"
  FROM acknowledgements a
  JOIN gifts g ON g.tenant_id = a.tenant_id AND g.id = a.gift_id
  JOIN constituents c ON c.tenant_id = a.tenant_id AND c.id = a.constituent_id
  LEFT JOIN users d ON d.tenant_id = a.tenant_id AND d.id = a.outcome_decided_by`;

type ViewRow = Omit<AcknowledgementView, 'constituentName' | 'unknownOutcome' | 'amount'> & {
  nameParts: NameParts;
  amount: string;
  messageId: string;
  unknownOutcomeAt: Date | null;
  awaitingDecision: boolean;
  outcomeDecision: UnknownOutcomeDecision | null;
  outcomeDecidedBy: string | null;
  outcomeDecidedByName: string | null;
  outcomeDecidedAt: Date | null;
  outcomeEvidence: string | null;
};

/** The constituent is named by the domain's displayName, as everywhere else; the amount read exactly. */
function toView({
  nameParts,
  amount,
  messageId,
  unknownOutcomeAt,
  awaitingDecision,
  outcomeDecision,
  outcomeDecidedBy,
  outcomeDecidedByName,
  outcomeDecidedAt,
  outcomeEvidence,
  ...row
}: ViewRow): AcknowledgementView {
  return {
    ...row,
    amount: minorUnitsFromColumn(amount),
    constituentName: displayName(nameParts),
    unknownOutcome: unknownOutcomeAt
      ? {
          attemptedAt: unknownOutcomeAt,
          messageId,
          awaitingDecision,
          lastDecision:
            outcomeDecision && outcomeDecidedBy && outcomeDecidedAt
              ? {
                  choice: outcomeDecision,
                  decidedBy: outcomeDecidedBy,
                  decidedByName: outcomeDecidedByName ?? 'a former user',
                  decidedAt: outcomeDecidedAt,
                  evidence: outcomeEvidence,
                }
              : null,
        }
      : null,
  };
}

/** What a decision about an unknown outcome changed, for the timeline entry that records it. */
export interface OutcomeDecisionRecorded {
  constituentId: string;
  giftId: string;
  kind: AcknowledgementKind;
  subject: string | null;
  attemptedAt: Date;
  reviewerName: string;
}

/** Acknowledgements as staff see and review them. Every change is a guarded UPDATE on status 'held'. */
@Injectable()
export class ReviewRepository {
  constructor(private readonly db: DataSource) {}

  /** `tx`: read inside a transaction, as it will be at its commit (before a worker can take it up). */
  async findById(
    tenantId: string,
    id: string,
    tx: Pick<EntityManager, 'query'> = this.db,
  ): Promise<AcknowledgementView | null> {
    const rows: ViewRow[] = await tx.query(`${VIEW} WHERE a.tenant_id = $1 AND a.id = $2`, [tenantId, id]);
    return rows[0] ? toView(rows[0]) : null;
  }

  /** Oldest gift first (the one waiting longest), keyset on (gift_received_at, id). */
  async list(q: {
    tenantId: string;
    status: AcknowledgementStatus;
    after?: { giftReceivedAt: Date; id: string };
    limit: number;
  }): Promise<AcknowledgementView[]> {
    const rows: ViewRow[] = await this.db.query(
      `${VIEW}
        WHERE a.tenant_id = $1 AND a.status = $2
          AND ($3::timestamptz IS NULL OR (a.gift_received_at, a.id) > ($3, $4::uuid))
        ORDER BY a.gift_received_at, a.id
        LIMIT $5`,
      [q.tenantId, q.status, q.after?.giftReceivedAt ?? null, q.after?.id ?? null, q.limit],
    );
    return rows.map(toView);
  }

  async setNote(tenantId: string, id: string, note: string | null): Promise<boolean> {
    const [rows]: [unknown[], number] = await this.db.query(
      `UPDATE acknowledgements SET personal_note = $3, updated_at = now()
        WHERE tenant_id = $1 AND id = $2 AND status = 'held'
        RETURNING id`,
      [tenantId, id, note],
    );
    return rows.length > 0;
  }

  /**
   * held → queued, with the reviewer and (optionally) a new note. A row awaiting a decision about an
   * unknown outcome is approved only with `confirmResend`, which records the decision. Null when nothing
   * was approved; `resend` is the recorded decision, if one was taken.
   */
  async approve(
    tx: EntityManager,
    a: {
      tenantId: string;
      id: string;
      reviewerId: string;
      personalNote?: string | null;
      confirmResend: boolean;
    },
  ): Promise<{ resend: OutcomeDecisionRecorded | null } | null> {
    const [rows]: [(DecisionRow & { decided: boolean })[], number] = await tx.query(
      `WITH target AS (
         SELECT a.id, ${AWAITING_OUTCOME_DECISION} AS awaiting FROM acknowledgements a
          WHERE a.tenant_id = $1 AND a.id = $2 AND a.status = 'held'
          FOR UPDATE
       )
       UPDATE acknowledgements a
          SET status = 'queued', reason = NULL, reviewed_by = $3, reviewed_at = now(), updated_at = now(),
              personal_note = CASE WHEN $4::boolean THEN $5 ELSE a.personal_note END,
              outcome_decision = CASE WHEN t.awaiting THEN 'resend' ELSE a.outcome_decision END,
              outcome_decided_by = CASE WHEN t.awaiting THEN $3 ELSE a.outcome_decided_by END,
              outcome_decided_at = CASE WHEN t.awaiting THEN now() ELSE a.outcome_decided_at END,
              outcome_evidence = CASE WHEN t.awaiting THEN NULL ELSE a.outcome_evidence END
         FROM target t
        WHERE a.tenant_id = $1 AND a.id = t.id AND (NOT t.awaiting OR $6::boolean)
        RETURNING t.awaiting AS decided, ${DECISION_RETURNING}`,
      [a.tenantId, a.id, a.reviewerId, a.personalNote !== undefined, a.personalNote ?? null, a.confirmResend],
    );
    const row = rows[0];
    if (!row) return null;
    return { resend: row.decided ? toDecisionRecorded(row) : null };
  }

  /**
   * held after an unknown outcome → sent, without sending: the reviewer found that it arrived. Its sent
   * time is when that attempt began, the nearest Steward knows. Null when it was not awaiting that decision.
   */
  async markSent(
    tx: EntityManager,
    a: { tenantId: string; id: string; reviewerId: string; evidence: string },
  ): Promise<OutcomeDecisionRecorded | null> {
    const [rows]: [DecisionRow[], number] = await tx.query(
      `UPDATE acknowledgements a
          SET status = 'sent', sent_at = a.unknown_outcome_at, reason = NULL, next_attempt_at = NULL,
              outcome_decision = 'delivered', outcome_decided_by = $3, outcome_decided_at = now(),
              outcome_evidence = $4, updated_at = now()
        WHERE a.tenant_id = $1 AND a.id = $2 AND ${AWAITING_OUTCOME_DECISION}
        RETURNING ${DECISION_RETURNING}`,
      [a.tenantId, a.id, a.reviewerId, a.evidence],
    );
    return rows[0] ? toDecisionRecorded(rows[0]) : null;
  }

  /** held → suppressed with the reviewer's reason; returns the constituent, or null when not held. */
  async skip(
    tx: EntityManager,
    a: { tenantId: string; id: string; reviewerId: string; reason: string },
  ): Promise<{ constituentId: string } | null> {
    const [rows]: [{ constituent_id: string }[], number] = await tx.query(
      `UPDATE acknowledgements
          SET status = 'suppressed', reason = $4, reviewed_by = $3, reviewed_at = now(), updated_at = now()
        WHERE tenant_id = $1 AND id = $2 AND status = 'held'
        RETURNING constituent_id`,
      [a.tenantId, a.id, a.reviewerId, a.reason],
    );
    return rows[0] ? { constituentId: rows[0].constituent_id } : null;
  }
}

interface DecisionRow {
  constituent_id: string;
  gift_id: string;
  kind: AcknowledgementKind;
  subject: string | null;
  unknown_outcome_at: Date;
  reviewer_name: string | null;
}

/** What an UPDATE aliased `a` returns about a decision ($1 the tenant, $3 the reviewer). */
const DECISION_RETURNING = `a.constituent_id, a.gift_id, a.kind, a.subject, a.unknown_outcome_at,
  (SELECT u.display_name FROM users u WHERE u.tenant_id = $1 AND u.id = $3) AS reviewer_name`;

function toDecisionRecorded(row: DecisionRow): OutcomeDecisionRecorded {
  return {
    constituentId: row.constituent_id,
    giftId: row.gift_id,
    kind: row.kind,
    subject: row.subject,
    attemptedAt: row.unknown_outcome_at,
    reviewerName: row.reviewer_name ?? 'a reviewer',
  };
}
