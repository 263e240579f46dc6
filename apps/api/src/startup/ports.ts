import { createServer } from 'node:net';

/** Whether this process could listen on `port` now (another program may take it a moment later). */
export function isPortFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolvePort) => {
    const probe = createServer()
      .once('error', () => resolvePort(false))
      .listen({ port, host, exclusive: true }, () => probe.close(() => resolvePort(true)));
  });
}
