import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { ConstraintFields } from './constraint-fields';

/**
 * Acknowledgement workflows (issue 3): message templates per tenant (versioned, per language), targets
 * and major-gift thresholds, tasks, recurring gifts, tribute and anonymous gifts, giving summaries, and
 * per-acknowledgement kind (donor or tribute), template version, reviewer's note and undeliverable emails.
 */
export class AcknowledgementWorkflows1764100000000 implements MigrationInterface {
  name = 'AcknowledgementWorkflows1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."uq_acknowledgements_gift"`);
    await q.query(
      `CREATE TABLE "recurring_gifts" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "constituent_id" uuid NOT NULL, "amount" bigint NOT NULL, "currency" character(3) NOT NULL, "frequency" text NOT NULL, "status" text NOT NULL DEFAULT 'active', "fund_id" uuid, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "external_reference" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6f232de3bdcbc4e7e5a39ab32c0" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_recurring_gifts_constituent" ON "recurring_gifts" ("tenant_id", "constituent_id")`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_recurring_gifts_tenant_id" ON "recurring_gifts" ("tenant_id", "id")`,
    );
    await q.query(
      `CREATE TABLE "acknowledgement_settings" ("tenant_id" uuid NOT NULL, "automated_target_seconds" integer NOT NULL DEFAULT '300', "personal_target_seconds" integer NOT NULL DEFAULT '172800', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_038abb4d74544bc735da7c156e9" PRIMARY KEY ("tenant_id"))`,
    );
    await q.query(
      `CREATE TABLE "major_gift_thresholds" ("tenant_id" uuid NOT NULL, "currency" character(3) NOT NULL, "amount" bigint NOT NULL, CONSTRAINT "PK_ea14ac5e6492ae4305486550692" PRIMARY KEY ("tenant_id", "currency"))`,
    );
    await q.query(
      `CREATE TABLE "giving_summaries" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "constituent_id" uuid NOT NULL, "period" text NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "status" text NOT NULL, "reason" text, "recipient" text, "message_id" text NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "smtp_response" text, "template_id" uuid, "template_version" integer, "next_attempt_at" TIMESTAMP WITH TIME ZONE, "claimed_at" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1d8359dbd1bc5cc497dd5c4a132" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_giving_summaries_tenant_id" ON "giving_summaries" ("tenant_id", "id")`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_giving_summaries_period" ON "giving_summaries" ("tenant_id", "constituent_id", "period", "period_start")`,
    );
    await q.query(
      `CREATE TABLE "message_templates" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "kind" text NOT NULL, "language" text NOT NULL, "version" integer NOT NULL, "subject" text NOT NULL, "text_body" text NOT NULL, "html_body" text NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9ac2bd9635be662d183f314947d" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_message_templates_version" ON "message_templates" ("tenant_id", "kind", "language", "version")`,
    );
    await q.query(
      `CREATE TABLE "tasks" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "details" text, "constituent_id" uuid NOT NULL, "gift_id" uuid, "owner_id" uuid, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE, "completed_by" uuid, "outcome" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8d12ff38fcc62aaba2cab748772" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_tasks_tenant_id" ON "tasks" ("tenant_id", "id")`);
    await q.query(`CREATE INDEX "ix_tasks_constituent" ON "tasks" ("tenant_id", "constituent_id")`);
    await q.query(`CREATE INDEX "ix_tasks_open_by_owner" ON "tasks" ("tenant_id", "owner_id", "due_at")`);
    await q.query(
      `ALTER TABLE "constituents" ADD "installment_acknowledgement" text NOT NULL DEFAULT 'each'`,
    );
    await q.query(`ALTER TABLE "constituent_emails" ADD "undeliverable_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "constituent_emails" ADD "undeliverable_reason" text`);
    await q.query(`ALTER TABLE "gifts" ADD "anonymous" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "gifts" ADD "tribute_type" text`);
    await q.query(`ALTER TABLE "gifts" ADD "tribute_name" text`);
    await q.query(`ALTER TABLE "gifts" ADD "tribute_notify_name" text`);
    await q.query(`ALTER TABLE "gifts" ADD "tribute_notify_email" text`);
    await q.query(`ALTER TABLE "gifts" ADD "tribute_notify_address" text`);
    await q.query(`ALTER TABLE "gifts" ADD "recurring_gift_id" uuid`);
    await q.query(`ALTER TABLE "acknowledgements" ADD "kind" text NOT NULL DEFAULT 'donor'`);
    await q.query(`ALTER TABLE "acknowledgements" ADD "template_id" uuid`);
    await q.query(`ALTER TABLE "acknowledgements" ADD "template_version" integer`);
    await q.query(`ALTER TABLE "acknowledgements" ADD "language" text`);
    await q.query(`ALTER TABLE "acknowledgements" ADD "personal_note" text`);
    await q.query(`ALTER TABLE "acknowledgements" ADD "reviewed_by" uuid`);
    await q.query(`ALTER TABLE "acknowledgements" ADD "reviewed_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "acknowledgements" ADD "giving_summary_id" uuid`);
    await q.query(
      `CREATE INDEX "ix_acknowledgements_status" ON "acknowledgements" ("tenant_id", "status", "gift_received_at")`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_acknowledgements_gift" ON "acknowledgements" ("tenant_id", "gift_id", "kind")`,
    );
    await q.query(
      `ALTER TABLE "recurring_gifts" ADD CONSTRAINT "FK_a71c9e97c04c96cef4fde38787d" FOREIGN KEY ("tenant_id", "constituent_id") REFERENCES "constituents"("tenant_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "gifts" ADD CONSTRAINT "FK_0e5e7039cc05068c36227c36c8b" FOREIGN KEY ("tenant_id", "recurring_gift_id") REFERENCES "recurring_gifts"("tenant_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "acknowledgement_settings" ADD CONSTRAINT "FK_038abb4d74544bc735da7c156e9" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "major_gift_thresholds" ADD CONSTRAINT "FK_6443cda8532092a9693ed132a84" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "giving_summaries" ADD CONSTRAINT "FK_ff9a21b3345221ca98907fbc98a" FOREIGN KEY ("tenant_id", "constituent_id") REFERENCES "constituents"("tenant_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "message_templates" ADD CONSTRAINT "FK_f54dca32de3d375d837cf18bd37" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "tasks" ADD CONSTRAINT "FK_c49403550c471292411fdcfcbef" FOREIGN KEY ("tenant_id", "constituent_id") REFERENCES "constituents"("tenant_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "uq_acknowledgements_gift"`);
    await q.query(`DROP INDEX "ix_acknowledgements_status"`);
    await q.query(`DELETE FROM "acknowledgements" WHERE "kind" <> 'donor'`);
    await q.query(
      `ALTER TABLE "acknowledgements" DROP COLUMN "kind", DROP COLUMN "template_id", DROP COLUMN "template_version",
         DROP COLUMN "language", DROP COLUMN "personal_note", DROP COLUMN "reviewed_by", DROP COLUMN "reviewed_at",
         DROP COLUMN "giving_summary_id"`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_acknowledgements_gift" ON "acknowledgements" ("tenant_id", "gift_id")`,
    );
    await q.query(
      `ALTER TABLE "gifts" DROP COLUMN "recurring_gift_id", DROP COLUMN "anonymous", DROP COLUMN "tribute_type",
         DROP COLUMN "tribute_name", DROP COLUMN "tribute_notify_name", DROP COLUMN "tribute_notify_email",
         DROP COLUMN "tribute_notify_address"`,
    );
    await q.query(
      `ALTER TABLE "constituent_emails" DROP COLUMN "undeliverable_at", DROP COLUMN "undeliverable_reason"`,
    );
    await q.query(`ALTER TABLE "constituents" DROP COLUMN "installment_acknowledgement"`);
    await q.query(
      `DROP TABLE "tasks", "message_templates", "giving_summaries", "major_gift_thresholds",
         "acknowledgement_settings", "recurring_gifts"`,
    );
  }
}

/** What the constraints above mean to a client (constraint-fields.ts). */
export const acknowledgementWorkflowsConstraintFields: ConstraintFields = {
  FK_a71c9e97c04c96cef4fde38787d: { field: 'constituentId', message: 'no constituent with this id' },
  FK_0e5e7039cc05068c36227c36c8b: { field: 'recurringGiftId', message: 'no recurring gift with this id' },
  FK_038abb4d74544bc735da7c156e9: null,
  FK_6443cda8532092a9693ed132a84: null,
  FK_f54dca32de3d375d837cf18bd37: null,
  FK_ff9a21b3345221ca98907fbc98a: null, // summaries are planned for donors found in the same transaction
  FK_c49403550c471292411fdcfcbef: { field: 'constituentId', message: 'no constituent with this id' },
  uq_recurring_gifts_tenant_id: null,
  uq_giving_summaries_tenant_id: null,
  uq_tasks_tenant_id: null,
  uq_giving_summaries_period: null, // planned with ON CONFLICT DO NOTHING
  uq_message_templates_version: null, // saved with ON CONFLICT DO NOTHING, then the next number
  uq_acknowledgements_gift: null, // one per gift and kind, written with the gift
};
