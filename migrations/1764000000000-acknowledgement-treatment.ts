import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The thank-you the rules chose for each gift: first gift, welcome back, or thank you. */
export class AcknowledgementTreatment1764000000000 implements MigrationInterface {
  name = 'AcknowledgementTreatment1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "acknowledgements" ADD "treatment" text NOT NULL DEFAULT 'thank_you'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "acknowledgements" DROP COLUMN "treatment"`);
  }
}
