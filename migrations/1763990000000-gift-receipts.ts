import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { ConstraintFields } from './constraint-fields';

/**
 * Receipts: a gapless number per tenant and year, and the goods or services a donor received for a
 * payment (for the US quid-pro-quo disclosure).
 */
export class GiftReceipts1763990000000 implements MigrationInterface {
  name = 'GiftReceipts1763990000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "receipt_sequences" ("tenant_id" uuid NOT NULL, "year" integer NOT NULL, "last_number" integer NOT NULL, CONSTRAINT "PK_eb77fbec4e9022ff30f398f7bf8" PRIMARY KEY ("tenant_id", "year"))`,
    );
    await q.query(`ALTER TABLE "gifts" ADD "goods_services_value" bigint`);
    await q.query(`ALTER TABLE "gifts" ADD "goods_services_description" text`);
    await q.query(`ALTER TABLE "gifts" ADD "receipt_number" text`);
    await q.query(
      `ALTER TABLE "receipt_sequences" ADD CONSTRAINT "FK_dcd3d8f80c33b28ee9bbbf978d2" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_gifts_receipt_number" ON "gifts" ("tenant_id", "receipt_number") WHERE receipt_number IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "uq_gifts_receipt_number"`);
    await q.query(`ALTER TABLE "gifts" DROP COLUMN "receipt_number"`);
    await q.query(`ALTER TABLE "gifts" DROP COLUMN "goods_services_description"`);
    await q.query(`ALTER TABLE "gifts" DROP COLUMN "goods_services_value"`);
    await q.query(`DROP TABLE "receipt_sequences"`);
  }
}

/** What the constraints above mean to a client (constraint-fields.ts). */
export const giftReceiptsConstraintFields: ConstraintFields = {
  FK_dcd3d8f80c33b28ee9bbbf978d2: null,
  uq_gifts_receipt_number: null, // numbered by Steward, gapless per tenant and year
};
