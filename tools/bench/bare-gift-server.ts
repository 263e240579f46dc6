/**
 * The baseline of the gift benchmark: POST /api/v1/gifts written by hand on fastify and pg, doing the
 * same work as Steward's endpoint would at its leanest — the same verification (the bearer token
 * checked with the same library and key, the body checked by a JSON schema, the donor looked up in the
 * tenant under a share lock) and the same rows in one transaction (the gift, its acknowledgement row,
 * its timeline entry and its outbox job), one statement per row, as a hand-written endpoint does. No
 * framework, no rules, no receipt number. Run as its own process by gift-throughput.ts.
 */
import Fastify from 'fastify';
import jwt from 'jsonwebtoken';
import { randomUUID, createSecretKey } from 'node:crypto';
import { Pool } from 'pg';

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.POOL_SIZE ?? 10),
});
const key = createSecretKey(Buffer.from(process.env.JWT_SECRET as string, 'utf8'));
const app = Fastify({ logger: false, bodyLimit: 1024 * 1024 });

interface GiftBody {
  constituentId: string;
  amount: number;
  currency: string;
}

app.post<{ Body: GiftBody }>(
  '/api/v1/gifts',
  {
    schema: {
      body: {
        type: 'object',
        additionalProperties: false,
        required: ['constituentId', 'amount', 'currency'],
        properties: {
          constituentId: { type: 'string', format: 'uuid' },
          amount: { type: 'integer', minimum: 1, maximum: 999_999_999_999_999 },
          currency: { type: 'string', pattern: '^[A-Za-z]{3}$' },
        },
      },
    },
  },
  async (request, reply) => {
    const token = request.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
    let claims: { sub: string; tid: string };
    try {
      claims = jwt.verify(token ?? '', key) as { sub: string; tid: string };
    } catch {
      return reply.status(401).send({ title: 'Authentication required' });
    }
    const { constituentId, amount } = request.body;
    const currency = request.body.currency.toUpperCase();
    const giftId = randomUUID();
    const acknowledgementId = randomUUID();
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const donor = await client.query(
        'SELECT id FROM constituents WHERE tenant_id = $1 AND id = $2 FOR SHARE',
        [claims.tid, constituentId],
      );
      if (donor.rowCount === 0) {
        await client.query('ROLLBACK');
        return reply.status(400).send({ title: 'Your request has invalid fields' });
      }
      const receivedAt = new Date();
      const gift = await client.query(
        `INSERT INTO gifts (id, tenant_id, constituent_id, amount, currency, received_at, source, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, 'api', $7) RETURNING created_at`,
        [giftId, claims.tid, constituentId, amount, currency, receivedAt, claims.sub],
      );
      await client.query(
        `INSERT INTO acknowledgements (id, tenant_id, gift_id, constituent_id, status, message_id, gift_received_at)
         VALUES ($1, $2, $3, $4, 'queued', $5, $6)`,
        [
          acknowledgementId,
          claims.tid,
          giftId,
          constituentId,
          `<ack-${acknowledgementId}@bench>`,
          receivedAt,
        ],
      );
      await client.query(
        `INSERT INTO timeline_entries (id, tenant_id, constituent_id, kind, department, occurred_at, summary,
                                       subject_type, subject_id, details)
         VALUES ($1, $2, $3, 'gift', 'development', $4, $5, 'gift', $6, $7)`,
        [
          randomUUID(),
          claims.tid,
          constituentId,
          receivedAt,
          `Gift of ${amount} received`,
          giftId,
          JSON.stringify({ amount, currency }),
        ],
      );
      // A task the bare server has no worker for: the outbox row is written all the same.
      await client.query(`SELECT graphile_worker.add_job('bare.acknowledgement', $1::json)`, [
        JSON.stringify({ tenantId: claims.tid, acknowledgementId }),
      ]);
      await client.query('COMMIT');
      return reply.status(201).send({
        id: giftId,
        constituentId,
        amount,
        currency,
        receivedAt,
        createdAt: gift.rows[0].created_at,
        acknowledgement: { id: acknowledgementId, status: 'queued', sentAt: null },
      });
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  },
);

app
  .listen({ port: Number(process.env.PORT), host: '127.0.0.1' })
  .then(() => process.stdout.write('listening\n'))
  .catch((error) => {
    process.stderr.write(`${error}\n`);
    process.exit(1);
  });
process.on(
  'SIGTERM',
  () =>
    void app
      .close()
      .then(() => pool.end())
      .then(() => process.exit(0)),
);
