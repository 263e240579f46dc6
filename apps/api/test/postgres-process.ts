import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';

export interface PostgresProcess {
  url: string;
  /** Stops PostgreSQL (fast shutdown: connections are cut) and waits until it is gone. */
  stop(): Promise<void>;
}

/**
 * Starts an embedded PostgreSQL on `dataDir` and `port` in a child process of its own, from the
 * server build `main` belongs to (jest's module sandbox cannot load the ESM-only package itself).
 * Started again on the same folder, it finds the data it had.
 */
export async function startPostgresProcess(
  main: string,
  dataDir: string,
  port: number,
): Promise<PostgresProcess> {
  const moduleFile = join(dirname(main), 'database/embedded-postgres.js');
  const script = `
    const { startEmbeddedPostgres } = require(${JSON.stringify(moduleFile)});
    startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, port: ${port}, disposable: true }).then(
      (db) => {
        process.stdout.write('READY ' + db.url + '\\n');
        process.on('SIGTERM', () => db.stop().then(() => process.exit(0), () => process.exit(1)));
      },
      (error) => { console.error(error); process.exit(1); },
    );`;
  const child: ChildProcess = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`PostgreSQL did not start:\n${output}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /READY (\S+)/.exec(output);
      if (ready) {
        clearTimeout(timer);
        resolve(ready[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`PostgreSQL exited with ${code}:\n${output}`));
    });
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
