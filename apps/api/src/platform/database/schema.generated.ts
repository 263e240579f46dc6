// Generated from the migrated database by `npm run db:types` (kysely-codegen). Do not edit by hand:
// write a migration, then run the script again. A test fails while this file is out of date.

import type { AcknowledgementKind, AcknowledgementStatus, AcknowledgementTreatment, ConstituentKind, Department, EmailType, GiftSource, GivingSummaryPeriod, InstallmentAcknowledgement, RecurringFrequency, RecurringStatus, Role, TaskKind, TemplateKind, TributeType, UnknownOutcomeDecision } from "@steward/domain";
import type { ColumnType } from "kysely";

export type Generated<T> = T extends ColumnType<infer S, infer I, infer U>
  ? ColumnType<S, I | undefined, U>
  : ColumnType<T, T | undefined, T>;

export type Json = JsonValue;

export type JsonArray = JsonValue[];

export type JsonObject = {
  [x: string]: JsonValue | undefined;
};

export type JsonPrimitive = boolean | number | string | null;

export type JsonValue = JsonArray | JsonObject | JsonPrimitive;

export type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface Acknowledgements {
  attempts: Generated<number>;
  channel: Generated<string>;
  claimed_at: Timestamp | null;
  constituent_id: string;
  created_at: Generated<Timestamp>;
  gift_id: string;
  gift_received_at: Timestamp;
  giving_summary_id: string | null;
  id: string;
  kind: Generated<AcknowledgementKind>;
  language: string | null;
  last_error: string | null;
  message_id: string;
  next_attempt_at: Timestamp | null;
  outcome_decided_at: Timestamp | null;
  outcome_decided_by: string | null;
  outcome_decision: UnknownOutcomeDecision | null;
  outcome_evidence: string | null;
  personal_note: string | null;
  reason: string | null;
  recipient: string | null;
  reviewed_at: Timestamp | null;
  reviewed_by: string | null;
  sent_at: Timestamp | null;
  smtp_response: string | null;
  status: AcknowledgementStatus;
  subject: string | null;
  template_id: string | null;
  template_version: number | null;
  tenant_id: string;
  treatment: Generated<AcknowledgementTreatment>;
  unknown_outcome_at: Timestamp | null;
  updated_at: Generated<Timestamp>;
}

export interface AcknowledgementSettings {
  automated_target_seconds: Generated<number>;
  personal_target_seconds: Generated<number>;
  tenant_id: string;
  updated_at: Generated<Timestamp>;
}

export interface Campaigns {
  created_at: Generated<Timestamp>;
  ends_on: string | null;
  id: string;
  name: string;
  starts_on: string | null;
  tenant_id: string;
}

export interface CapturedMail {
  captured_at: Generated<Timestamp>;
  from_address: string;
  html: string | null;
  id: string;
  message_id: string;
  raw: string;
  subject: string;
  tenant_id: string;
  text: string | null;
  to_address: string;
}

export interface ConstituentEmails {
  address: string;
  constituent_id: string;
  created_at: Generated<Timestamp>;
  id: string;
  is_primary: Generated<boolean>;
  tenant_id: string;
  type: Generated<EmailType>;
  undeliverable_at: Timestamp | null;
  undeliverable_reason: string | null;
}

export interface Constituents {
  created_at: Generated<Timestamp>;
  deceased: Generated<boolean>;
  do_not_contact: Generated<boolean>;
  do_not_email: Generated<boolean>;
  first_name: string | null;
  formal_salutation: string | null;
  id: string;
  informal_salutation: string | null;
  installment_acknowledgement: Generated<InstallmentAcknowledgement>;
  kind: ConstituentKind;
  last_name: string | null;
  organization_name: string | null;
  preferred_locale: string | null;
  preferred_name: string | null;
  pronouns: string | null;
  relationship_manager_id: string | null;
  tenant_id: string;
  updated_at: Generated<Timestamp>;
}

export interface Funds {
  active: Generated<boolean>;
  created_at: Generated<Timestamp>;
  id: string;
  impact_statement: string | null;
  name: string;
  tenant_id: string;
}

export interface Gifts {
  amount: bigint;
  anonymous: Generated<boolean>;
  campaign_id: string | null;
  constituent_id: string;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  currency: string;
  external_reference: string | null;
  fund_id: string | null;
  goods_services_description: string | null;
  goods_services_value: bigint | null;
  id: string;
  idempotency_key: string | null;
  payment_method: string | null;
  receipt_number: string | null;
  received_at: Timestamp;
  recurring_gift_id: string | null;
  source: Generated<GiftSource>;
  tenant_id: string;
  tribute_name: string | null;
  tribute_notify_address: string | null;
  tribute_notify_email: string | null;
  tribute_notify_name: string | null;
  tribute_type: TributeType | null;
}

export interface GivingSummaries {
  attempts: Generated<number>;
  claimed_at: Timestamp | null;
  constituent_id: string;
  created_at: Generated<Timestamp>;
  id: string;
  last_error: string | null;
  message_id: string;
  next_attempt_at: Timestamp | null;
  period: GivingSummaryPeriod;
  period_end: string;
  period_start: string;
  reason: string | null;
  recipient: string | null;
  sent_at: Timestamp | null;
  smtp_response: string | null;
  status: AcknowledgementStatus;
  template_id: string | null;
  template_version: number | null;
  tenant_id: string;
  unknown_outcome_at: Timestamp | null;
  updated_at: Generated<Timestamp>;
}

export interface JobRunners {
  beat_at: Generated<Timestamp>;
  host: string;
  id: string;
  pid: number;
  started_at: Generated<Timestamp>;
  worker_ids: string[];
}

export interface MajorGiftThresholds {
  amount: bigint;
  currency: string;
  tenant_id: string;
}

export interface MessageTemplates {
  created_at: Generated<Timestamp>;
  created_by: string | null;
  html_body: string;
  id: string;
  kind: TemplateKind;
  language: string;
  subject: string;
  tenant_id: string;
  text_body: string;
  version: number;
}

export interface ReceiptSequences {
  last_number: number;
  tenant_id: string;
  year: number;
}

export interface RecurringGifts {
  amount: bigint;
  constituent_id: string;
  created_at: Generated<Timestamp>;
  currency: string;
  external_reference: string | null;
  frequency: RecurringFrequency;
  fund_id: string | null;
  id: string;
  started_at: Timestamp;
  status: Generated<RecurringStatus>;
  tenant_id: string;
}

export interface SystemSettings {
  key: string;
  value: string;
}

export interface Tasks {
  completed_at: Timestamp | null;
  completed_by: string | null;
  constituent_id: string;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  details: string | null;
  due_at: Timestamp;
  gift_id: string | null;
  id: string;
  kind: TaskKind;
  outcome: string | null;
  owner_id: string | null;
  tenant_id: string;
  title: string;
}

export interface Tenants {
  created_at: Generated<Timestamp>;
  default_locale: Generated<string>;
  id: string;
  name: string;
  slug: string;
}

export interface TimelineEntries {
  constituent_id: string;
  department: Department;
  details: Generated<Json>;
  id: string;
  kind: string;
  occurred_at: Timestamp;
  subject_id: string | null;
  subject_type: string | null;
  summary: string;
  tenant_id: string;
}

export interface Users {
  active: Generated<boolean>;
  created_at: Generated<Timestamp>;
  display_name: string;
  email: string;
  id: string;
  password_hash: string;
  role: Role;
  signature: string | null;
  tenant_id: string;
}

export interface DB {
  acknowledgement_settings: AcknowledgementSettings;
  acknowledgements: Acknowledgements;
  campaigns: Campaigns;
  captured_mail: CapturedMail;
  constituent_emails: ConstituentEmails;
  constituents: Constituents;
  funds: Funds;
  gifts: Gifts;
  giving_summaries: GivingSummaries;
  job_runners: JobRunners;
  major_gift_thresholds: MajorGiftThresholds;
  message_templates: MessageTemplates;
  receipt_sequences: ReceiptSequences;
  recurring_gifts: RecurringGifts;
  system_settings: SystemSettings;
  tasks: Tasks;
  tenants: Tenants;
  timeline_entries: TimelineEntries;
  users: Users;
}

/** The tables that hold one tenant's data (they have tenant_id): the tenant scope filters each. */
export const TENANT_TABLES = ['acknowledgement_settings', 'acknowledgements', 'campaigns', 'captured_mail', 'constituent_emails', 'constituents', 'funds', 'gifts', 'giving_summaries', 'major_gift_thresholds', 'message_templates', 'receipt_sequences', 'recurring_gifts', 'tasks', 'timeline_entries', 'users'] as const;
