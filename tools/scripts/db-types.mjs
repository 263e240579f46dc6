// `npm run db:types`: writes apps/api/src/platform/database/schema.generated.ts, the Kysely types of the
// schema the migrations build. It builds the api (Nx caches it), runs every migration on a throwaway
// embedded PostgreSQL under tmp/, reads the schema back with kysely-codegen, and stops the database.
// apps/api/src/platform/database/schema-types.spec.ts fails while the committed file is out of date.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

const freePort = () =>
  new Promise((ok, fail) => {
    const s = createServer().once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });

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

const { startEmbeddedPostgres } = require(join(ROOT, 'dist/apps/api/src/database/embedded-postgres.js'));
const { migrateDatabase } = require(join(ROOT, 'dist/apps/api/src/database/migrate.js'));
const { generateSchemaTypes, SCHEMA_TYPES_FILE } = require(
  join(ROOT, 'dist/apps/api/src/platform/database/schema-codegen.js'),
);

mkdirSync(join(ROOT, 'tmp'), { recursive: true });
const dataDir = join(ROOT, 'tmp', `db-types-${randomBytes(4).toString('hex')}`);
const cluster = await startEmbeddedPostgres({ dataDir, port: await freePort(), disposable: true });
try {
  await migrateDatabase(cluster.url);
  const target = join(ROOT, SCHEMA_TYPES_FILE);
  const types = await generateSchemaTypes(cluster.url);
  const before = existsSync(target) ? readFileSync(target, 'utf8') : '';
  writeFileSync(target, types);
  console.log(`${SCHEMA_TYPES_FILE}: ${before === types ? 'unchanged' : 'updated'}`);
} finally {
  await cluster.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
