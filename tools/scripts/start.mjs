// `npm start`: build what changed (Nx caches it), then run Steward in this terminal.
// Ctrl-C (SIGINT) or SIGTERM reaches the server, which finishes in-flight work, then stops its database.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
const projects = ['api', existsSync('apps/admin/project.json') ? 'admin' : null].filter(Boolean).join(',');
const build = spawnSync(
  'npx',
  ['nx', 'run-many', '-t', 'build', `--projects=${projects}`, '--outputStyle=static'],
  {
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  },
);
if (build.status !== 0) {
  console.error('The build failed; run `npx nx run-many -t build` to see why.');
  process.exit(build.status ?? 1);
}

// The server gets a process group of its own, so Ctrl-C in the terminal reaches only this launcher, which
// passes it on once. Otherwise the embedded PostgreSQL (a child of the server) would get the terminal's
// SIGINT too and shut down under the jobs the server is still finishing.
const server = spawn(process.execPath, ['--enable-source-maps', 'dist/apps/api/src/main.js'], {
  stdio: 'inherit',
  env: process.env,
  detached: true,
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => server.kill(signal === 'SIGHUP' ? 'SIGTERM' : signal));
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
