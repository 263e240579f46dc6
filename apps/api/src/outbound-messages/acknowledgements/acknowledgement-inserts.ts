import type { AcknowledgementKind, AcknowledgementStatus, AcknowledgementTreatment } from '@steward/domain';
import type { TenantDb } from '../../platform/database/tenant-scope';

export interface NewAcknowledgementRow {
  id: string;
  giftId: string;
  constituentId: string;
  kind: AcknowledgementKind;
  status: AcknowledgementStatus;
  reason: string | null;
  recipient: string | null;
  messageId: string;
  giftReceivedAt: Date;
  treatment: AcknowledgementTreatment;
}

/** Fixed per message, so a message re-sent after a crash is recognisably the same message. */
export function messageIdOf(acknowledgementId: string): string {
  return `<ack-${acknowledgementId}@steward.invalid>`;
}

/**
 * The statement that creates a gift's messages (its thank-you, and a tribute notice), for the gift's own
 * unit of work to fold into the statement that records the gift.
 */
export function insertAcknowledgementsQuery(db: TenantDb, rows: NewAcknowledgementRow[]) {
  return db.insertInto('acknowledgements').values(
    rows.map((a) => ({
      id: a.id,
      gift_id: a.giftId,
      constituent_id: a.constituentId,
      kind: a.kind,
      status: a.status,
      reason: a.reason,
      recipient: a.recipient,
      message_id: a.messageId,
      gift_received_at: a.giftReceivedAt,
      treatment: a.treatment,
    })),
  );
}
