import { resolve } from 'node:path';

/** What the server tells `npm start`'s launcher (tools/scripts/start.mjs) over their IPC channel. */
export interface EmbeddedDatabaseAnnouncement {
  type: 'embedded-postgres';
  /** Absolute, so the launcher can find it whatever its own working directory. */
  dataDir: string;
}

/**
 * The launcher runs this process with an IPC channel. Its closing is how the server learns that the
 * launcher is gone, even when it was killed with SIGKILL and could pass nothing on; the server then
 * stops in order, as on Ctrl-C. Without a launcher (docker, `node main.js`) this does nothing.
 */
export function whenLauncherGone(stop: () => void): void {
  if (!process.send) return;
  if (!process.connected) stop();
  else process.once('disconnect', stop);
}

/** Tells the launcher where the embedded PostgreSQL runs, so it can stop it if this process is killed. */
export function announceEmbeddedDatabase(dataDir: string): void {
  if (!process.connected) return;
  const message: EmbeddedDatabaseAnnouncement = { type: 'embedded-postgres', dataDir: resolve(dataDir) };
  process.send?.(message);
}
