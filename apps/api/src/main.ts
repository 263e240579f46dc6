import 'reflect-metadata';
import { createSteward } from './app.factory';
import { ConfigError, loadConfig } from './config/config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres';

/**
 * Steward's process: api, worker and admin on one port (STEWARD_ROLE splits them). With no
 * DATABASE_URL it runs its own PostgreSQL under .data/; Ctrl-C stops everything in order.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl: string;
  if (config.database.driver === 'embedded') {
    process.stdout.write(
      `Starting the embedded PostgreSQL in ${config.database.dataDir}/ (set DATABASE_URL to use your own)\n`,
    );
    embedded = await startEmbeddedPostgres({ dataDir: config.database.dataDir, port: config.database.port });
    databaseUrl = embedded.url;
  } else {
    databaseUrl = config.database.url;
  }

  const steward = await createSteward(config, databaseUrl);
  if (config.role !== 'worker') {
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

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal} received: finishing in-flight work...\n`);
    const timer = setTimeout(() => process.exit(1), 30_000);
    try {
      await steward.close();
      await embedded?.stop();
    } finally {
      clearTimeout(timer);
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Steward could not start: ${error?.stack ?? error}\n`);
  }
  process.exit(1);
});
