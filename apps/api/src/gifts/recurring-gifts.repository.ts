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

  /** Inserts when the donor (and fund) exist in the tenant; otherwise names what is missing. */
  async insert(r: Omit<RecurringGift, 'status' | 'createdAt'>): Promise<'constituent' | 'fund' | null> {
    const rows: { id: string | null; constituent: boolean; fund: boolean }[] = await this.db.query(
      `WITH checks AS (
         SELECT EXISTS (SELECT 1 FROM constituents WHERE tenant_id = $2 AND id = $3) AS constituent,
                ($7::uuid IS NULL OR EXISTS (SELECT 1 FROM funds WHERE tenant_id = $2 AND id = $7)) AS fund
       ), ins AS (
         INSERT INTO recurring_gifts (id, tenant_id, constituent_id, amount, currency, frequency, fund_id,
                                      started_at, external_reference)
         SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9 FROM checks WHERE constituent AND fund
         RETURNING id
       )
       SELECT (SELECT id FROM ins) AS id, constituent, fund FROM checks`,
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
    const result = rows[0];
    if (!result.constituent) return 'constituent';
    if (!result.fund) return 'fund';
    return null;
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
