import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { SmtpMailTransport } from './mail-transport';

/** A real SMTP server speaking TLS (smtp-server's built-in self-signed certificate). */
async function tlsServer(secure: boolean) {
  const received: ParsedMail[] = [];
  const encrypted: boolean[] = [];
  const server = new SMTPServer({
    secure,
    authOptional: true,
    logger: false,
    onData(stream, session, callback) {
      encrypted.push(session.secure);
      simpleParser(stream).then((mail) => {
        received.push(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    received,
    encrypted,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('SmtpMailTransport', () => {
  // The pool opens its own sockets (TCP_NODELAY); TLS must still work on them.
  it.each([
    ['implicit TLS (smtps:)', true, 'smtps'],
    ['STARTTLS (smtp:)', false, 'smtp'],
  ])('delivers over %s', async (_label, secure, scheme) => {
    const server = await tlsServer(secure);
    const transport = new SmtpMailTransport(
      `${scheme}://127.0.0.1:${server.port}?tlsRejectUnauthorized=false`,
    );
    try {
      const receipt = await transport.send({
        tenantId: 't',
        messageId: '<tls-test@steward.invalid>',
        from: 'thanks@example.org',
        to: 'ana@example.org',
        subject: 'Thank you, Ana',
        text: 'Thank you for your gift.',
        html: '<p>Thank you for your gift.</p>',
      });
      expect(receipt.response).toMatch(/^250/);
      expect(server.received.map((m) => m.subject)).toEqual(['Thank you, Ana']);
      expect(server.encrypted).toEqual([true]);
    } finally {
      await transport.close();
      await server.close();
    }
  });
});
