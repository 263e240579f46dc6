import fc from 'fast-check';
import { databaseSnapshot, type DatabaseSnapshot } from '../../test/database-snapshot';
import { createConstituent, createUser, recordGift } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/harness';
import {
  requestArbitrary,
  type ArbitraryContext,
  type GeneratedRequest,
  type OpenApiDocument,
  type OpenApiOperation,
} from '../../test/openapi-arbitraries';

/**
 * The property every operation of the live OpenAPI document must keep, whatever it is sent (valid
 * requests built from its schemas and broken ones), as the administrator: no 5xx; every refusal is
 * RFC 9457 problem details; no body shows internals; a refused request writes nothing. An endpoint
 * added later is walked with no further work, and the test fails if any operation was not.
 */
const SEED = 20_261_123;
const RUNS_PER_OPERATION = 100;
/** The time bound: runs of an operation past it are skipped, so a busy machine still ends promptly. */
const MS_PER_OPERATION = 3_000;

/** What a body must never show: stack frames, source paths, SQL, driver and ORM error names. */
const INTERNALS =
  /\bat \S+ \(|\.(ts|js):\d+|node_modules|\/work\/|QueryFailedError|TypeORMError|EntityNotFound|DatabaseError|syntax error at or near|violates \w+ constraint|invalid input syntax|relation "|\bSELECT\b.+\bFROM\b|\bINSERT INTO\b|ECONNREFUSED/;

describe('every operation of the OpenAPI document, fuzzed', () => {
  let app: TestApp;
  let document: OpenApiDocument;
  const ctx: ArbitraryContext = { document: { paths: {} }, ids: new Map(), cursors: [] };
  const exercised = new Map<string, { runs: number; statuses: Map<number, number> }>();

  const remember = (collection: string, id: unknown) => {
    if (typeof id !== 'string') return;
    const set = ctx.ids.get(collection) ?? new Set<string>();
    set.add(id);
    ctx.ids.set(collection, set);
  };

  beforeAll(async () => {
    // The api role only: no worker writes rows in the background between two snapshots.
    app = await startTestApp({ STEWARD_ROLE: 'api' });
    document = (await app.http().get('/api/docs-json').expect(200)).body as OpenApiDocument;
    ctx.document = document;

    // Something for valid ids to find: each kind of record once or twice.
    const auth = { authorization: `Bearer ${app.token}` };
    const api = (method: 'get' | 'post' | 'put', path: string, body?: object) =>
      app.http()[method](`/api/v1${path}`).set(auth).send(body);
    const me = (await api('get', '/auth/me').expect(200)).body;
    remember('users', me.userId);
    remember('users', (await createUser(app)).id);
    const donor = await createConstituent(app);
    remember('constituents', donor.id);
    remember(
      'constituents',
      (await createConstituent(app, { kind: 'organization', organizationName: 'Casa' })).id,
    );
    remember('funds', (await api('post', '/funds', { name: 'Scholarships' }).expect(201)).body.id);
    remember('campaigns', (await api('post', '/campaigns', { name: 'Spring' }).expect(201)).body.id);
    await api('put', '/settings/acknowledgements', {
      automatedTargetSeconds: 300,
      personalTargetSeconds: 172800,
      majorGiftThresholds: [{ currency: 'USD', amount: 100000 }],
    }).expect(200);
    for (const amount of [30000, 500000, 700000]) {
      const gift = await recordGift(app, { constituentId: donor.id, amount });
      remember('gifts', gift.id);
      remember('acknowledgements', gift.acknowledgement.id);
    }
    const recurring = await api('post', '/recurring-gifts', {
      constituentId: donor.id,
      amount: 2500,
      currency: 'USD',
      frequency: 'monthly',
    }).expect(201);
    remember('recurring-gifts', recurring.body.id);
    const task = await api('post', '/tasks', {
      kind: 'call',
      title: 'Call Ana',
      constituentId: donor.id,
      dueAt: '2030-01-01T00:00:00Z',
    }).expect(201);
    remember('tasks', task.body.id);
    for (const listing of [
      '/constituents',
      '/gifts',
      '/tasks',
      '/acknowledgements',
      `/constituents/${donor.id}/timeline`,
    ]) {
      const page = await api('get', `${listing}?limit=1`).expect(200);
      if (page.body.nextCursor) ctx.cursors.push(page.body.nextCursor);
    }
  });
  afterAll(async () => {
    await app?.close();
    const lines = [...exercised.entries()].map(
      ([op, s]) =>
        `${op}: ${s.runs} runs, ${[...s.statuses.entries()].map(([c, n]) => `${c}×${n}`).join(' ')}`,
    );
    // FUZZ_STATS=1 shows what each operation answered (how deep the valid requests reach).
    if (process.env.FUZZ_STATS && lines.length > 0)
      console.log(`OpenAPI fuzz, seed ${SEED}:\n${lines.join('\n')}`);
  });

  function operations(): [string, string, OpenApiOperation][] {
    return Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => [method, path, op] as [string, string, OpenApiOperation]),
    );
  }

  function urlOf(apiPath: string, request: GeneratedRequest): string {
    const path = apiPath.replace(/\{([^}]+)\}/g, (_m, name: string) => {
      const p = request.path[name];
      return p.raw ? p.value : encodeURIComponent(p.value);
    });
    const query = Object.entries(request.query)
      .flatMap(([k, v]) =>
        (Array.isArray(v) ? v : [v]).map((x) => `${encodeURIComponent(k)}=${encodeURIComponent(x)}`),
      )
      .join('&');
    return query ? `${path}?${query}` : path;
  }

  async function send(method: string, url: string, request: GeneratedRequest) {
    let req = app
      .http()
      [method as 'get'](url)
      .set('authorization', `Bearer ${app.token}`)
      .buffer(true)
      .parse((stream, done) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
      });
    for (const [name, value] of Object.entries(request.headers)) req = req.set(name, value);
    if (request.body.kind === 'json') {
      req = req.set('content-type', 'application/json').send(JSON.stringify(request.body.value) ?? 'null');
    } else if (request.body.kind === 'raw') {
      req = req.set('content-type', request.body.contentType).send(request.body.text);
    }
    return req;
  }

  it('answers every operation without a 5xx, with problem details for refusals, writing nothing refused', async () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThan(40);
    let snapshot: DatabaseSnapshot = await databaseSnapshot(app);

    for (const [index, [method, apiPath, operation]] of ops.entries()) {
      const key = `${method.toUpperCase()} ${apiPath}`;
      const stats = { runs: 0, statuses: new Map<number, number>() };
      exercised.set(key, stats);
      const deadline = Date.now() + MS_PER_OPERATION;
      await fc.assert(
        fc.asyncProperty(requestArbitrary(apiPath, operation, ctx), async (request) => {
          if (stats.runs > 0 && Date.now() > deadline) return;
          const url = urlOf(apiPath, request);
          const res = await send(method, url, request);
          stats.runs += 1;
          stats.statuses.set(res.status, (stats.statuses.get(res.status) ?? 0) + 1);
          const text = String(res.body ?? '');
          const where = `${key} as ${method.toUpperCase()} ${url} ${JSON.stringify(request.body).slice(0, 400)}`;

          if (res.status >= 500) throw new Error(`${res.status} from ${where}: ${text.slice(0, 500)}`);
          const contentType = String(res.headers['content-type'] ?? '');
          if (!contentType.startsWith('application/pdf') && INTERNALS.test(text)) {
            throw new Error(`internals leaked by ${where}: ${text.slice(0, 500)}`);
          }

          const after = await databaseSnapshot(app);
          if (res.status >= 400) {
            if (!contentType.startsWith('application/problem+json')) {
              throw new Error(`${res.status} without problem details from ${where}: ${text.slice(0, 300)}`);
            }
            const problem = JSON.parse(text) as { type?: unknown; title?: unknown; status?: unknown };
            if (typeof problem.type !== 'string' || typeof problem.title !== 'string' || !problem.title) {
              throw new Error(`problem without type or title from ${where}: ${text.slice(0, 300)}`);
            }
            if (problem.status !== res.status) throw new Error(`problem status differs from ${where}`);
            const written = Object.keys(after).filter((t) => after[t] !== snapshot[t]);
            if (written.length > 0) {
              throw new Error(`refused ${res.status} still wrote ${written.join(', ')}: ${where}`);
            }
          } else if (contentType.startsWith('application/json')) {
            collect(apiPath, JSON.parse(text));
          }
          snapshot = after;
        }),
        { seed: SEED + index, numRuns: RUNS_PER_OPERATION, endOnFailure: true },
      );
    }

    const missed = ops
      .map(([m, p]) => `${m.toUpperCase()} ${p}`)
      .filter((k) => (exercised.get(k)?.runs ?? 0) === 0);
    expect(missed).toEqual([]);
  }, 240_000);

  /** Ids and cursors of accepted answers feed later requests, so they reach real records. */
  function collect(apiPath: string, body: unknown) {
    const collection = apiPath.split('/')[3];
    const visit = (value: unknown) => {
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        const record = value as Record<string, unknown>;
        remember(collection, record.id);
        if (typeof record.nextCursor === 'string' && ctx.cursors.length < 50)
          ctx.cursors.push(record.nextCursor);
        if (Array.isArray(record.items)) record.items.forEach(visit);
      } else if (Array.isArray(value)) value.forEach(visit);
    };
    visit(body);
  }
});
