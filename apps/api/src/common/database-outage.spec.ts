import { isDatabaseUnavailable } from '@steward/domain';
import { Pool } from 'pg';
import request from 'supertest';
import type { App } from 'supertest/types';
import { ADMIN, createTestDatabase, eventually } from '../../test/harness';
import { startTcpProxy, type TcpProxy } from '../../test/tcp-proxy';
import { createSteward, type RunningSteward } from '../app.factory';
import { loadConfig } from '../config/config';

/**
 * PostgreSQL made unreachable for real, by a proxy the test cuts: the API answers 503 problem details
 * with Retry-After (not 500), writes nothing it refused, and answers normally again once it is back.
 */
describe('while the database is unreachable', () => {
  let database: { url: string; drop: () => Promise<void> };
  let proxy: TcpProxy;
  let steward: RunningSteward;
  let http: () => ReturnType<typeof request>;
  let token: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const direct = new URL(database.url);
    proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port) });
    const url = proxy.proxied(database.url);
    const config = loadConfig({
      DATABASE_URL: url,
      STEWARD_ADMIN_EMAIL: ADMIN.email,
      STEWARD_ADMIN_PASSWORD: ADMIN.password,
      STEWARD_ROLE: 'api',
      LOG_LEVEL: 'silent',
    });
    steward = await createSteward(config, url);
    await steward.app.getHttpAdapter().getInstance().ready();
    const server = steward.app.getHttpServer() as App;
    http = () => request(server);
    token = (await http().post('/api/v1/auth/login').send(ADMIN).expect(200)).body.accessToken;
  });
  afterAll(async () => {
    await proxy?.restore();
    await steward?.close();
    await proxy?.close();
    await database?.drop();
  });

  const auth = () => ({ authorization: `Bearer ${token}` });
  const createDonor = (lastName: string) =>
    http().post('/api/v1/constituents').set(auth()).send({ kind: 'individual', firstName: 'Ana', lastName });

  function expectUnavailable(res: request.Response) {
    expect(res.status).toBe(503);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.body).toMatchObject({
      type: 'https://steward.dev/problems/service-unavailable',
      status: 503,
      title: expect.stringMatching(/try again/),
    });
    expect(JSON.stringify(res.body)).not.toMatch(
      /ECONNREFUSED|Connection terminated|QueryFailedError|at .*\.js/,
    );
  }

  it('answers 503 with Retry-After to reads, writes, sign-in and health, then recovers', async () => {
    await createDonor('Before').expect(201);
    await proxy.cut();

    expectUnavailable(await http().get('/api/v1/constituents').set(auth()));
    expectUnavailable(await createDonor('During'));
    expectUnavailable(await http().post('/api/v1/auth/login').send(ADMIN));
    const health = await http().get('/api/v1/health');
    expect(health.status).toBe(503);
    expect(health.headers['retry-after']).toBeDefined();
    expect(health.body.title).not.toMatch(/Exception/);

    await proxy.restore();
    const list = await eventually(async () => {
      const res = await http().get('/api/v1/constituents?limit=200').set(auth());
      return res.status === 200 ? res.body : undefined;
    });
    expect(list.items.map((c: { lastName: string }) => c.lastName)).toEqual(['Before']);
    await createDonor('After').expect(201);
  });

  it('counts a connection that hangs past the pool timeout as unavailable', async () => {
    // A real pool against a path that accepts and never answers: the error the API would get.
    await proxy.blackHole();
    const pool = new Pool({ connectionString: proxy.proxied(database.url), connectionTimeoutMillis: 300 });
    const error = await pool.query('SELECT 1').catch((e: unknown) => e);
    await pool.end();
    await proxy.restore();
    expect(error).toBeInstanceOf(Error);
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(isDatabaseUnavailable(new Error('duplicate key value violates unique constraint'))).toBe(false);
  });
});
