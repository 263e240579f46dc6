/**
 * `npm run bench`: Steward's hot paths beside a raw baseline measured in the same run, on this machine.
 * Writes docs/BENCHMARKS.md. Benchmarks are not tests: they report figures, they do not pass or fail.
 */
import 'reflect-metadata';
import { asTenantId } from '@steward/domain';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { Pool } from 'pg';
import { SMTPServer } from 'smtp-server';
import { startEmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres';
import { freePort } from '../../apps/api/src/database/scratch-databases';
import { GiftsService } from '../../apps/api/src/gifts/gifts.service';
import { DataSource } from 'typeorm';
import { giftThroughput, renderGiftSection, type GiftFigures } from './gift-throughput';
import { mailDeliveryThroughput, renderMailSection, type MailFigures } from './mail-delivery';
import { freshDatabase, postGift, createDonor, runConcurrently, startServer } from './support';

const GIFTS = Number(process.env.BENCH_GIFTS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const LATENCY_SAMPLES = Number(process.env.BENCH_LATENCY_SAMPLES ?? 200);

async function main() {
  const root = resolve(__dirname, '../../..');
  await mkdir(join(root, 'tmp'), { recursive: true });
  const dataDir = await mkdtemp(join(root, 'tmp', 'bench-cluster-'));
  const cluster = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dataDir, port: await freePort(), disposable: true });
  const serverUrl = process.env.DATABASE_URL ?? cluster!.url;
  try {
    const baseline = await rawInsertBaseline(await freshDatabase(serverUrl));
    const throughput = await giftCreateThroughput(await freshDatabase(serverUrl));
    const serviceThroughput = await giftServiceThroughput(await freshDatabase(serverUrl));
    const latency = await commitToSmtpLatency(await freshDatabase(serverUrl));
    const mail = await mailDeliveryThroughput(() => freshDatabase(serverUrl));
    const gifts = await giftThroughput(serverUrl);
    const report = renderReport(
      baseline,
      throughput,
      serviceThroughput,
      latency,
      mail,
      gifts,
      cluster ? 'embedded PostgreSQL 17 (fsync off)' : 'DATABASE_URL',
    );
    await writeFile(join(root, 'docs', 'BENCHMARKS.md'), report);
    process.stdout.write(report);
  } finally {
    await cluster?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** The floor: one INSERT per row of a gift-shaped table, through a pool, at the same concurrency. */
async function rawInsertBaseline(url: string): Promise<number> {
  const pool = new Pool({ connectionString: url, max: CONCURRENCY });
  await pool.query(`CREATE TABLE raw_gifts (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), tenant_id uuid NOT NULL,
    constituent_id uuid NOT NULL, amount bigint NOT NULL, currency char(3) NOT NULL, received_at timestamptz NOT NULL)`);
  const tenant = '01900000-0000-7000-8000-000000000001';
  const started = process.hrtime.bigint();
  await runConcurrently(GIFTS, CONCURRENCY, () =>
    pool.query(
      'INSERT INTO raw_gifts (tenant_id, constituent_id, amount, currency, received_at) VALUES ($1, $1, $2, $3, now())',
      [tenant, 30000, 'USD'],
    ),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await pool.end();
  return GIFTS / seconds;
}

/** POST /api/v1/gifts over HTTP: validation, gift + timeline + acknowledgement + job in one transaction. */
async function giftCreateThroughput(url: string): Promise<number> {
  const { base, token, donorId, close } = await startServer(url, { STEWARD_ROLE: 'api' });
  try {
    const started = process.hrtime.bigint();
    await runConcurrently(GIFTS, CONCURRENCY, () => postGift(base, token, donorId));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return GIFTS / seconds;
  } finally {
    await close();
  }
}

/** The same transaction called in-process (no HTTP, no JSON, no auth): what the database work costs. */
async function giftServiceThroughput(url: string): Promise<number> {
  const { steward, donorId, close } = await startServer(url, { STEWARD_ROLE: 'api' });
  try {
    const service = steward.app.get(GiftsService);
    const [admin] = await steward.app.get(DataSource).query('SELECT id, tenant_id FROM users LIMIT 1');
    const actor = { userId: admin.id, tenantId: asTenantId(admin.tenant_id), role: 'admin' as const };
    const started = process.hrtime.bigint();
    await runConcurrently(GIFTS, CONCURRENCY, () =>
      service.record(actor, { constituentId: donorId, amount: 30000, currency: 'USD' }),
    );
    return GIFTS / (Number(process.hrtime.bigint() - started) / 1e9);
  } finally {
    await close();
  }
}

/** From the gift's commit (its 201 arriving) to the SMTP server accepting its thank-you. */
async function commitToSmtpLatency(url: string): Promise<number[]> {
  const arrivals = new Map<string, number>();
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      arrivals.set(address.address, performance.now());
      callback();
    },
    onData(stream, _session, callback) {
      stream.resume();
      stream.on('end', () => callback());
    },
  });
  await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
  const smtpPort = (smtp.server.address() as { port: number }).port;
  const { base, token, close } = await startServer(url, {
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}?ignoreTLS=true`,
  });
  const samples: number[] = [];
  try {
    for (let i = 0; i < LATENCY_SAMPLES; i++) {
      const email = `donor-${i}@example.org`;
      const donorId = await createDonor(base, token, email);
      await postGift(base, token, donorId);
      const committedAt = performance.now();
      while (!arrivals.has(email)) await new Promise((r) => setImmediate(r));
      samples.push(arrivals.get(email)! - committedAt);
    }
  } finally {
    await close();
    await new Promise<void>((r) => smtp.close(() => r()));
  }
  return samples.sort((a, b) => a - b);
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

function renderReport(
  baseline: number,
  throughput: number,
  service: number,
  latency: number[],
  mail: MailFigures,
  gifts: GiftFigures,
  database: string,
): string {
  const f = (n: number) => n.toFixed(1);
  return `# Benchmarks

Measured by \`npm run bench\` (tools/bench/run.ts) on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores,
${Math.round(totalmem() / 2 ** 30)} GiB, Node.js ${process.version}, ${database}. Every figure comes from the same run as
its baseline; compare the ratios, not the absolute numbers, across machines.

## Gift recording throughput
${GIFTS} gifts per row, ${CONCURRENCY} concurrent callers, worker off (STEWARD_ROLE=api). The HTTP client runs in the
benchmark's own process, on the same 2 cores as the server and PostgreSQL.

| what | per second | ratio to baseline |
| --- | ---: | ---: |
| raw baseline: bare \`pg\` INSERT of a gift-shaped row, same concurrency | ${f(baseline)} | 1.00 |
| \`GiftsService.record\` in-process: the gift's transaction alone (facts; gift, acknowledgement, timeline and job in one statement), then its receipt number | ${f(service)} | ${(service / baseline).toFixed(2)} |
| \`POST /api/v1/gifts\` over HTTP: the same, plus auth, JSON, validation and the client in this process | ${f(throughput)} | ${(throughput / baseline).toFixed(2)} |

A gift is one transaction of three statements after BEGIN (sent with the tenant setting): the facts of the
donor under a share lock, then one statement writing the gift, its acknowledgement, its timeline entry and its
job (\`add_job\`); COMMIT; then the receipt number is given by \`number_receipts\` after the commit, under a lock
held for one UPDATE, so concurrent gifts of a tenant no longer queue behind one another's commits. The
baseline is one autocommitted INSERT of one row.
The HTTP row adds Fastify, Nest's guard and pipes, class-validator, and an HTTP client sharing the CPU.

## From gift commit to the thank-you accepted by the SMTP server
${latency.length} gifts one after another, worker in the same process (STEWARD_ROLE=all), a local SMTP server.

| p50 | p90 | p99 | max |
| ---: | ---: | ---: | ---: |
| ${f(pct(latency, 50))} ms | ${f(pct(latency, 90))} ms | ${f(pct(latency, 99))} ms | ${f(latency[latency.length - 1])} ms |

The job is picked up through LISTEN/NOTIFY the moment the gift's transaction commits (docs/JOBS.md). The tail
is the pool renewing a connection: Steward's SMTP pool retires a connection after 100 messages (servers limit
messages per connection), and \`smtp-server\` waits 100 ms before greeting a new one, so about one send in a
hundred pays that wait.

${renderGiftSection(gifts)}
${renderMailSection(mail)}`;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
