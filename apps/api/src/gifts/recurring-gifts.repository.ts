import { Injectable } from '@nestjs/common';
import { minorUnitsFromColumn, type RecurringGift } from '@steward/domain';
import { DataSource } from 'typeorm';
import type { RecurringGiftView } from './dto/recurring-gift.dto';

const VIEW = `SELECT r.id, r.constituent_id AS "constituentId", r.amount::text AS amount, trim(r.currency) AS currency,
       r.frequency, r.status, r.fund_id AS "fundId", r.started_at AS "startedAt",
       r.external_reference AS "externalReference",
       (SELECT count(*)::int FROM gifts g WHERE g.tenant_id = r.tenant_id AND g.recurring_gift_id = r.id) AS installments
  FROM recurring_gifts r`;

/** Amounts come back as bigint text and are read exactly. */
function toView(row: Omit<RecurringGiftView, 'amount'> & { amount: string }): RecurringGiftView {
  return { ...row, amount: minorUnitsFromColumn(row.amount) };
}

@Injectable()
export class RecurringGiftsRepository {
  constructor(private readonly db: DataSource) {}

  /** A donor or fund that is not in the tenant is refused by the foreign keys (400 naming the field). */
  async insert(r: Omit<RecurringGift, 'status' | 'createdAt'>): Promise<void> {
    await this.db.query(
      `INSERT INTO recurring_gifts (id, tenant_id, constituent_id, amount, currency, frequency, fund_id,
                                    started_at, external_reference)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        r.id,
        r.tenantId,
        r.constituentId,
        r.amount,
        r.currency,
        r.frequency,
        r.fundId,
        r.startedAt,
        r.externalReference,
      ],
    );
  }

  async findById(tenantId: string, id: string): Promise<RecurringGiftView | null> {
    const rows = await this.db.query(`${VIEW} WHERE r.tenant_id = $1 AND r.id = $2`, [tenantId, id]);
    return rows[0] ? toView(rows[0]) : null;
  }

  async listByConstituent(tenantId: string, constituentId: string): Promise<RecurringGiftView[]> {
    const rows = await this.db.query(
      `${VIEW} WHERE r.tenant_id = $1 AND r.constituent_id = $2 ORDER BY r.started_at DESC`,
      [tenantId, constituentId],
    );
    return rows.map(toView);
  }
}
