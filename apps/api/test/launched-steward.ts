import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';

/** The workspace root: the launcher and the build are run from there, as `npm start` does. */
export const ROOT = resolve(__dirname, '../../..');

const LAUNCHED_ADMIN = { email: 'launcher@example.org', password: 'a-long-enough-password' };

/**
 * `npm start`'s launcher (tools/scripts/start.mjs) as a real process, on the build that is already there
 * (STEWARD_SKIP_BUILD=1), with an embedded PostgreSQL on `dataDir`. Output of the launcher and of the
 * server (which shares its stdout and stderr) is collected in `output`.
 */
export class LaunchedSteward {
  output = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private exit: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  private token?: string;
  private readonly child: ChildProcess;

  constructor(
    readonly options: { dataDir: string; port: number; pgPort: number; env?: Record<string, string> },
  ) {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      STEWARD_SKIP_BUILD: '1',
      PORT: String(options.port),
      EMBEDDED_PG_PORT: String(options.pgPort),
      STEWARD_DATA_DIR: relative(ROOT, options.dataDir),
      STEWARD_ADMIN_EMAIL: LAUNCHED_ADMIN.email,
      STEWARD_ADMIN_PASSWORD: LAUNCHED_ADMIN.password,
      LOG_LEVEL: 'warn',
    };
    for (const key of ['DATABASE_URL', 'SMTP_URL', 'STEWARD_ROLE', 'NODE_OPTIONS']) delete env[key];
    Object.assign(env, options.env);
    this.child = spawn(process.execPath, ['tools/scripts/start.mjs'], { cwd: ROOT, env });
    this.child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.exited = new Promise((resolveExit) =>
      this.child.once('exit', (code, signal) => {
        this.exit = { code, signal };
        resolveExit(this.exit);
      }),
    );
  }

  /** Calls the API as the administrator the launcher's environment creates. */
  async api<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T> {
    this.token ??= (
      await this.call<{ accessToken: string }>('POST', '/auth/login', {
        email: LAUNCHED_ADMIN.email,
        password: LAUNCHED_ADMIN.password,
      })
    ).accessToken;
    return this.call<T>(method, path, body);
  }

  get pid(): number {
    return this.child.pid as number;
  }

  /** Resolves once the API answers health with 200; fails early if the launcher exits first. */
  async healthy(timeoutMs = 90_000): Promise<void> {
    await this.until('GET /api/v1/health = 200', timeoutMs, async () => {
      const res = await fetch(`http://127.0.0.1:${this.options.port}/api/v1/health`).catch(() => null);
      return res?.status === 200;
    });
  }

  /** The server process and its PostgreSQL, found from PostgreSQL's lock file and the process table. */
  processes(): { server: number; postgres: number } {
    const postgres = postmasterPid(this.options.dataDir);
    if (!postgres) throw new Error(`no PostgreSQL runs on ${this.options.dataDir}`);
    return { server: parentOf(postgres), postgres };
  }

  /** Waits for the launcher to exit, within the deadline. */
  async exitWithin(timeoutMs: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`the launcher did not exit within ${timeoutMs} ms:\n${this.output}`)),
        timeoutMs,
      );
    });
    try {
      return await Promise.race([this.exited, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Stops reading the output, as when whatever read it died: further writes to it fail (EPIPE). */
  closeOutput(): void {
    this.child.stdout?.destroy();
    this.child.stderr?.destroy();
  }

  kill(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`http://127.0.0.1:${this.options.port}/api/v1${path}`, {
      method,
      headers: {
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json()) as T;
    if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${JSON.stringify(json)}`);
    return json;
  }

  private async until(what: string, timeoutMs: number, probe: () => Promise<boolean>): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.exit)
        throw new Error(`the launcher exited (${JSON.stringify(this.exit)}) before ${what}:\n${this.output}`);
      if (await probe()) return;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${this.output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** The pid in PostgreSQL's lock file on `dataDir`, or null when there is none. */
export function postmasterPid(dataDir: string): number | null {
  const file = join(dataDir, 'postgres', 'postmaster.pid');
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** Whether a process runs (an exited one waiting to be reaped does not). Linux's /proc. */
export function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !['Z', 'X'].includes(stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3));
  } catch {
    return false;
  }
}

export function parentOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

/** Polls until none of `pids` runs; fails after the deadline naming the ones still running. */
export async function untilGone(pids: number[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (pids.some(isRunning)) {
    if (Date.now() > deadline) {
      throw new Error(`still running after ${timeoutMs} ms: ${pids.filter(isRunning).join(', ')}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Fails when the build the launcher would run is older than its sources: these tests run real
 * processes on dist/, and a stale build would test old code. `npm test` builds first.
 */
export async function assertBuildIsCurrent(): Promise<void> {
  for (const sourceRoot of ['apps/api/src', 'libs/domain/src', 'libs/notifications/src', 'migrations']) {
    for (const entry of await readdir(join(ROOT, sourceRoot), { recursive: true })) {
      // The build skips specs and type tests (apps/api/project.json), so they have no built file.
      if (!entry.endsWith('.ts') || entry.endsWith('.spec.ts') || entry.endsWith('.type-test.ts')) continue;
      const source = join(ROOT, sourceRoot, entry);
      const built = join(ROOT, 'dist', sourceRoot, entry.replace(/\.ts$/, '.js'));
      if (!existsSync(built) || statSync(built).mtimeMs < statSync(source).mtimeMs) {
        throw new Error(
          `${relative(ROOT, built)} is missing or older than its source: run \`npx nx run api:build\` ` +
            '(npm test builds first).',
        );
      }
    }
  }
}
