import { InitialSchema1763900000000 } from './1763900000000-initial-schema';
import { GiftReceipts1763990000000 } from './1763990000000-gift-receipts';

/** Every migration, in order. The data-source configuration is the only importer of this folder. */
export const MIGRATIONS = [InitialSchema1763900000000, GiftReceipts1763990000000];
