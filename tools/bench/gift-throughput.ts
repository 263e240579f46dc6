/**
 * POST /api/v1/gifts under load, beside a hand-written fastify + pg server doing the same work (the
 * same verification, the same rows in one transaction: bare-gift-server.ts), in the same run on the
 * same PostgreSQL; and a batch of 1,000 gifts through GiftRecorder.recordMany beside the same gifts
 * recorded one at a time through it.
 */
import { asTenantId, newId } from '@steward/domain';
import jwt from 'jsonwebtoken';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { createSteward } from '../../apps/api/src/app.factory';
import { hashPassword } from '../../apps/api/src/auth/password';
import { loadConfig } from '../../apps/api/src/config/config';
import { migrateDatabase } from '../../apps/api/src/database/migrate';
import { freePort } from '../../apps/api/src/database/scratch-databases';
import { prepareGift } from '../../apps/api/src/gifts/gift-intake';
import { GiftRecorder } from '../../apps/api/src/gifts/gift-recorder';
import { startSmtpSink } from './mail-delivery';
import { freshDatabase } from './support';

const ROOT = resolve(__dirname, '../../..');
const REQUESTS = Number(process.env.BENCH_GIFT_REQUESTS ?? 4000);
const WARMUP = Number(process.env.BENCH_GIFT_WARMUP ?? 500);
const CLIENTS = Number(process.env.BENCH_GIFT_CLIENTS ?? 16);
const DONORS = Number(process.env.BENCH_GIFT_DONORS ?? 2000);
const BATCH = Number(process.env.BENCH_GIFT_BATCH ?? 1000);
/** Extra node flags for the Steward process (e.g. --cpu-prof), to profile it under this load. */
const STEWARD_NODE_FLAGS = (process.env.BENCH_STEWARD_NODE_FLAGS ?? '').split(' ').filter(Boolean);

export interface LoadFigures {
  perSecond: number;
  p50: number;
  p99: number;
}

export interface GiftFigures {
  requests: number;
  clients: number;
  donors: number;
  bare: LoadFigures;
  steward: LoadFigures;
  /** Thank-yous the worker delivered while the load ran (it ran beside the requests, as in production). */
  thankedDuringLoad: number;
  batch: { gifts: number; setPerSecond: number; oneByOnePerSecond: number };
}

/** One tenant, its administrator, and many donors, written straight to a migrated database. */
async function seed(url: string): Promise<{ tenantId: string; userId: string; donors: string[] }> {
  await migrateDatabase(url);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const tenantId = newId();
    const userId = newId();
    await client.query(`INSERT INTO tenants (id, name, slug) VALUES ($1, 'Bench Nonprofit', 'bench')`, [
      tenantId,
    ]);
    await client.query(
      `INSERT INTO users (id, tenant_id, email, password_hash, display_name, role)
       VALUES ($1, $2, 'bench@example.org', $3, 'Bench', 'admin')`,
      [userId, tenantId, await hashPassword('bench-password-123')],
    );
    const donors = Array.from({ length: DONORS }, () => newId());
    await client.query(
      `INSERT INTO constituents (id, tenant_id, kind, first_name, last_name)
       SELECT d, $2, 'individual', 'Donor', 'N' || n FROM unnest($1::uuid[]) WITH ORDINALITY AS x(d, n)`,
      [donors, tenantId],
    );
    await client.query(
      `INSERT INTO constituent_emails (id, tenant_id, constituent_id, address, is_primary)
       SELECT gen_random_uuid(), $2, d, 'donor' || n || '@example.org', true
         FROM unnest($1::uuid[]) WITH ORDINALITY AS x(d, n)`,
      [donors, tenantId],
    );
    return { tenantId, userId, donors };
  } finally {
    await client.end();
  }
}

/** Starts a server process and waits until `ready` answers. */
async function startProcess(
  script: string,
  env: Record<string, string>,
  ready: () => Promise<boolean>,
  nodeFlags: string[] = [],
): Promise<{ stop: () => Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, [...nodeFlags, join(ROOT, script)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const deadline = Date.now() + 60_000;
  while (!(await ready().catch(() => false))) {
    if (child.exitCode !== null) throw new Error(`${script} exited before it was ready`);
    if (Date.now() > deadline) throw new Error(`${script} was not ready within 60 s`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** `total` POSTs from `clients` concurrent callers, each a gift from a random donor; latency of each. */
async function load(base: string, token: string, donors: string[], total: number): Promise<LoadFigures> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next++ < total) {
        const body = JSON.stringify({
          constituentId: donors[Math.floor(Math.random() * donors.length)],
          amount: 30000,
          currency: 'USD',
        });
        const sent = performance.now();
        const res = await fetch(`${base}/api/v1/gifts`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body,
        });
        if (res.status !== 201) throw new Error(`POST /gifts answered ${res.status}: ${await res.text()}`);
        await res.arrayBuffer();
        latencies.push(performance.now() - sent);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
  return { perSecond: total / seconds, p50: at(0.5), p99: at(0.99) };
}

async function measure(base: string, token: string, donors: string[]): Promise<LoadFigures> {
  await load(base, token, donors, WARMUP);
  return load(base, token, donors, REQUESTS);
}

export async function giftThroughput(serverUrl: string): Promise<GiftFigures> {
  const secret = randomBytes(48).toString('base64url');
  const tokenFor = (s: { tenantId: string; userId: string }) =>
    jwt.sign({ sub: s.userId, tid: s.tenantId, role: 'admin' }, secret, { expiresIn: '1h' });

  // The baseline first, on a database of its own seeded the same way.
  const bareUrl = await freshDatabase(serverUrl);
  const bareSeed = await seed(bareUrl);
  const barePort = await freePort();
  const bareServer = await startProcess(
    'dist/tools/bench/bare-gift-server.js',
    { DATABASE_URL: bareUrl, PORT: String(barePort), JWT_SECRET: secret },
    async () => (await fetch(`http://127.0.0.1:${barePort}/api/v1/gifts`, { method: 'POST' })).status === 400,
  );
  let bare: LoadFigures;
  try {
    bare = await measure(`http://127.0.0.1:${barePort}`, tokenFor(bareSeed), bareSeed.donors);
  } finally {
    await bareServer.stop();
  }

  // Steward as it runs in production: api and worker in one process, thank-yous to an SMTP server.
  const stewardUrl = await freshDatabase(serverUrl);
  const stewardSeed = await seed(stewardUrl);
  const smtp = await startSmtpSink();
  const port = await freePort();
  const steward = await startProcess(
    'dist/apps/api/src/main.js',
    {
      DATABASE_URL: stewardUrl,
      PORT: String(port),
      JWT_SECRET: secret,
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}?ignoreTLS=true`,
      // `api` measures the request path alone (the worker elsewhere); the report's figure is `all`.
      STEWARD_ROLE: process.env.BENCH_STEWARD_ROLE ?? 'all',
      LOG_LEVEL: 'warn',
    },
    async () => (await fetch(`http://127.0.0.1:${port}/api/v1/health`)).status === 200,
    STEWARD_NODE_FLAGS,
  );
  let stewardFigures: LoadFigures;
  let thankedDuringLoad: number;
  try {
    stewardFigures = await measure(`http://127.0.0.1:${port}`, tokenFor(stewardSeed), stewardSeed.donors);
    thankedDuringLoad = await countSent(stewardUrl);
  } finally {
    await steward.stop();
    await smtp.stop();
  }

  return {
    requests: REQUESTS,
    clients: CLIENTS,
    donors: DONORS,
    bare,
    steward: stewardFigures,
    thankedDuringLoad,
    batch: await batchThroughput(serverUrl),
  };
}

async function countSent(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM acknowledgements WHERE status = 'sent'`,
    );
    return rows[0].n;
  } finally {
    await client.end();
  }
}

/** 1,000 gifts in one recordMany, beside the same 1,000 recorded one call each (the same rows). */
async function batchThroughput(serverUrl: string): Promise<GiftFigures['batch']> {
  const url = await freshDatabase(serverUrl);
  const { tenantId, userId, donors } = await seed(url);
  const config = loadConfig({
    DATABASE_URL: url,
    LOG_LEVEL: 'silent',
    STEWARD_ROLE: 'api',
    STEWARD_ADMIN_EMAIL: 'bench@example.org',
    STEWARD_ADMIN_PASSWORD: 'bench-password-123',
  });
  const app = await createSteward(config, url);
  try {
    const recorder = app.app.get(GiftRecorder);
    const actor = { tenantId: asTenantId(tenantId), userId };
    const gifts = () =>
      Array.from({ length: BATCH }, (_, i) =>
        prepareGift(
          { constituentId: donors[i % donors.length], amount: 30000 + i, currency: 'USD' },
          { source: 'import', createdBy: userId, now: new Date() },
        ),
      );
    const setStarted = performance.now();
    await recorder.recordMany(actor, gifts());
    const setSeconds = (performance.now() - setStarted) / 1000;
    const oneByOne = gifts();
    const oneStarted = performance.now();
    for (const gift of oneByOne) await recorder.recordMany(actor, [gift]);
    const oneSeconds = (performance.now() - oneStarted) / 1000;
    return { gifts: BATCH, setPerSecond: BATCH / setSeconds, oneByOnePerSecond: BATCH / oneSeconds };
  } finally {
    await app.close();
  }
}

export function renderGiftSection(g: GiftFigures): string {
  const f = (n: number) => n.toFixed(1);
  return `## Recording gifts over HTTP, beside a bare fastify + pg server
${g.requests} gifts per row after a warm-up, ${g.clients} concurrent clients, one tenant, ${g.donors} donors (each gift
from a random one). Each server runs as its own process; the clients run in the benchmark's process; all
share the machine's cores with PostgreSQL.

| what | gifts per second | p50 | p99 | ratio |
| --- | ---: | ---: | ---: | ---: |
| baseline: a hand-written fastify + pg \`POST /api/v1/gifts\` (bare-gift-server.ts) | ${f(g.bare.perSecond)} | ${f(g.bare.p50)} ms | ${f(g.bare.p99)} ms | 1.00 |
| Steward's \`POST /api/v1/gifts\`, with its worker sending the thank-yous at the same time | ${f(g.steward.perSecond)} | ${f(g.steward.p50)} ms | ${f(g.steward.p99)} ms | ${(g.steward.perSecond / g.bare.perSecond).toFixed(2)} |

The baseline does the same verification (the bearer token checked with the same library and key, the body
by a JSON schema, the donor looked up in the tenant under a share lock) and writes the same rows in one
transaction (the gift, its acknowledgement row, its timeline entry and its outbox job), one statement per
row; it has no rules, no thank-you and no receipt number. Steward also decides the thank-you from the donor's
facts, numbers the receipt after the commit, and its worker sent ${g.thankedDuringLoad} thank-yous while the
load ran.

## Recording a batch
${g.batch.gifts} gifts through \`GiftRecorder.recordMany\` in one call (one transaction: one facts query, one
statement for the gifts and everything they cause, one \`add_jobs\`, then one receipt numbering), beside the same
${g.batch.gifts} gifts recorded one call each (the same rows, ${g.batch.gifts} transactions).

| what | gifts per second | ratio |
| --- | ---: | ---: |
| baseline: one \`recordMany\` call per gift | ${f(g.batch.oneByOnePerSecond)} | 1.00 |
| one \`recordMany\` call for the whole batch | ${f(g.batch.setPerSecond)} | ${(g.batch.setPerSecond / g.batch.oneByOnePerSecond).toFixed(2)} |
`;
}
