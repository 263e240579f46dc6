import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { eventually } from '../../test/harness';
import {
  assertBuildIsCurrent,
  isRunning,
  LaunchedSteward,
  postmasterPid,
  ROOT,
  untilGone,
} from '../../test/launched-steward';
import { startSmtpSink } from '../../test/smtp-sink';
import { freePort } from '../database/scratch-databases';

/**
 * `npm start` as a host runs it: the real launcher, server and embedded PostgreSQL as processes, stopped
 * and killed from outside. Whatever happens, nothing may be left running, and every refusal says why.
 * The tests share one data folder (its first start creates the cluster); each leaves nothing running.
 */
describe('npm start owns its children', () => {
  let dataDir: string;
  const launched: LaunchedSteward[] = [];
  const pidsSeen = new Set<number>();

  type LaunchOptions = { port?: number; pgPort?: number; env?: Record<string, string> };
  const launch = async (options: LaunchOptions = {}) => {
    const steward = new LaunchedSteward({
      dataDir,
      port: options.port ?? (await freePort()),
      pgPort: options.pgPort ?? (await freePort()),
      env: options.env,
    });
    launched.push(steward);
    return steward;
  };
  const running = async (options: LaunchOptions = {}) => {
    const steward = await launch(options);
    await steward.healthy();
    // Read once the lock file says so: under load, health can answer a moment before the test sees it.
    const processes = await eventually(async () => {
      try {
        return steward.processes();
      } catch {
        return undefined;
      }
    }, 10_000).catch(() => {
      throw new Error(
        `no PostgreSQL found on ${dataDir} although health answered; output:\n${steward.output}`,
      );
    });
    for (const pid of [steward.pid, processes.server, processes.postgres]) pidsSeen.add(pid);
    return { steward, ...processes };
  };

  beforeAll(async () => {
    await assertBuildIsCurrent();
    await mkdir(join(ROOT, 'tmp'), { recursive: true });
    dataDir = await mkdtemp(join(ROOT, 'tmp', 'launcher-'));
  });

  // A test, even a failed one, leaves no process to the next one (or to the machine): an orderly stop
  // first, so the shared cluster stays clean, and SIGKILL for whatever did not stop.
  afterEach(async () => {
    for (const steward of launched.splice(0)) steward.kill('SIGTERM');
    const seen = [...pidsSeen];
    pidsSeen.clear();
    try {
      await untilGone(seen, 40_000);
    } catch {
      const leftovers = seen.filter(isRunning);
      for (const pid of leftovers) process.kill(pid, 'SIGKILL');
      await untilGone(leftovers, 20_000);
    }
  });

  afterAll(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it.each([
    ['while its output is still read', false],
    ['and its output pipe gone with it (a host killing both)', true],
  ])(
    'SIGKILL of the launcher %s: the thank-you being sent finishes, then its PostgreSQL stops',
    async (_, outputGone) => {
      const smtp = await startSmtpSink({ acceptDelayMs: 2000 });
      try {
        const { steward, server, postgres } = await running({ env: { SMTP_URL: smtp.url } });
        const donor = await steward.api<{ id: string }>('POST', '/constituents', {
          kind: 'individual',
          firstName: 'Ana',
          lastName: 'Rivera',
          emails: [{ address: 'ana@example.org' }],
        });
        const gift = await steward.api<{ id: string }>('POST', '/gifts', {
          constituentId: donor.id,
          amount: 30000,
          currency: 'USD',
        });
        const status = async () =>
          (await steward.api<{ acknowledgement: { status: string } }>('GET', `/gifts/${gift.id}`))
            .acknowledgement.status;
        await eventually(async () => ((await status()) === 'sending' ? true : undefined), 30_000);

        if (outputGone) steward.closeOutput();
        steward.kill('SIGKILL');

        await untilGone([server, postgres], 60_000);
        if (!outputGone) {
          expect(steward.output).toContain('The launcher (npm start) is gone: finishing in-flight work');
          expect(steward.output).toContain('Steward stopped.');
        }
        // A clean shutdown removes PostgreSQL's lock file; a crash would leave it.
        expect(postmasterPid(dataDir)).toBeNull();
        expect(smtp.messages).toHaveLength(1);
        // Started again on the same data: the thank-you was recorded as sent before the database stopped.
        const again = await running();
        expect(await again.steward.api('GET', `/gifts/${gift.id}`)).toMatchObject({
          acknowledgement: { status: 'sent' },
        });
      } finally {
        await smtp.close();
      }
    },
    200_000,
  );

  it('SIGKILL of the server: the launcher stops the PostgreSQL it left, says so, and fails', async () => {
    const { steward, server, postgres } = await running();

    process.kill(server, 'SIGKILL');

    const exit = await steward.exitWithin(60_000);
    expect(exit.code).toBe(1);
    expect(isRunning(postgres)).toBe(false);
    expect(steward.output).toContain('The Steward server was stopped by SIGKILL');
    expect(steward.output).toContain(`Stopped the embedded PostgreSQL it left running (process ${postgres})`);
  }, 150_000);

  it('a second start on the data a running Steward serves says so, and leaves it serving', async () => {
    const first = await running();

    const second = await launch({ pgPort: first.steward.options.pgPort });
    const exit = await second.exitWithin(60_000);

    expect(exit.code).toBe(1);
    expect(second.output).toContain(`Steward is already running on`);
    expect(second.output).toContain(`process ${first.server}`);
    expect(second.output).toContain('STEWARD_DATA_DIR');
    expect(second.output).not.toContain('undefined');
    await first.steward.healthy(5_000);

    // Ctrl-C then stops the first one in order.
    first.steward.kill('SIGINT');
    expect(await first.steward.exitWithin(60_000)).toEqual({ code: 0, signal: null });
    expect(first.steward.output).toContain('SIGINT received: finishing in-flight work');
    await untilGone([first.server, first.postgres], 10_000);
  }, 150_000);

  it('a start stops the PostgreSQL that a killed Steward left on its data, says so, and serves', async () => {
    const first = await running();
    // Both killed at once, as by a host: nobody is left to stop the database.
    first.steward.kill('SIGKILL');
    process.kill(first.server, 'SIGKILL');
    await untilGone([first.steward.pid, first.server], 20_000);
    expect(isRunning(first.postgres)).toBe(true);

    const again = await running({ pgPort: first.steward.options.pgPort });

    expect(again.steward.output).toContain(
      `Found the embedded PostgreSQL (process ${first.postgres}) that an earlier Steward left running`,
    );
    expect(isRunning(first.postgres)).toBe(false);
    again.steward.kill('SIGTERM');
    expect(await again.steward.exitWithin(60_000)).toEqual({ code: 0, signal: null });
    await untilGone([again.server, again.postgres], 10_000);
  }, 200_000);

  it('a start that finds a PostgreSQL Steward did not start on its data leaves it alone, saying what to do', async () => {
    const first = await running();
    // As if an older Steward, or someone by hand, had started it: nothing records it as Steward's.
    await rm(join(dataDir, 'steward-owner.json'));

    const second = await launch({ pgPort: first.steward.options.pgPort });

    expect((await second.exitWithin(60_000)).code).toBe(1);
    expect(second.output).toContain(`a PostgreSQL (pid ${first.postgres}) that Steward did not start`);
    expect(second.output).toContain(`kill -INT ${first.postgres}`);
    expect(isRunning(first.postgres)).toBe(true);
    await first.steward.healthy(5_000);
  }, 150_000);

  it('a start whose port is taken names the port and the setting, and leaves nothing running', async () => {
    const taken: Server = createServer();
    const port = await freePort();
    await new Promise<void>((ok) => taken.listen(port, '0.0.0.0', ok));
    try {
      const http = await launch({ port });
      expect((await http.exitWithin(60_000)).code).toBe(1);
      expect(http.output).toContain(`Port ${port} is already in use`);
      expect(http.output).toContain('set PORT');

      const database = await launch({ pgPort: port });
      expect((await database.exitWithin(60_000)).code).toBe(1);
      expect(database.output).toContain(`Port ${port}, where the embedded PostgreSQL listens, is taken`);
      expect(database.output).toContain('set EMBEDDED_PG_PORT');
    } finally {
      await new Promise((ok) => taken.close(ok));
    }
    const left = postmasterPid(dataDir);
    expect(left === null || !isRunning(left)).toBe(true);
  }, 150_000);

  it('a PostgreSQL that cannot start is reported with what it said, never as "undefined"', async () => {
    const brokenDir = await mkdtemp(join(ROOT, 'tmp', 'launcher-broken-'));
    try {
      // A cluster folder with no configuration (a half-copied backup, say): PostgreSQL refuses to start.
      await mkdir(join(brokenDir, 'postgres'));
      await writeFile(join(brokenDir, 'postgres', 'PG_VERSION'), '9.6\n');
      const steward = new LaunchedSteward({
        dataDir: brokenDir,
        port: await freePort(),
        pgPort: await freePort(),
      });
      launched.push(steward);

      expect((await steward.exitWithin(60_000)).code).toBe(1);
      expect(steward.output).toContain('Steward could not start (starting the embedded PostgreSQL)');
      expect(steward.output).toMatch(
        /did not start\. PostgreSQL said:\n.*could not access the server configuration file/,
      );
      expect(steward.output).not.toContain('undefined');
    } finally {
      await rm(brokenDir, { recursive: true, force: true });
    }
  }, 150_000);

  it('SIGHUP (its terminal closed) stops the server and its PostgreSQL in order', async () => {
    const { steward, server, postgres } = await running();

    steward.kill('SIGHUP');

    expect(await steward.exitWithin(60_000)).toEqual({ code: 0, signal: null });
    expect(steward.output).toContain('Steward stopped.');
    await untilGone([server, postgres], 10_000);
  }, 150_000);
});
