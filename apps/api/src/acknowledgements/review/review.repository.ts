import { Injectable } from '@nestjs/common';
import {
  displayName,
  minorUnitsFromColumn,
  type AcknowledgementStatus,
  type NameParts,
} from '@steward/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { AcknowledgementView } from './review.dto';

const VIEW = `SELECT a.id, a.gift_id AS "giftId", a.constituent_id AS "constituentId", a.kind, a.status, a.reason,
       a.treatment, a.recipient, a.personal_note AS "personalNote", g.amount::text AS amount,
       trim(g.currency) AS currency, a.gift_received_at AS "giftReceivedAt",
       c.relationship_manager_id AS "relationshipManagerId", a.attempts, a.last_error AS "lastError",
       a.smtp_response AS "smtpResponse", a.template_version AS "templateVersion", a.sent_at AS "sentAt",
       a.reviewed_by AS "reviewedBy", a.reviewed_at AS "reviewedAt",
       json_build_object('kind', c.kind, 'firstName', c.first_name, 'lastName', c.last_name,
    'preferredName', c.preferred_name, 'organizationName', c.organization_name) AS "nameParts"
  FROM acknowledgements a
  JOIN gifts g ON g.tenant_id = a.tenant_id AND g.id = a.gift_id
  JOIN constituents c ON c.tenant_id = a.tenant_id AND c.id = a.constituent_id`;

type ViewRow = Omit<AcknowledgementView, 'constituentName' | 'amount'> & {
  nameParts: NameParts;
  amount: string;
};

/** The constituent is named by the domain's displayName, as everywhere else; the amount read exactly. */
function toView({ nameParts, amount, ...row }: ViewRow): AcknowledgementView {
  return { ...row, amount: minorUnitsFromColumn(amount), constituentName: displayName(nameParts) };
}

/** Acknowledgements as staff see and review them. Every change is a guarded UPDATE on status 'held'. */
@Injectable()
export class ReviewRepository {
  constructor(private readonly db: DataSource) {}

  async findById(tenantId: string, id: string): Promise<AcknowledgementView | null> {
    const rows: ViewRow[] = await this.db.query(`${VIEW} WHERE a.tenant_id = $1 AND a.id = $2`, [
      tenantId,
      id,
    ]);
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

  /** held → queued, with the reviewer and (optionally) a new note; false when it was not held. */
  async approve(
    tx: EntityManager,
    a: { tenantId: string; id: string; reviewerId: string; personalNote?: string | null },
  ): Promise<boolean> {
    const [rows]: [unknown[], number] = await tx.query(
      `UPDATE acknowledgements
          SET status = 'queued', reason = NULL, reviewed_by = $3, reviewed_at = now(), updated_at = now(),
              personal_note = CASE WHEN $4::boolean THEN $5 ELSE personal_note END
        WHERE tenant_id = $1 AND id = $2 AND status = 'held'
        RETURNING id`,
      [a.tenantId, a.id, a.reviewerId, a.personalNote !== undefined, a.personalNote ?? null],
    );
    return rows.length > 0;
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
