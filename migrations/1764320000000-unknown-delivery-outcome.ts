import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A message held because a worker stopped while sending it may already have reached its recipient.
 * `unknown_outcome_at` (both outgoing tables, set by the sweeper's hold) says so, and when that attempt
 * began; an acknowledgement records the reviewer's decision about it (send again, or it was delivered),
 * who made it, when, and the evidence for "delivered".
 */
export class UnknownDeliveryOutcome1764320000000 implements MigrationInterface {
  name = 'UnknownDeliveryOutcome1764320000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "acknowledgements" ADD "unknown_outcome_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "acknowledgements" ADD "outcome_decision" text`);
    await q.query(`ALTER TABLE "acknowledgements" ADD "outcome_decided_by" uuid`);
    await q.query(`ALTER TABLE "acknowledgements" ADD "outcome_decided_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "acknowledgements" ADD "outcome_evidence" text`);
    await q.query(`ALTER TABLE "giving_summaries" ADD "unknown_outcome_at" TIMESTAMP WITH TIME ZONE`);
    // Rows the sweeper held before this column existed: their reason is the only trace of the crash.
    for (const table of ['acknowledgements', 'giving_summaries']) {
      await q.query(
        `UPDATE "${table}" SET "unknown_outcome_at" = COALESCE("claimed_at", "updated_at")
          WHERE "status" = 'held' AND "reason" LIKE 'delivery outcome unknown%'`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "giving_summaries" DROP COLUMN "unknown_outcome_at"`);
    await q.query(`ALTER TABLE "acknowledgements" DROP COLUMN "outcome_evidence"`);
    await q.query(`ALTER TABLE "acknowledgements" DROP COLUMN "outcome_decided_at"`);
    await q.query(`ALTER TABLE "acknowledgements" DROP COLUMN "outcome_decided_by"`);
    await q.query(`ALTER TABLE "acknowledgements" DROP COLUMN "outcome_decision"`);
    await q.query(`ALTER TABLE "acknowledgements" DROP COLUMN "unknown_outcome_at"`);
  }
}
