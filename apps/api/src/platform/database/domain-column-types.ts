/**
 * Columns that hold one of libs/domain's value lists, and the domain type each is read as. The generated
 * schema types use these instead of `string`, so a repository reads a status as AcknowledgementStatus
 * without a cast (the database's CHECK constraints hold the same lists).
 */
export const DOMAIN_COLUMN_TYPES: Record<string, string> = {
  'acknowledgements.status': 'AcknowledgementStatus',
  'acknowledgements.kind': 'AcknowledgementKind',
  'acknowledgements.treatment': 'AcknowledgementTreatment',
  'acknowledgements.outcome_decision': 'UnknownOutcomeDecision',
  'constituent_emails.type': 'EmailType',
  'constituents.kind': 'ConstituentKind',
  'constituents.installment_acknowledgement': 'InstallmentAcknowledgement',
  'gifts.source': 'GiftSource',
  'gifts.tribute_type': 'TributeType',
  'giving_summaries.period': 'GivingSummaryPeriod',
  'giving_summaries.status': 'AcknowledgementStatus',
  'message_templates.kind': 'TemplateKind',
  'recurring_gifts.frequency': 'RecurringFrequency',
  'recurring_gifts.status': 'RecurringStatus',
  'tasks.kind': 'TaskKind',
  'timeline_entries.department': 'Department',
  'users.role': 'Role',
};
