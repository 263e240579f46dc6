import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { ConstraintFields } from './constraint-fields';

/**
 * The first schema: tenants and staff, constituents and their emails, funds and campaigns, gifts, the
 * unified timeline, acknowledgements and captured mail. Tenant-owned tables lead their indexes and
 * foreign keys with tenant_id. Generated from the entities, then the extras below were added by hand.
 */
export class InitialSchema1763900000000 implements MigrationInterface {
  name = 'InitialSchema1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "tenants" ("id" uuid NOT NULL, "slug" text NOT NULL, "name" text NOT NULL, "default_locale" text NOT NULL DEFAULT 'en-US', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_2310ecc5cb8be427097154b18fc" UNIQUE ("slug"), CONSTRAINT "PK_53be67a04681c66b87ee27c9321" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "email" text NOT NULL, "password_hash" text NOT NULL, "display_name" text NOT NULL, "role" text NOT NULL, "signature" text, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_users_tenant" ON "users" ("tenant_id", "id")`);
    await q.query(
      `CREATE TABLE "system_settings" ("key" text NOT NULL, "value" text NOT NULL, CONSTRAINT "PK_b1b5bc664526d375c94ce9ad43d" PRIMARY KEY ("key"))`,
    );
    await q.query(
      `CREATE TABLE "constituents" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "kind" text NOT NULL, "first_name" text, "last_name" text, "preferred_name" text, "organization_name" text, "formal_salutation" text, "informal_salutation" text, "pronouns" text, "preferred_locale" text, "do_not_contact" boolean NOT NULL DEFAULT false, "do_not_email" boolean NOT NULL DEFAULT false, "deceased" boolean NOT NULL DEFAULT false, "relationship_manager_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_db6b4c3c59002044075e13220dc" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_constituents_tenant_id" ON "constituents" ("tenant_id", "id")`);
    await q.query(
      `CREATE TABLE "constituent_emails" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "constituent_id" uuid NOT NULL, "address" text NOT NULL, "type" text NOT NULL DEFAULT 'personal', "is_primary" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_602ed2cabdb276ada96d82dcc34" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_constituent_emails_address" ON "constituent_emails" ("tenant_id", "address")`,
    );
    await q.query(
      `CREATE INDEX "ix_constituent_emails_owner" ON "constituent_emails" ("tenant_id", "constituent_id")`,
    );
    await q.query(
      `CREATE TABLE "funds" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "name" text NOT NULL, "impact_statement" text, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d785f4bb8f680f3febd40718f68" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_funds_tenant_id" ON "funds" ("tenant_id", "id")`);
    await q.query(`CREATE UNIQUE INDEX "uq_funds_tenant_name" ON "funds" ("tenant_id", "name")`);
    await q.query(
      `CREATE TABLE "campaigns" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "name" text NOT NULL, "starts_on" date, "ends_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_831e3fcd4fc45b4e4c3f57a9ee4" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_campaigns_tenant_id" ON "campaigns" ("tenant_id", "id")`);
    await q.query(`CREATE UNIQUE INDEX "uq_campaigns_tenant_name" ON "campaigns" ("tenant_id", "name")`);
    await q.query(
      `CREATE TABLE "gifts" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "constituent_id" uuid NOT NULL, "amount" bigint NOT NULL, "currency" character(3) NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "fund_id" uuid, "campaign_id" uuid, "source" text NOT NULL DEFAULT 'api', "payment_method" text, "external_reference" text, "idempotency_key" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_54242922934e1f322861d116af7" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_gifts_tenant_id" ON "gifts" ("tenant_id", "id")`);
    await q.query(
      `CREATE INDEX "ix_gifts_constituent" ON "gifts" ("tenant_id", "constituent_id", "received_at")`,
    );
    await q.query(
      `CREATE TABLE "timeline_entries" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "constituent_id" uuid NOT NULL, "kind" text NOT NULL, "department" text NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "summary" text NOT NULL, "subject_type" text, "subject_id" uuid, "details" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_6a83c1403a1bb1f7619bd80f2b7" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "acknowledgements" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "gift_id" uuid NOT NULL, "constituent_id" uuid NOT NULL, "status" text NOT NULL, "reason" text, "channel" text NOT NULL DEFAULT 'email', "recipient" text, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "message_id" text NOT NULL, "subject" text, "smtp_response" text, "gift_received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "next_attempt_at" TIMESTAMP WITH TIME ZONE, "claimed_at" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5fb9e1a0c3bc3f01173a42e0ee0" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_acknowledgements_gift" ON "acknowledgements" ("tenant_id", "gift_id")`,
    );
    await q.query(
      `CREATE TABLE "captured_mail" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "message_id" text NOT NULL, "from_address" text NOT NULL, "to_address" text NOT NULL, "subject" text NOT NULL, "text" text, "html" text, "raw" text NOT NULL, "captured_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3c0c3d83ab87f9026be97a5df14" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_captured_mail_tenant_recent" ON "captured_mail" ("tenant_id", "id")`);
    await q.query(
      `ALTER TABLE "users" ADD CONSTRAINT "FK_109638590074998bb72a2f2cf08" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "constituents" ADD CONSTRAINT "FK_602f03c445d42865b167fff258b" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "constituent_emails" ADD CONSTRAINT "FK_39f7d07cde6c0ff620e0d26ff7c" FOREIGN KEY ("tenant_id", "constituent_id") REFERENCES "constituents"("tenant_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "funds" ADD CONSTRAINT "FK_0cdd470262dd2ac071f581df8a1" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "campaigns" ADD CONSTRAINT "FK_d4b32d1e898a336c770e08bf5e8" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "gifts" ADD CONSTRAINT "FK_e3ee9f3cf3289fa787e794f2d16" FOREIGN KEY ("tenant_id", "constituent_id") REFERENCES "constituents"("tenant_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "gifts" ADD CONSTRAINT "FK_c2ae5e9239125cebe1135f9634c" FOREIGN KEY ("tenant_id", "fund_id") REFERENCES "funds"("tenant_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "gifts" ADD CONSTRAINT "FK_788013f9f51add48743bb074660" FOREIGN KEY ("tenant_id", "campaign_id") REFERENCES "campaigns"("tenant_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "timeline_entries" ADD CONSTRAINT "FK_c267134ab20aa162b4e1488efc5" FOREIGN KEY ("tenant_id", "constituent_id") REFERENCES "constituents"("tenant_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "acknowledgements" ADD CONSTRAINT "FK_303dd0127cbd39e57db4f8eb548" FOREIGN KEY ("tenant_id", "gift_id") REFERENCES "gifts"("tenant_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "captured_mail" ADD CONSTRAINT "FK_afc90a42f59822e61324d8974ed" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    // What TypeORM cannot express: trigram search, partial uniques, and descending keyset indexes.
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(
      `CREATE INDEX "ix_constituents_name_trgm" ON "constituents" USING gin ((lower(coalesce(first_name, '') || ' ' || coalesce(preferred_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(organization_name, ''))) gin_trgm_ops)`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_constituent_emails_primary" ON "constituent_emails" ("tenant_id", "constituent_id") WHERE is_primary`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_gifts_idempotency_key" ON "gifts" ("tenant_id", "idempotency_key") WHERE idempotency_key IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_gifts_external_reference" ON "gifts" ("tenant_id", "source", "external_reference") WHERE external_reference IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX "ix_timeline_constituent_recent" ON "timeline_entries" ("tenant_id", "constituent_id", "occurred_at" DESC, "id" DESC)`,
    );
    await q.query(
      `CREATE INDEX "ix_acknowledgements_pending" ON "acknowledgements" ("status", "claimed_at", "next_attempt_at") WHERE status IN ('queued', 'sending', 'retrying')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "captured_mail"`);
    await q.query(`DROP TABLE "acknowledgements"`);
    await q.query(`DROP TABLE "timeline_entries"`);
    await q.query(`DROP TABLE "gifts"`);
    await q.query(`DROP TABLE "campaigns"`);
    await q.query(`DROP TABLE "funds"`);
    await q.query(`DROP TABLE "constituent_emails"`);
    await q.query(`DROP TABLE "constituents"`);
    await q.query(`DROP TABLE "system_settings"`);
    await q.query(`DROP TABLE "users"`);
    await q.query(`DROP TABLE "tenants"`);
  }
}

/** What the constraints above mean to a client (constraint-fields.ts). */
export const initialSchemaConstraintFields: ConstraintFields = {
  UQ_2310ecc5cb8be427097154b18fc: null, // tenants.slug: created once, race-safe
  UQ_97672ac88f789774dd47f7c8be3: { field: 'email', message: 'is already the email of a staff account' },
  FK_109638590074998bb72a2f2cf08: null, // every tenant key: the tenant is the caller's own
  FK_602f03c445d42865b167fff258b: null,
  FK_0cdd470262dd2ac071f581df8a1: null,
  FK_d4b32d1e898a336c770e08bf5e8: null,
  FK_afc90a42f59822e61324d8974ed: null,
  FK_39f7d07cde6c0ff620e0d26ff7c: null, // emails are written with their constituent
  FK_c267134ab20aa162b4e1488efc5: null, // timeline entries are written with what they record
  FK_303dd0127cbd39e57db4f8eb548: null, // acknowledgements are written with their gift
  FK_e3ee9f3cf3289fa787e794f2d16: { field: 'constituentId', message: 'no constituent with this id' },
  FK_c2ae5e9239125cebe1135f9634c: { field: 'fundId', message: 'no fund with this id' },
  FK_788013f9f51add48743bb074660: { field: 'campaignId', message: 'no campaign with this id' },
  uq_constituents_tenant_id: null,
  uq_funds_tenant_id: null,
  uq_campaigns_tenant_id: null,
  uq_gifts_tenant_id: null,
  uq_funds_tenant_name: { field: 'name', message: 'is already the name of another fund' },
  uq_campaigns_tenant_name: { field: 'name', message: 'is already the name of another campaign' },
  uq_constituent_emails_primary: { field: 'emails', message: 'at most one email can be primary' },
  uq_gifts_idempotency_key: { field: 'Idempotency-Key', message: 'was already used for another gift' },
  uq_gifts_external_reference: { field: 'externalReference', message: 'is already recorded on another gift' },
};
