import {
  ACKNOWLEDGEMENT_KINDS,
  ACKNOWLEDGEMENT_STATUSES,
  ACKNOWLEDGEMENT_TREATMENTS,
  UNKNOWN_OUTCOME_DECISIONS,
} from './acknowledgements/acknowledgement.entity';
import { GIVING_SUMMARY_PERIODS, GIVING_SUMMARY_STATUSES } from './acknowledgements/giving-summary.entity';
import { TEMPLATE_KINDS } from './acknowledgements/message-template.entity';
import { EMAIL_TYPES } from './constituents/constituent-email.entity';
import { CONSTITUENT_KINDS, INSTALLMENT_ACKNOWLEDGEMENTS } from './constituents/constituent.entity';
import { GIFT_SOURCES, TRIBUTE_TYPES } from './gifts/gift.entity';
import { RECURRING_FREQUENCIES, RECURRING_STATUSES } from './gifts/recurring-gift.entity';
import { TASK_KINDS } from './tasks/task.entity';
import { ROLES } from './tenancy/roles';
import { DEPARTMENTS } from './timeline/timeline-entry.entity';

export interface CheckedValueList {
  table: string;
  column: string;
  values: readonly string[];
}

/**
 * Every column that holds one of a TypeScript value list, with that list: each has a CHECK constraint
 * (common/value-checks.ts) that `npm run db:checks` writes into a migration from this list.
 */
export const CHECKED_VALUE_LISTS: readonly CheckedValueList[] = [
  { table: 'acknowledgements', column: 'status', values: ACKNOWLEDGEMENT_STATUSES },
  { table: 'acknowledgements', column: 'kind', values: ACKNOWLEDGEMENT_KINDS },
  { table: 'acknowledgements', column: 'treatment', values: ACKNOWLEDGEMENT_TREATMENTS },
  { table: 'acknowledgements', column: 'outcome_decision', values: UNKNOWN_OUTCOME_DECISIONS },
  { table: 'constituent_emails', column: 'type', values: EMAIL_TYPES },
  { table: 'constituents', column: 'kind', values: CONSTITUENT_KINDS },
  { table: 'constituents', column: 'installment_acknowledgement', values: INSTALLMENT_ACKNOWLEDGEMENTS },
  { table: 'gifts', column: 'source', values: GIFT_SOURCES },
  { table: 'gifts', column: 'tribute_type', values: TRIBUTE_TYPES },
  { table: 'giving_summaries', column: 'period', values: GIVING_SUMMARY_PERIODS },
  { table: 'giving_summaries', column: 'status', values: GIVING_SUMMARY_STATUSES },
  { table: 'message_templates', column: 'kind', values: TEMPLATE_KINDS },
  { table: 'recurring_gifts', column: 'frequency', values: RECURRING_FREQUENCIES },
  { table: 'recurring_gifts', column: 'status', values: RECURRING_STATUSES },
  { table: 'tasks', column: 'kind', values: TASK_KINDS },
  { table: 'timeline_entries', column: 'department', values: DEPARTMENTS },
  { table: 'users', column: 'role', values: ROLES },
];
