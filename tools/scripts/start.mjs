// `npm start`: build what changed (Nx caches it), then run Steward in this terminal, and own it:
// - Ctrl-C (SIGINT), SIGTERM or SIGHUP reaches the server, which finishes in-flight work, then stops its
//   database;
// - if this launcher is killed (even with SIGKILL), the server sees their IPC channel close and stops the
//   same way;
// - if the server is killed, this launcher stops the embedded PostgreSQL it left behind, then exits;
// - if whatever started this launcher is gone, the server is stopped as on SIGTERM.
// STEWARD_SKIP_BUILD=1 skips the build, for when it is already there (the launcher's tests use it).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const SERVER = 'dist/apps/api/src/main.js';
const OWNERSHIP = '../../dist/apps/api/src/database/embedded-postgres-ownership.js';

// A terminal or log pipe that is gone must not stop this launcher from cleaning up (EPIPE would crash it).
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});

if (process.env.STEWARD_SKIP_BUILD === '1') {
  if (!existsSync(SERVER)) {
    console.error(
      `STEWARD_SKIP_BUILD=1, but ${SERVER} is not built: run \`npx nx run-many -t build\` first.`,
    );
    process.exit(1);
  }
} else {
  const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
  const projects = ['api', existsSync('apps/admin/project.json') ? 'admin' : null].filter(Boolean).join(',');
  const build = spawnSync(
    'npx',
    ['nx', 'run-many', '-t', 'build', `--projects=${projects}`, '--outputStyle=static'],
    { stdio: ['ignore', 'ignore', 'inherit'], env },
  );
  if (build.status !== 0) {
    console.error('The build failed; run `npx nx run-many -t build` to see why.');
    process.exit(build.status ?? 1);
  }
}

// The server gets a process group of its own, so Ctrl-C in the terminal reaches only this launcher, which
// passes it on once. Otherwise the embedded PostgreSQL (a child of the server) would get the terminal's
// SIGINT too and shut down under the jobs the server is still finishing.
const server = spawn(process.execPath, ['--enable-source-maps', SERVER], {
  stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  env: process.env,
  detached: true,
});
let embeddedDataDir = null;
server.on('message', (message) => {
  if (message?.type === 'embedded-postgres') embeddedDataDir = message.dataDir;
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => server.kill(signal === 'SIGHUP' ? 'SIGTERM' : signal));
}
// `npm start` runs this launcher through `sh -c`, and npm hands its SIGTERM to that shell, which dies
// without passing it on: a launcher whose parent is gone stops the server as on SIGTERM.
const parent = process.ppid;
const parentWatch = setInterval(() => {
  if (process.ppid === parent) return;
  clearInterval(parentWatch);
  server.kill('SIGTERM');
}, 500);
server.on('exit', (code, signal) => {
  clearInterval(parentWatch);
  void afterServer(code, signal);
});

async function afterServer(code, signal) {
  if (signal)
    console.error(`The Steward server was stopped by ${signal} before it could shut down in order.`);
  // A server that died without stopping its database left it running: the same rule as the next start
  // (it is ours, and its Steward is gone) decides, and it is stopped before this launcher exits.
  if (embeddedDataDir) {
    try {
      const { stopOrphanedPostgres } = createRequire(import.meta.url)(OWNERSHIP);
      const stopped = await stopOrphanedPostgres(embeddedDataDir);
      if (stopped) console.error(`Stopped the embedded PostgreSQL it left running (process ${stopped}).`);
    } catch (error) {
      console.error(
        `Could not stop the embedded PostgreSQL the server left running: ${error?.message ?? error}`,
      );
    }
  }
  process.exit(code ?? 1);
}
