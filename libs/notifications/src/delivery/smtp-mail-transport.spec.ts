import { simpleParser, type ParsedMail } from 'mailparser';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { DeliveryFailed, type OutgoingMessage } from './mail-transport';
import { SmtpMailTransport } from './smtp-mail-transport';

const message = (n: number): OutgoingMessage => ({
  tenantId: 't',
  messageId: `<m-${n}@steward.invalid>`,
  from: 'thanks@example.org',
  to: 'ana@example.org',
  subject: `Thank you ${n}`,
  text: 'Thank you for your gift.',
  html: '<p>Thank you for your gift.</p>',
});

/** A plain SMTP server on `port` (0: any) that keeps what it accepts; `onData` may answer otherwise. */
async function plainServer(port = 0, options: Partial<SMTPServerOptions> = {}) {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        received.push(mail);
        callback();
      }, callback);
    },
    ...options,
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${address.port}?ignoreTLS=true`,
    port: address.port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function failureOf(sending: Promise<unknown>): Promise<DeliveryFailed> {
  const error = await sending.then(
    () => {
      throw new Error('expected the send to fail');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DeliveryFailed);
  return error as DeliveryFailed;
}

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

describe('SmtpMailTransport when the server fails', () => {
  // Real servers and sockets on a busy machine: bounded, with room above jest's 5 s default.
  jest.setTimeout(20_000);

  it('recovers from refused connections by itself: more failures than connections, then delivery', async () => {
    const port = await freePort();
    const transport = new SmtpMailTransport(`smtp://127.0.0.1:${port}?ignoreTLS=true`, {
      maxConnections: 2,
      sendTimeoutMs: 5000,
    });
    try {
      // Nothing listens: each send fails at once, having reached no server, and leaves no dead slot.
      for (let n = 0; n < 6; n++) {
        expect((await failureOf(transport.send(message(n)))).stage).toBe('session');
      }
      const server = await plainServer(port);
      try {
        const receipts = await Promise.all([10, 11, 12].map((n) => transport.send(message(n))));
        expect(receipts.map((r) => r.response)).toEqual([
          expect.stringMatching(/^250/),
          expect.anything(),
          expect.anything(),
        ]);
        expect(server.received.map((m) => m.messageId).sort()).toEqual([
          '<m-10@steward.invalid>',
          '<m-11@steward.invalid>',
          '<m-12@steward.invalid>',
        ]);
      } finally {
        await server.close();
      }
    } finally {
      await transport.close();
    }
  });

  it('gives up on a server that accepts the connection but never greets, and says nothing was sent', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    const transport = new SmtpMailTransport(`smtp://127.0.0.1:${port}?ignoreTLS=true`, {
      sendTimeoutMs: 3000,
      connectTimeoutMs: 500,
    });
    try {
      const failure = await failureOf(transport.send(message(1)));
      expect(failure.stage).toBe('session');
    } finally {
      await transport.close();
      sockets.forEach((s) => s.destroy());
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('bounds a send whose final answer never comes, and says the server may have the message', async () => {
    const server = await plainServer(0, {
      onData(stream) {
        // Reads the whole message, then never answers.
        stream.resume();
      },
    });
    const transport = new SmtpMailTransport(server.url, { sendTimeoutMs: 1000 });
    try {
      const failure = await failureOf(transport.send(message(1)));
      expect(failure.stage).toBe('handed-over');
      expect(failure.responseCode).toBeUndefined();
    } finally {
      await transport.close();
      await server.close();
    }
  });

  it("reports the server's refusals with their code and stage, and keeps delivering after them", async () => {
    let refuseNext: number | null = 451;
    const server = await plainServer(0, {
      onRcptTo(address, _session, callback) {
        if (address.address === 'nobody@example.org') {
          return callback(Object.assign(new Error('no such user'), { responseCode: 550 }));
        }
        if (refuseNext) {
          const responseCode = refuseNext;
          refuseNext = null;
          return callback(Object.assign(new Error('try later'), { responseCode }));
        }
        callback();
      },
    });
    const transport = new SmtpMailTransport(server.url, { maxConnections: 1, sendTimeoutMs: 5000 });
    try {
      const busy = await failureOf(transport.send(message(1)));
      expect(busy).toMatchObject({ stage: 'envelope', responseCode: 451, recipientRefused: true });
      expect(busy.permanent).toBe(false);
      const unknown = await failureOf(transport.send({ ...message(2), to: 'nobody@example.org' }));
      expect(unknown).toMatchObject({ stage: 'envelope', responseCode: 550, recipientRefused: true });
      expect(unknown.permanent).toBe(true);
      await transport.send(message(3));
      expect(server.received.map((m) => m.messageId)).toEqual(['<m-3@steward.invalid>']);
    } finally {
      await transport.close();
      await server.close();
    }
  });
});
