// `npm run bench`: build the server, then run the benchmarks (they write docs/BENCHMARKS.md).
import { spawnSync } from 'node:child_process';

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
const build = spawnSync('npx', ['nx', 'run', 'api:build', '--outputStyle=static'], { stdio: 'inherit', env });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync(process.execPath, ['--enable-source-maps', 'dist/tools/bench/run.js'], {
  stdio: 'inherit',
  env,
});
process.exit(run.status ?? 1);
