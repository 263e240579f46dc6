import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Receipt numbers are given after a gift's transaction commits, in batches, instead of inside it: the
 * per-tenant sequence row was locked from the numbering statement to the commit, so every gift of a
 * tenant waited for the one before it. `number_receipts` numbers every committed gift of the tenant that
 * has none yet, year by year under that year's row lock (held for one UPDATE), in the order they were
 * recorded: numbers stay gapless (only committed gifts are numbered) and unique, and concurrent gifts no
 * longer queue. It returns the numbers of the gifts it was asked about.
 */
export class ReceiptNumbering1764400000000 implements MigrationInterface {
  name = 'ReceiptNumbering1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "ix_gifts_unnumbered" ON "gifts" ("tenant_id", "received_at") WHERE receipt_number IS NULL`,
    );
    await q.query(`
      CREATE FUNCTION number_receipts(p_tenant uuid, p_gifts uuid[])
      RETURNS TABLE (gift_id uuid, receipt_number text)
      LANGUAGE plpgsql AS $$
      DECLARE
        receipt_year int;
      BEGIN
        FOR receipt_year IN
          SELECT DISTINCT extract(year FROM u.received_at AT TIME ZONE 'UTC')::int
            FROM gifts u WHERE u.tenant_id = p_tenant AND u.receipt_number IS NULL
        LOOP
          INSERT INTO receipt_sequences (tenant_id, year, last_number) VALUES (p_tenant, receipt_year, 0)
            ON CONFLICT (tenant_id, year) DO NOTHING;
          PERFORM 1 FROM receipt_sequences s
            WHERE s.tenant_id = p_tenant AND s.year = receipt_year FOR UPDATE;
          -- A new statement, so a new snapshot: it sees what a numberer we waited for has just committed.
          WITH pending AS (
            SELECT u.id, row_number() OVER (ORDER BY u.created_at, u.id) AS position
              FROM gifts u
             WHERE u.tenant_id = p_tenant AND u.receipt_number IS NULL
               AND u.received_at >= make_timestamptz(receipt_year, 1, 1, 0, 0, 0, 'UTC')
               AND u.received_at < make_timestamptz(receipt_year + 1, 1, 1, 0, 0, 0, 'UTC')
          ), base AS (
            SELECT s.last_number FROM receipt_sequences s WHERE s.tenant_id = p_tenant AND s.year = receipt_year
          ), numbered AS (
            UPDATE gifts g
               SET receipt_number = receipt_year::text || '-' ||
                   lpad((base.last_number + pending.position)::text,
                        greatest(6, length((base.last_number + pending.position)::text)), '0')
              FROM pending, base
             WHERE g.tenant_id = p_tenant AND g.id = pending.id
            RETURNING g.id
          )
          UPDATE receipt_sequences s SET last_number = s.last_number + (SELECT count(*) FROM numbered)
           WHERE s.tenant_id = p_tenant AND s.year = receipt_year;
        END LOOP;
        RETURN QUERY SELECT g.id, g.receipt_number FROM gifts g WHERE g.tenant_id = p_tenant AND g.id = ANY(p_gifts);
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION number_receipts(uuid, uuid[])`);
    await q.query(`DROP INDEX "ix_gifts_unnumbered"`);
  }
}
