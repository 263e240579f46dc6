import 'reflect-metadata';
import { createSteward, type RunningSteward } from './app.factory';
import { loadConfig } from './config/config';
import { claimDataDir, startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres';
import { announceEmbeddedDatabase, whenLauncherGone } from './startup/launcher-link';
import { isPortFree } from './startup/ports';
import { describeStartFailure, StartFailure } from './startup/start-failure';

/**
 * Steward's process: api, worker and admin on one port (STEWARD_ROLE splits them). With no
 * DATABASE_URL it runs its own PostgreSQL under .data/; Ctrl-C stops everything in order.
 */
let step = 'reading the configuration';
let embedded: EmbeddedDatabase | undefined;
let steward: RunningSteward | undefined;
let started = false;
let stopRequested: string | undefined;
let stopping = false;

async function main(): Promise<void> {
  // The terminal or log pipe may be gone before this process is (a host killing the launcher and its log
  // reader together): a line lost must not turn an orderly stop into a crash on EPIPE.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);
  // Listened for from the first moment: a stop asked for while starting waits for the start to end
  // (a second one exits at once), so the database is never left running without its server.
  const requestStop = (reason: string) => {
    if (started) return void stop(reason);
    if (stopRequested) process.exit(1);
    stopRequested = reason;
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => requestStop(`${signal} received`));
  }
  whenLauncherGone(() => requestStop('The launcher (npm start) is gone'));

  const config = loadConfig();
  const notice = (line: string) => process.stdout.write(`${line}\n`);
  // Everything that can be checked is checked before anything starts: the data, then the port.
  if (config.database.driver === 'embedded') {
    step = `checking the data in ${config.database.dataDir}/`;
    await claimDataDir(config.database.dataDir, notice);
  }
  if (config.role !== 'worker') {
    step = `checking that port ${config.http.port} is free`;
    if (!(await isPortFree(config.http.port, config.http.host))) {
      throw new StartFailure(
        `Port ${config.http.port} is already in use (another Steward, or another program).\n` +
          'Stop it, or set PORT to a free port.',
      );
    }
  }

  let databaseUrl: string;
  if (config.database.driver === 'embedded') {
    step = 'starting the embedded PostgreSQL';
    notice(
      `Starting the embedded PostgreSQL in ${config.database.dataDir}/ (set DATABASE_URL to use your own)`,
    );
    embedded = await startEmbeddedPostgres({
      dataDir: config.database.dataDir,
      port: config.database.port,
      notice,
    });
    announceEmbeddedDatabase(config.database.dataDir);
    databaseUrl = embedded.url;
  } else {
    databaseUrl = config.database.url;
  }
  step = 'migrating the database and starting the app';
  steward = await createSteward(config, databaseUrl);
  if (config.role !== 'worker') {
    step = `listening on port ${config.http.port}`;
    await steward.app.listen({ port: config.http.port, host: config.http.host });
    process.stdout.write(
      `Steward is running on http://localhost:${config.http.port}/ (API docs at /api/docs)\n`,
    );
  }
  if (config.mail.driver === 'capture') {
    process.stdout.write(
      'No SMTP_URL set: mail is captured locally (GET /api/v1/mail/captured, and the admin).\n',
    );
  }
  started = true;
  if (stopRequested) await stop(stopRequested);
}

async function stop(reason: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`\n${reason}: finishing in-flight work...\n`);
  const timer = setTimeout(() => process.exit(1), 30_000);
  try {
    await steward?.close();
    await embedded?.stop();
    process.stdout.write('Steward stopped.\n');
  } finally {
    clearTimeout(timer);
    process.exit(0);
  }
}

main().catch(async (error: unknown) => {
  process.stderr.write(`Steward could not start (${step}): ${describeStartFailure(error)}\n`);
  // Undo what had started, the database last, so a failed start leaves nothing running.
  await steward?.close().catch(() => undefined);
  await embedded?.stop().catch(() => undefined);
  process.exit(1);
});
