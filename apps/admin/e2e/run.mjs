// End-to-end: starts the built server (fresh embedded PostgreSQL, mail captured), records a gift over
// HTTP, then checks in Chromium that the admin shows the gift and its captured thank-you.
// Needs `nx run-many -t build -p api,admin` first. Run from anywhere: paths are workspace-relative.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const CHROMIUM = '/usr/bin/chromium';
const EMAIL = 'e2e@example.org';
const PASSWORD = 'e2e-password-123';
const started = Date.now();

const freePort = () =>
  new Promise((ok, fail) => {
    const s = createServer().once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

if (!existsSync(CHROMIUM)) {
  console.error(
    `Chromium not found at ${CHROMIUM}. Install it (apt-get update && apt-get install -y chromium) and re-run.`,
  );
  console.log('0 passed, 1 failed');
  process.exit(1);
}
for (const built of ['dist/apps/api/src/main.js', 'dist/apps/admin/index.html']) {
  if (!existsSync(join(ROOT, built))) {
    console.error(`${built} is missing: build first (npx nx run-many -t build -p api,admin).`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

const id = randomBytes(4).toString('hex');
const dataDir = join('tmp', `e2e-data-${id}`);
const logFile = join(ROOT, 'tmp', `e2e-server-${id}.log`);
mkdirSync(join(ROOT, 'tmp'), { recursive: true });
const port = await freePort();
const pgPort = await freePort();
const base = `http://127.0.0.1:${port}`;

const env = {
  ...process.env,
  PORT: String(port),
  EMBEDDED_PG_PORT: String(pgPort),
  STEWARD_DATA_DIR: dataDir,
  STEWARD_ADMIN_EMAIL: EMAIL,
  STEWARD_ADMIN_PASSWORD: PASSWORD,
  LOG_LEVEL: 'warn',
};
for (const key of ['SMTP_URL', 'DATABASE_URL', 'STEWARD_ROLE']) delete env[key];
const log = createWriteStream(logFile);
const server = spawn(process.execPath, ['--enable-source-maps', 'dist/apps/api/src/main.js'], {
  cwd: ROOT,
  env,
  stdio: ['ignore', 'pipe', 'pipe'],
});
server.stdout.pipe(log);
server.stderr.pipe(log);
const exited = new Promise((r) => server.once('exit', (code, signal) => r({ code, signal })));
let serverExit = null;
void exited.then((e) => (serverExit = e));

async function call(method, path, token, body) {
  const res = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await res.json().catch(() => null);
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${JSON.stringify(json)}`);
  return json;
}

async function waitFor(what, timeoutMs, probe) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (serverExit)
      throw new Error(`the server exited (${JSON.stringify(serverExit)}) while waiting for ${what}`);
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}`);
    await sleep(250);
  }
}

async function scenario() {
  await waitFor(
    'GET /api/v1/health = 200',
    90_000,
    async () => (await fetch(`${base}/api/v1/health`)).status === 200,
  );

  const { accessToken } = await call('POST', '/auth/login', null, { email: EMAIL, password: PASSWORD });
  const constituent = await call('POST', '/constituents', accessToken, {
    kind: 'individual',
    firstName: 'Ana',
    lastName: 'Rivera',
    preferredName: 'Annie',
    emails: [{ address: 'ana@example.org' }],
  });
  const gift = await call('POST', '/gifts', accessToken, {
    constituentId: constituent.id,
    amount: 30000,
    currency: 'USD',
  });
  let lastStatus;
  await waitFor('the acknowledgement to be sent', 30_000, async () => {
    lastStatus = (await call('GET', `/gifts/${gift.id}`, accessToken)).acknowledgement;
    return lastStatus.status === 'sent';
  }).catch((e) => {
    throw new Error(`${e.message}; last acknowledgement: ${JSON.stringify(lastStatus)}`);
  });

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 760 } });
    page.setDefaultTimeout(15_000);
    await page.goto(`${base}/`);
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'email or password is wrong' }).waitFor();
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();

    const gifts = page.getByRole('region', { name: 'Recent gifts' });
    await gifts.getByRole('cell', { name: '$300.00' }).waitFor();
    await gifts
      .locator('.badge', { hasText: /^sent$/ })
      .first()
      .waitFor();

    const mail = page.getByRole('region', { name: 'Captured mail' });
    await mail.getByRole('button', { name: /Thank you, Annie/ }).click();
    const text = await mail.locator('pre').textContent();
    for (const expected of ['Dear Annie', '$300.00']) {
      if (!text?.includes(expected)) throw new Error(`the captured mail text lacks "${expected}":\n${text}`);
    }
    // The README's screenshot is refreshed on purpose (UPDATE_SCREENSHOT=1), not by every run.
    const shot = process.env.UPDATE_SCREENSHOT === '1' ? 'docs/admin.png' : 'tmp/admin.png';
    mkdirSync(dirname(join(ROOT, shot)), { recursive: true });
    await page.screenshot({ path: join(ROOT, shot), fullPage: true });
  } finally {
    await browser.close();
  }
}

let failure = null;
try {
  await scenario();
} catch (error) {
  failure = error;
}

if (!serverExit) server.kill('SIGTERM');
let killTimer;
const stopped = await Promise.race([exited, new Promise((r) => (killTimer = setTimeout(r, 40_000, null)))]);
clearTimeout(killTimer);
if (!stopped) {
  server.kill('SIGKILL');
  await exited;
  failure ??= new Error('the server did not stop within 40s of SIGTERM');
}
await new Promise((r) => log.end(r));
rmSync(join(ROOT, dataDir), { recursive: true, force: true });

const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (failure) {
  console.error(`FAILED: ${failure.stack ?? failure}`);
  const tail = readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-40).join('\n');
  console.error(`\n--- server log (last 40 lines of ${logFile}) ---\n${tail}\n---`);
  console.log(`0 passed, 1 failed (${seconds}s)`);
  process.exit(1);
}
rmSync(logFile, { force: true });
console.log(`admin e2e: logged in, saw $300.00 (sent) and the captured "Thank you, Annie" (${seconds}s)`);
console.log('1 passed, 0 failed');
