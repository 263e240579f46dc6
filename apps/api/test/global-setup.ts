import { mkdir, mkdtemp } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/database/embedded-postgres';
import { freePort } from '../src/database/scratch-databases';

declare global {
  var __stewardTestCluster: EmbeddedDatabase | undefined;
}

/**
 * One PostgreSQL for the whole run: the machine's (DATABASE_URL) when given, else an embedded one in a
 * throwaway folder. Each test file then makes its own database on it (see harness.ts).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env.STEWARD_TEST_SERVER_URL = process.env.DATABASE_URL;
    return;
  }
  const tmpRoot = resolve(__dirname, '../../../tmp');
  await mkdir(tmpRoot, { recursive: true });
  const dataDir = await mkdtemp(join(tmpRoot, 'test-cluster-'));
  const cluster = await startEmbeddedPostgres({ dataDir, port: await freePort(), disposable: true });
  globalThis.__stewardTestCluster = cluster;
  process.env.STEWARD_TEST_SERVER_URL = cluster.url;
}
