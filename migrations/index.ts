import { InitialSchema1763900000000 } from './1763900000000-initial-schema';
import { GiftReceipts1763990000000 } from './1763990000000-gift-receipts';
import { AcknowledgementTreatment1764000000000 } from './1764000000000-acknowledgement-treatment';
import { AcknowledgementWorkflows1764100000000 } from './1764100000000-acknowledgement-workflows';
import { WorkflowIndexes1764200000000 } from './1764200000000-workflow-indexes';
import { JobRunnerHeartbeats1764310000000 } from './1764310000000-job-runner-heartbeats';
import { UnknownDeliveryOutcome1764320000000 } from './1764320000000-unknown-delivery-outcome';
import { ReceiptNumbering1764400000000 } from './1764400000000-receipt-numbering';

/** Every migration, in order. The data-source configuration is the only importer of this folder. */
export const MIGRATIONS = [
  InitialSchema1763900000000,
  GiftReceipts1763990000000,
  AcknowledgementTreatment1764000000000,
  AcknowledgementWorkflows1764100000000,
  WorkflowIndexes1764200000000,
  JobRunnerHeartbeats1764310000000,
  UnknownDeliveryOutcome1764320000000,
  ReceiptNumbering1764400000000,
];
