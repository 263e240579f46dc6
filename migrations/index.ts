import { InitialSchema1763900000000 } from './1763900000000-initial-schema';

/** Every migration, in order. The data-source configuration is the only importer of this folder. */
export const MIGRATIONS = [InitialSchema1763900000000];
