import { Client } from 'pg';
import request from 'supertest';
import type { App } from 'supertest/types';
import { createSteward, type RunningSteward } from '../src/app.factory';
import { loadConfig } from '../src/config/config';
import { createScratchDatabase } from '../src/database/scratch-databases';
import { startSmtpSink, type SmtpSink } from './smtp-sink';

export const ADMIN = { email: 'admin@example.org', password: 'correct-horse-battery-staple' };

export interface TestApp {
  steward: RunningSteward;
  databaseUrl: string;
  http: () => ReturnType<typeof request>;
  /** A bearer token for the administrator. */
  token: string;
  /** Runs SQL against the test database (for assertions on what was, or was not, written). */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** Makes an empty database of its own for one test file, on the run's PostgreSQL server. */
export function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const serverUrl = process.env.STEWARD_TEST_SERVER_URL;
  if (!serverUrl) throw new Error('STEWARD_TEST_SERVER_URL is not set: run through jest (global-setup.ts)');
  return createScratchDatabase(serverUrl, 'steward_test');
}

/** Boots the real Steward (HTTP, worker, migrations) on a fresh database. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    DATABASE_URL: database.url,
    STEWARD_ADMIN_EMAIL: ADMIN.email,
    STEWARD_ADMIN_PASSWORD: ADMIN.password,
    LOG_LEVEL: 'silent',
    ACK_RETRY_BASE_MS: '50',
    WORKER_CONCURRENCY: '2',
    ...env,
  });
  const steward = await createSteward(config, database.url);
  await steward.app.getHttpAdapter().getInstance().ready();
  const server = steward.app.getHttpServer() as App;
  const http = () => request(server);
  const login = await http().post('/api/v1/auth/login').send(ADMIN).expect(200);
  const sqlClient = new Client({ connectionString: database.url });
  await sqlClient.connect();
  return {
    steward,
    databaseUrl: database.url,
    http,
    token: login.body.accessToken,
    sql: async (text, params) => (await sqlClient.query(text, params)).rows,
    async close() {
      await sqlClient.end();
      await steward.close();
      await database.drop();
    },
  };
}

/** Steward sending to a real SMTP server of the test's own; `close` stops both. */
export async function startMailingTestApp(
  smtpOptions: Parameters<typeof startSmtpSink>[0] = {},
  env: Record<string, string> = {},
): Promise<{ app: TestApp; smtp: SmtpSink; close: () => Promise<void> }> {
  const smtp = await startSmtpSink(smtpOptions);
  const app = await startTestApp({ SMTP_URL: smtp.url, ...env }).catch(async (error) => {
    await smtp.close();
    throw error;
  });
  return {
    app,
    smtp,
    close: async () => {
      await app.close();
      await smtp.close();
    },
  };
}

/** Polls until `check` returns a value (not undefined), or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}
