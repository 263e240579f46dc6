import { execFile } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { promisify } from 'node:util';

/**
 * Who is running a PostgreSQL on an embedded data folder, judged from PostgreSQL's own lock file
 * (postmaster.pid), the owner file Steward writes beside it, and the process table:
 * - `none`: nothing runs there (a lock file of a dead PostgreSQL is PostgreSQL's to clear);
 * - `steward`: the Steward that started it is still its parent, so it is in use;
 * - `orphan`: Steward started it, but that Steward is gone (the PostgreSQL was re-parented, which
 *   happens only when its parent dies), so nobody can be using it on Steward's behalf;
 * - `unknown`: something Steward did not start, or cannot identify: left alone.
 */
export type DataDirOccupant =
  | { kind: 'none' }
  | { kind: 'steward'; stewardPid: number; postgresPid: number; port: number | null }
  | { kind: 'orphan'; postgresPid: number; port: number | null }
  | { kind: 'unknown'; pid: number; found: string };

interface OwnerRecord {
  stewardPid: number;
  postgresPid: number;
}

interface ProcessStatus {
  ppid: number;
  argv: string[];
}

const OWNER_FILE = 'steward-owner.json';

/** The PostgreSQL cluster's own folder inside Steward's data folder. */
export function clusterDir(dataDir: string): string {
  return resolve(dataDir, 'postgres');
}

export async function inspectDataDir(dataDir: string): Promise<DataDirOccupant> {
  const lock = await readPostmasterPid(clusterDir(dataDir));
  if (!lock) return { kind: 'none' };
  const status = await processStatus(lock.pid);
  if (!status) return { kind: 'none' };
  if (!runsPostgresOn(status.argv, clusterDir(dataDir))) {
    return {
      kind: 'unknown',
      pid: lock.pid,
      found: `its lock file names process ${lock.pid}, which is not a PostgreSQL on this folder (${basename(status.argv[0] ?? '?')})`,
    };
  }
  const owner = await readOwner(dataDir);
  if (!owner || owner.postgresPid !== lock.pid) {
    return {
      kind: 'unknown',
      pid: lock.pid,
      found: `a PostgreSQL (pid ${lock.pid}) that Steward did not start is running on it`,
    };
  }
  return status.ppid === owner.stewardPid
    ? { kind: 'steward', stewardPid: owner.stewardPid, postgresPid: lock.pid, port: lock.port }
    : { kind: 'orphan', postgresPid: lock.pid, port: lock.port };
}

/** Records that this process runs the PostgreSQL now serving `dataDir` (see inspectDataDir). */
export async function recordOwnership(dataDir: string): Promise<void> {
  const lock = await readPostmasterPid(clusterDir(dataDir));
  if (!lock) throw new Error(`PostgreSQL is running but ${clusterDir(dataDir)}/postmaster.pid is missing`);
  const owner: OwnerRecord = { stewardPid: process.pid, postgresPid: lock.pid };
  await writeFile(resolve(dataDir, OWNER_FILE), `${JSON.stringify(owner)}\n`);
}

export async function releaseOwnership(dataDir: string): Promise<void> {
  await rm(resolve(dataDir, OWNER_FILE), { force: true });
}

/**
 * Stops the PostgreSQL a dead Steward left running on `dataDir`, if there is one, and waits until it
 * is gone. Fast shutdown first (open transactions roll back, a checkpoint is written); immediate
 * shutdown if that takes too long (the next start then recovers from the WAL, losing nothing
 * committed). Returns the pid it stopped, or null when there was no orphan.
 */
export async function stopOrphanedPostgres(dataDir: string): Promise<number | null> {
  const occupant = await inspectDataDir(dataDir);
  if (occupant.kind !== 'orphan') return null;
  const pid = occupant.postgresPid;
  for (const [signal, waitMs] of [
    ['SIGINT', 30_000],
    ['SIGQUIT', 15_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return pid; // already gone
    }
    if (await waitForExit(pid, waitMs)) {
      await releaseOwnership(dataDir);
      return pid;
    }
  }
  throw new Error(`the PostgreSQL (pid ${pid}) left running on ${dataDir} did not stop; stop it by hand`);
}

/** True once `pid` has exited (a zombie awaiting its parent counts as exited). */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while ((await processStatus(pid)) !== null) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
}

/**
 * The parent and command line of a live process, or null when it does not exist or has exited.
 * Linux reads /proc (slim container images have no `ps`); elsewhere `ps` answers.
 */
export async function processStatus(pid: number): Promise<ProcessStatus | null> {
  if (process.platform === 'linux') {
    try {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
      // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ")".
      const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (state === 'Z' || state === 'X') return null;
      const argv = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0').filter(Boolean);
      return { ppid: Number(ppid), argv };
    } catch {
      return null;
    }
  }
  try {
    const { stdout } = await promisify(execFile)('ps', ['-o', 'ppid=,stat=,args=', '-p', String(pid)]);
    const match = /^\s*(\d+)\s+(\S+)\s+(.*)$/.exec(stdout.trim());
    if (!match || match[2].startsWith('Z')) return null;
    return { ppid: Number(match[1]), argv: match[3].split(' ') };
  } catch {
    return null;
  }
}

function runsPostgresOn(argv: string[], cluster: string): boolean {
  const dataFlag = argv.indexOf('-D');
  return (
    basename(argv[0] ?? '') === 'postgres' && dataFlag >= 0 && resolve(argv[dataFlag + 1] ?? '') === cluster
  );
}

/** postmaster.pid: line 1 the postmaster's pid, line 4 its port (PostgreSQL's documented layout). */
async function readPostmasterPid(cluster: string): Promise<{ pid: number; port: number | null } | null> {
  let text: string;
  try {
    text = await readFile(resolve(cluster, 'postmaster.pid'), 'utf8');
  } catch {
    return null;
  }
  const lines = text.split('\n');
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  const port = Number(lines[3]);
  return { pid, port: Number.isInteger(port) && port > 0 ? port : null };
}

async function readOwner(dataDir: string): Promise<OwnerRecord | null> {
  try {
    const owner = JSON.parse(await readFile(resolve(dataDir, OWNER_FILE), 'utf8')) as Partial<OwnerRecord>;
    return Number.isInteger(owner.stewardPid) && Number.isInteger(owner.postgresPid)
      ? (owner as OwnerRecord)
      : null;
  } catch {
    return null;
  }
}
