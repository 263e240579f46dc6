import { InitialSchema1763900000000, initialSchemaConstraintFields } from './1763900000000-initial-schema';
import { GiftReceipts1763990000000, giftReceiptsConstraintFields } from './1763990000000-gift-receipts';
import { AcknowledgementTreatment1764000000000 } from './1764000000000-acknowledgement-treatment';
import {
  AcknowledgementWorkflows1764100000000,
  acknowledgementWorkflowsConstraintFields,
} from './1764100000000-acknowledgement-workflows';
import { WorkflowIndexes1764200000000 } from './1764200000000-workflow-indexes';
import { JobRunnerHeartbeats1764310000000 } from './1764310000000-job-runner-heartbeats';
import { UnknownDeliveryOutcome1764320000000 } from './1764320000000-unknown-delivery-outcome';
import { ReceiptNumbering1764400000000 } from './1764400000000-receipt-numbering';
import {
  CompositeForeignKeys1764400100000,
  compositeForeignKeysConstraintFields,
} from './1764400100000-composite-foreign-keys';
import { GivingSummariesPendingIndex1764400200000 } from './1764400200000-giving-summaries-pending-index';
import {
  ValueChecks1796182424883,
  valueChecks1796182424883ConstraintFields,
} from './1796182424883-value-checks';
import type { ConstraintFields } from './constraint-fields';

export type { ConstraintField, ConstraintFields } from './constraint-fields';

/**
 * Every migration, in order. The data-source configuration is the only importer of the migrations;
 * the problem-details filter reads CONSTRAINT_FIELDS below.
 */
export const MIGRATIONS = [
  InitialSchema1763900000000,
  GiftReceipts1763990000000,
  AcknowledgementTreatment1764000000000,
  AcknowledgementWorkflows1764100000000,
  WorkflowIndexes1764200000000,
  JobRunnerHeartbeats1764310000000,
  UnknownDeliveryOutcome1764320000000,
  ReceiptNumbering1764400000000,
  CompositeForeignKeys1764400100000,
  GivingSummariesPendingIndex1764400200000,
  ValueChecks1796182424883,
];

/**
 * What each constraint of the schema means to a client, gathered from the migrations that make them
 * (constraint-fields.ts); a later migration's entry for the same name replaces an earlier one.
 */
export const CONSTRAINT_FIELDS: ConstraintFields = {
  ...initialSchemaConstraintFields,
  ...giftReceiptsConstraintFields,
  ...acknowledgementWorkflowsConstraintFields,
  ...compositeForeignKeysConstraintFields,
  ...valueChecks1796182424883ConstraintFields,
};
