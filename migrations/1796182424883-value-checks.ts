import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { ConstraintFields } from './constraint-fields';

/**
 * CHECK constraints from the TypeScript value lists of libs/domain (CHECKED_VALUE_LISTS), written by
 * `npm run db:checks`; do not edit by hand (change the list, and run it again):
 * - acknowledgements.kind: donor, tribute
 * - acknowledgements.outcome_decision: resend, delivered
 * - acknowledgements.status: queued, sending, retrying, sent, failed, bounced, held, deferred, suppressed
 * - acknowledgements.treatment: first_gift, welcome_back, thank_you
 * - constituent_emails.type: personal, work, other
 * - constituents.installment_acknowledgement: each, monthly_summary, annual
 * - constituents.kind: individual, organization
 * - gifts.source: manual, api, import, stripe
 * - gifts.tribute_type: in_honor, in_memory
 * - giving_summaries.period: month, year
 * - giving_summaries.status: queued, sending, retrying, sent, failed, bounced, held, suppressed
 * - message_templates.kind: thank_you, tribute_notification, giving_summary
 * - recurring_gifts.frequency: weekly, monthly, quarterly, annually
 * - recurring_gifts.status: active, paused, cancelled
 * - tasks.kind: call, letter, email, meeting, other
 * - timeline_entries.department: development, volunteering, alumni, programs, events, communications, social, general
 * - users.role: admin, development_officer, volunteer_coordinator, program_staff, alumni_relations, communications, read_only
 */
export class ValueChecks1796182424883 implements MigrationInterface {
  name = 'ValueChecks1796182424883';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "acknowledgements" DROP CONSTRAINT IF EXISTS "ck_acknowledgements_kind"`);
    await q.query(
      `ALTER TABLE "acknowledgements" ADD CONSTRAINT "ck_acknowledgements_kind" CHECK ("kind" IN ('donor', 'tribute'))`,
    );
    await q.query(
      `ALTER TABLE "acknowledgements" DROP CONSTRAINT IF EXISTS "ck_acknowledgements_outcome_decision"`,
    );
    await q.query(
      `ALTER TABLE "acknowledgements" ADD CONSTRAINT "ck_acknowledgements_outcome_decision" CHECK ("outcome_decision" IN ('resend', 'delivered'))`,
    );
    await q.query(`ALTER TABLE "acknowledgements" DROP CONSTRAINT IF EXISTS "ck_acknowledgements_status"`);
    await q.query(
      `ALTER TABLE "acknowledgements" ADD CONSTRAINT "ck_acknowledgements_status" CHECK ("status" IN ('queued', 'sending', 'retrying', 'sent', 'failed', 'bounced', 'held', 'deferred', 'suppressed'))`,
    );
    await q.query(`ALTER TABLE "acknowledgements" DROP CONSTRAINT IF EXISTS "ck_acknowledgements_treatment"`);
    await q.query(
      `ALTER TABLE "acknowledgements" ADD CONSTRAINT "ck_acknowledgements_treatment" CHECK ("treatment" IN ('first_gift', 'welcome_back', 'thank_you'))`,
    );
    await q.query(`ALTER TABLE "constituent_emails" DROP CONSTRAINT IF EXISTS "ck_constituent_emails_type"`);
    await q.query(
      `ALTER TABLE "constituent_emails" ADD CONSTRAINT "ck_constituent_emails_type" CHECK ("type" IN ('personal', 'work', 'other'))`,
    );
    await q.query(
      `ALTER TABLE "constituents" DROP CONSTRAINT IF EXISTS "ck_constituents_installment_acknowledgement"`,
    );
    await q.query(
      `ALTER TABLE "constituents" ADD CONSTRAINT "ck_constituents_installment_acknowledgement" CHECK ("installment_acknowledgement" IN ('each', 'monthly_summary', 'annual'))`,
    );
    await q.query(`ALTER TABLE "constituents" DROP CONSTRAINT IF EXISTS "ck_constituents_kind"`);
    await q.query(
      `ALTER TABLE "constituents" ADD CONSTRAINT "ck_constituents_kind" CHECK ("kind" IN ('individual', 'organization'))`,
    );
    await q.query(`ALTER TABLE "gifts" DROP CONSTRAINT IF EXISTS "ck_gifts_source"`);
    await q.query(
      `ALTER TABLE "gifts" ADD CONSTRAINT "ck_gifts_source" CHECK ("source" IN ('manual', 'api', 'import', 'stripe'))`,
    );
    await q.query(`ALTER TABLE "gifts" DROP CONSTRAINT IF EXISTS "ck_gifts_tribute_type"`);
    await q.query(
      `ALTER TABLE "gifts" ADD CONSTRAINT "ck_gifts_tribute_type" CHECK ("tribute_type" IN ('in_honor', 'in_memory'))`,
    );
    await q.query(`ALTER TABLE "giving_summaries" DROP CONSTRAINT IF EXISTS "ck_giving_summaries_period"`);
    await q.query(
      `ALTER TABLE "giving_summaries" ADD CONSTRAINT "ck_giving_summaries_period" CHECK ("period" IN ('month', 'year'))`,
    );
    await q.query(`ALTER TABLE "giving_summaries" DROP CONSTRAINT IF EXISTS "ck_giving_summaries_status"`);
    await q.query(
      `ALTER TABLE "giving_summaries" ADD CONSTRAINT "ck_giving_summaries_status" CHECK ("status" IN ('queued', 'sending', 'retrying', 'sent', 'failed', 'bounced', 'held', 'suppressed'))`,
    );
    await q.query(`ALTER TABLE "message_templates" DROP CONSTRAINT IF EXISTS "ck_message_templates_kind"`);
    await q.query(
      `ALTER TABLE "message_templates" ADD CONSTRAINT "ck_message_templates_kind" CHECK ("kind" IN ('thank_you', 'tribute_notification', 'giving_summary'))`,
    );
    await q.query(`ALTER TABLE "recurring_gifts" DROP CONSTRAINT IF EXISTS "ck_recurring_gifts_frequency"`);
    await q.query(
      `ALTER TABLE "recurring_gifts" ADD CONSTRAINT "ck_recurring_gifts_frequency" CHECK ("frequency" IN ('weekly', 'monthly', 'quarterly', 'annually'))`,
    );
    await q.query(`ALTER TABLE "recurring_gifts" DROP CONSTRAINT IF EXISTS "ck_recurring_gifts_status"`);
    await q.query(
      `ALTER TABLE "recurring_gifts" ADD CONSTRAINT "ck_recurring_gifts_status" CHECK ("status" IN ('active', 'paused', 'cancelled'))`,
    );
    await q.query(`ALTER TABLE "tasks" DROP CONSTRAINT IF EXISTS "ck_tasks_kind"`);
    await q.query(
      `ALTER TABLE "tasks" ADD CONSTRAINT "ck_tasks_kind" CHECK ("kind" IN ('call', 'letter', 'email', 'meeting', 'other'))`,
    );
    await q.query(
      `ALTER TABLE "timeline_entries" DROP CONSTRAINT IF EXISTS "ck_timeline_entries_department"`,
    );
    await q.query(
      `ALTER TABLE "timeline_entries" ADD CONSTRAINT "ck_timeline_entries_department" CHECK ("department" IN ('development', 'volunteering', 'alumni', 'programs', 'events', 'communications', 'social', 'general'))`,
    );
    await q.query(`ALTER TABLE "users" DROP CONSTRAINT IF EXISTS "ck_users_role"`);
    await q.query(
      `ALTER TABLE "users" ADD CONSTRAINT "ck_users_role" CHECK ("role" IN ('admin', 'development_officer', 'volunteer_coordinator', 'program_staff', 'alumni_relations', 'communications', 'read_only'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "acknowledgements" DROP CONSTRAINT IF EXISTS "ck_acknowledgements_kind"`);
    await q.query(
      `ALTER TABLE "acknowledgements" DROP CONSTRAINT IF EXISTS "ck_acknowledgements_outcome_decision"`,
    );
    await q.query(`ALTER TABLE "acknowledgements" DROP CONSTRAINT IF EXISTS "ck_acknowledgements_status"`);
    await q.query(`ALTER TABLE "acknowledgements" DROP CONSTRAINT IF EXISTS "ck_acknowledgements_treatment"`);
    await q.query(`ALTER TABLE "constituent_emails" DROP CONSTRAINT IF EXISTS "ck_constituent_emails_type"`);
    await q.query(
      `ALTER TABLE "constituents" DROP CONSTRAINT IF EXISTS "ck_constituents_installment_acknowledgement"`,
    );
    await q.query(`ALTER TABLE "constituents" DROP CONSTRAINT IF EXISTS "ck_constituents_kind"`);
    await q.query(`ALTER TABLE "gifts" DROP CONSTRAINT IF EXISTS "ck_gifts_source"`);
    await q.query(`ALTER TABLE "gifts" DROP CONSTRAINT IF EXISTS "ck_gifts_tribute_type"`);
    await q.query(`ALTER TABLE "giving_summaries" DROP CONSTRAINT IF EXISTS "ck_giving_summaries_period"`);
    await q.query(`ALTER TABLE "giving_summaries" DROP CONSTRAINT IF EXISTS "ck_giving_summaries_status"`);
    await q.query(`ALTER TABLE "message_templates" DROP CONSTRAINT IF EXISTS "ck_message_templates_kind"`);
    await q.query(`ALTER TABLE "recurring_gifts" DROP CONSTRAINT IF EXISTS "ck_recurring_gifts_frequency"`);
    await q.query(`ALTER TABLE "recurring_gifts" DROP CONSTRAINT IF EXISTS "ck_recurring_gifts_status"`);
    await q.query(`ALTER TABLE "tasks" DROP CONSTRAINT IF EXISTS "ck_tasks_kind"`);
    await q.query(
      `ALTER TABLE "timeline_entries" DROP CONSTRAINT IF EXISTS "ck_timeline_entries_department"`,
    );
    await q.query(`ALTER TABLE "users" DROP CONSTRAINT IF EXISTS "ck_users_role"`);
  }
}

/** What the constraints above mean to a client (constraint-fields.ts). */
export const valueChecks1796182424883ConstraintFields: ConstraintFields = {
  ck_acknowledgements_kind: { field: 'kind', message: 'must be one of donor, tribute' },
  ck_acknowledgements_outcome_decision: {
    field: 'outcomeDecision',
    message: 'must be one of resend, delivered',
  },
  ck_acknowledgements_status: {
    field: 'status',
    message: 'must be one of queued, sending, retrying, sent, failed, bounced, held, deferred, suppressed',
  },
  ck_acknowledgements_treatment: {
    field: 'treatment',
    message: 'must be one of first_gift, welcome_back, thank_you',
  },
  ck_constituent_emails_type: { field: 'type', message: 'must be one of personal, work, other' },
  ck_constituents_installment_acknowledgement: {
    field: 'installmentAcknowledgement',
    message: 'must be one of each, monthly_summary, annual',
  },
  ck_constituents_kind: { field: 'kind', message: 'must be one of individual, organization' },
  ck_gifts_source: { field: 'source', message: 'must be one of manual, api, import, stripe' },
  ck_gifts_tribute_type: { field: 'tributeType', message: 'must be one of in_honor, in_memory' },
  ck_giving_summaries_period: { field: 'period', message: 'must be one of month, year' },
  ck_giving_summaries_status: {
    field: 'status',
    message: 'must be one of queued, sending, retrying, sent, failed, bounced, held, suppressed',
  },
  ck_message_templates_kind: {
    field: 'kind',
    message: 'must be one of thank_you, tribute_notification, giving_summary',
  },
  ck_recurring_gifts_frequency: {
    field: 'frequency',
    message: 'must be one of weekly, monthly, quarterly, annually',
  },
  ck_recurring_gifts_status: { field: 'status', message: 'must be one of active, paused, cancelled' },
  ck_tasks_kind: { field: 'kind', message: 'must be one of call, letter, email, meeting, other' },
  ck_timeline_entries_department: {
    field: 'department',
    message:
      'must be one of development, volunteering, alumni, programs, events, communications, social, general',
  },
  ck_users_role: {
    field: 'role',
    message:
      'must be one of admin, development_officer, volunteer_coordinator, program_staff, alumni_relations, communications, read_only',
  },
};
