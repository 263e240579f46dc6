// `npm run api:types`: writes docs/openapi.json (the API's OpenAPI document, keys sorted so diffs stay
// readable) and apps/admin/src/api-schema.ts (the admin's API types, generated from it by openapi-typescript).
// It builds the api (Nx caches it), boots it on a throwaway embedded PostgreSQL under tmp/, reads
// /api/docs-json, and stops it. apps/api/src/health/openapi.spec.ts fails when the committed document is stale.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DOCUMENT = 'docs/openapi.json';
const SCHEMA = 'apps/admin/src/api-schema.ts';

/** The same value with every object's keys in code-point order, as the spec compares it. */
const sortKeys = (value) =>
  Array.isArray(value)
    ? value.map(sortKeys)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((key) => [key, sortKeys(value[key])]),
        )
      : value;

const freePort = () =>
  new Promise((ok, fail) => {
    const s = createServer().once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });

async function fetchDocument() {
  const id = randomBytes(4).toString('hex');
  const dataDir = join('tmp', `openapi-data-${id}`);
  const port = await freePort();
  const env = {
    ...process.env,
    PORT: String(port),
    EMBEDDED_PG_PORT: String(await freePort()),
    STEWARD_DATA_DIR: dataDir,
    STEWARD_ROLE: 'api',
    STEWARD_ADMIN_EMAIL: 'openapi@example.org',
    STEWARD_ADMIN_PASSWORD: randomBytes(16).toString('hex'),
    LOG_LEVEL: 'warn',
  };
  for (const key of ['DATABASE_URL', 'SMTP_URL']) delete env[key];
  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  const server = spawn(process.execPath, ['dist/apps/api/src/main.js'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  server.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((r) => server.once('exit', r));
  let down = false;
  void exited.then(() => (down = true));
  try {
    const deadline = Date.now() + 90_000;
    for (;;) {
      if (down) throw new Error(`the server exited before serving the document:\n${stderr}`);
      const res = await fetch(`http://127.0.0.1:${port}/api/docs-json`).catch(() => null);
      if (res?.ok) return await res.json();
      if (Date.now() > deadline) throw new Error(`no /api/docs-json within 90s:\n${stderr}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    if (!down) server.kill('SIGTERM');
    await exited;
    rmSync(join(ROOT, dataDir), { recursive: true, force: true });
  }
}

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npx', ['nx', 'run', 'api:build', '--outputStyle=static'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
  });
  if (build.status !== 0) {
    console.error('The api build failed; run `npx nx run api:build` to see why.');
    process.exit(build.status ?? 1);
  }
}

const document = sortKeys(await fetchDocument());
const json = `${JSON.stringify(document, null, 2)}\n`;
const before = existsSync(join(ROOT, DOCUMENT)) ? readFileSync(join(ROOT, DOCUMENT), 'utf8') : '';
writeFileSync(join(ROOT, DOCUMENT), json);

const types = astToString(await openapiTS(document, { alphabetize: true }));
const header =
  `// Generated from ${DOCUMENT} by \`npm run api:types\` (openapi-typescript). Do not edit by hand:\n` +
  '// change the API, then run the script again.\n\n';
const schemaPath = join(ROOT, SCHEMA);
const formatted = await prettier.format(header + types, {
  ...(await prettier.resolveConfig(schemaPath)),
  filepath: schemaPath,
});
writeFileSync(schemaPath, formatted);

const paths = Object.keys(document.paths ?? {}).length;
console.log(
  `${DOCUMENT}: ${paths} paths (${before === json ? 'unchanged' : 'updated'}); ${SCHEMA} regenerated`,
);
