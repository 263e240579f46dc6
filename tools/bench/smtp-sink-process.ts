/**
 * A local SMTP server in its own process for the mail benchmarks, so that receiving does not share the
 * sending process's event loop. Accepts everything, keeps nothing; prints its port on stdout.
 */
import { SMTPServer } from 'smtp-server';

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  disableReverseLookup: true,
  // Each non-pooled send opens a connection: more than the default 100 may be open at once.
  maxClients: 1000,
  onData(stream, _session, callback) {
    stream.resume();
    stream.on('end', () => callback());
  },
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${(server.server.address() as { port: number }).port}\n`);
});
process.on('disconnect', () => server.close(() => process.exit(0)));
