import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { freePort } from '../src/database/scratch-databases';
import { ADMIN } from './harness';
import type { SmtpSink } from './smtp-sink';

const ROOT = resolve(__dirname, '../../..');

/**
 * Builds the server from the current source into a folder of this test file's own (swc, about a
 * second), so a fault test always runs the code under test as `npm start` runs it: `node main.js`.
 * FAULT_TEST_SOURCE may name another checkout of Steward to run the same tests against (an older
 * commit, to see them fail).
 */
export function buildServer(): { main: string; remove: () => void } {
  const source = process.env.FAULT_TEST_SOURCE ?? ROOT;
  const outDir = join(ROOT, 'tmp', `fault-build-${randomBytes(4).toString('hex')}`);
  mkdirSync(outDir, { recursive: true });
  const built = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/@swc/cli/bin/swc.js'),
      'apps/api/src',
      'libs/domain/src',
      'libs/notifications/src',
      'migrations',
      '-d',
      outDir,
      '--ignore',
      '**/*.spec.ts',
      '-q',
    ],
    { cwd: source, encoding: 'utf8' },
  );
  if (built.status !== 0) throw new Error(`the server did not build: ${built.stderr}`);
  return {
    main: join(outDir, 'apps/api/src/main.js'),
    remove: () => rmSync(outDir, { recursive: true, force: true }),
  };
}

export interface StewardProcess {
  port: number;
  url: string;
  child: ChildProcess;
  /** What it printed so far (stdout and stderr). */
  output(): string;
  /** Logs in as the administrator. */
  token(): Promise<string>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** Spawns the real server entry with this environment and waits until it serves (or, as a worker, logs its start). */
export async function startStewardProcess(
  main: string,
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<StewardProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--enable-source-maps', main], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      HOST: '127.0.0.1',
      STEWARD_ADMIN_EMAIL: ADMIN.email,
      STEWARD_ADMIN_PASSWORD: ADMIN.password,
      JWT_SECRET: 'a-test-secret-of-at-least-thirty-two-characters',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  const url = `http://127.0.0.1:${port}`;
  const process_: StewardProcess = {
    port,
    url,
    child,
    output: () => output,
    async token() {
      const res = await fetch(`${url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(ADMIN),
      });
      if (res.status !== 200) throw new Error(`login answered ${res.status}`);
      return ((await res.json()) as { accessToken: string }).accessToken;
    },
    async kill(signal = 'SIGKILL') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      await exited;
    },
  };
  const deadline = Date.now() + timeoutMs;
  const workerOnly = env.STEWARD_ROLE === 'worker';
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Steward exited with ${child.exitCode}:\n${output}`);
    if (workerOnly ? output.includes('job worker started') : await answers(`${url}/api/v1/health`)) break;
    if (Date.now() > deadline) {
      await process_.kill();
      throw new Error(`Steward did not start within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return process_;
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(2000) })).status === 200;
  } catch {
    return false;
  }
}

/** Donors and gifts through the HTTP API, as a client would send them. */
export class GiftClient {
  /** Ids of the gifts the API accepted (201). */
  readonly accepted: string[] = [];

  constructor(
    private readonly url: string,
    private readonly token: string,
  ) {}

  async createDonors(count: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const res = await this.post('/api/v1/constituents', {
        kind: 'individual',
        firstName: 'Ana',
        lastName: `Rivera ${i}`,
        emails: [{ address: `donor-${i}.${randomBytes(3).toString('hex')}@example.org` }],
      });
      if (res.status !== 201) throw new Error(`creating a donor answered ${res.status}`);
      ids.push(((await res.json()) as { id: string }).id);
    }
    return ids;
  }

  /**
   * Records one gift; true when accepted. A refusal or a network error is what a client sees during an
   * outage: it is not counted as accepted (and with an Idempotency-Key it could be retried safely).
   */
  async recordGift(constituentId: string, amount: number): Promise<boolean> {
    try {
      const res = await this.post('/api/v1/gifts', { constituentId, amount, currency: 'USD' });
      if (res.status !== 201) return false;
      this.accepted.push(((await res.json()) as { id: string }).id);
      return true;
    } catch {
      return false;
    }
  }

  /** `count` gifts, `concurrency` at a time, spread over the donors. */
  async burst(donors: string[], count: number, concurrency = 4, pauseMs = 0): Promise<void> {
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < count) {
          const n = next++;
          await this.recordGift(donors[n % donors.length], 1000 + n);
          if (pauseMs) await new Promise((r) => setTimeout(r, pauseMs));
        }
      }),
    );
  }

  private post(path: string, body: unknown) {
    return fetch(`${this.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
  }
}

interface AcknowledgementRow {
  id: string;
  gift_id: string;
  status: string;
  reason: string | null;
  message_id: string;
}

/**
 * Waits until every accepted gift's thank-you has settled (sent, held, failed…) and returns the
 * rows; fails with the statuses still open after `timeoutMs`.
 */
export async function settledAcknowledgements(
  databaseUrl: string,
  giftIds: string[],
  timeoutMs: number,
): Promise<AcknowledgementRow[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await query<AcknowledgementRow>(
      databaseUrl,
      `SELECT id, gift_id, status, reason, message_id FROM acknowledgements WHERE gift_id = ANY($1) AND kind = 'donor'`,
      [giftIds],
    ).catch(() => null);
    const open = rows?.filter((r) => ['queued', 'retrying', 'sending'].includes(r.status)) ?? [];
    if (rows && open.length === 0) return rows;
    if (Date.now() > deadline) {
      const counts: Record<string, number> = {};
      for (const r of rows ?? []) counts[r.status] = (counts[r.status] ?? 0) + 1;
      throw new Error(`thank-yous not settled within ${timeoutMs} ms: ${JSON.stringify(counts)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * The promise, checked from outside: every accepted gift is stored once, with one thank-you that was
 * delivered exactly once (counted at the SMTP server by Message-ID) or held with a reason and delivered
 * at most once; no message arrived twice, and nothing arrived that Steward does not know of.
 */
export async function expectEveryGiftThankedOnce(
  databaseUrl: string,
  giftIds: string[],
  smtp: SmtpSink,
  timeoutMs: number,
): Promise<{ sent: number; held: number }> {
  const rows = await settledAcknowledgements(databaseUrl, giftIds, timeoutMs);
  const [{ stored }] = await query<{ stored: number }>(
    databaseUrl,
    'SELECT count(*)::int AS stored FROM gifts WHERE id = ANY($1)',
    [giftIds],
  );
  const [{ all }] = await query<{ all: number }>(databaseUrl, 'SELECT count(*)::int AS all FROM gifts');
  expect(new Set(giftIds).size).toBe(giftIds.length);
  expect(stored).toBe(giftIds.length);
  expect(all).toBe(giftIds.length);
  expect(rows).toHaveLength(giftIds.length);

  const arrivals = smtp.arrivals();
  const twice = [...arrivals].filter(([, n]) => n > 1);
  expect(twice).toEqual([]);
  const known = new Set(rows.map((r) => r.message_id));
  expect([...arrivals.keys()].filter((id) => !known.has(id))).toEqual([]);
  for (const row of rows) {
    const arrived = arrivals.get(row.message_id) ?? 0;
    if (row.status === 'sent') expect({ id: row.id, arrived }).toEqual({ id: row.id, arrived: 1 });
    else
      expect({ id: row.id, status: row.status, reason: row.reason }).toEqual({
        id: row.id,
        status: 'held',
        reason: expect.stringMatching(/^delivery outcome unknown/),
      });
  }
  return {
    sent: rows.filter((r) => r.status === 'sent').length,
    held: rows.filter((r) => r.status === 'held').length,
  };
}

export async function query<T>(databaseUrl: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}
