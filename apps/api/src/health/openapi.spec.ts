import SwaggerParser from '@apidevtools/swagger-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../../test/harness';

describe('the API description', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ STEWARD_ROLE: 'api' });
  });
  afterAll(() => app?.close());

  it('is a valid OpenAPI document covering the core resources', async () => {
    const res = await app.http().get('/api/docs-json').expect(200);
    const document = await SwaggerParser.validate(res.body);
    expect(Object.keys(document.paths ?? {})).toEqual(
      expect.arrayContaining([
        '/api/v1/auth/login',
        '/api/v1/constituents',
        '/api/v1/constituents/{id}',
        '/api/v1/constituents/{id}/timeline',
        '/api/v1/gifts',
        '/api/v1/gifts/{id}',
        '/api/v1/health',
      ]),
    );
  });

  it('equals the committed docs/openapi.json, from which the admin API types are generated', async () => {
    const res = await app.http().get('/api/docs-json').expect(200);
    const live = `${JSON.stringify(sortKeys(res.body), null, 2)}\n`;
    const committed = readFileSync(join(__dirname, '../../../../docs/openapi.json'), 'utf8');
    if (live === committed) return;
    const liveLines = live.split('\n');
    const committedLines = committed.split('\n');
    const differs = liveLines.findIndex((line, i) => line !== committedLines[i]);
    const at = differs === -1 ? liveLines.length : differs;
    const around = (lines: string[]) => lines.slice(Math.max(0, at - 3), at + 4).join('\n');
    throw new Error(
      'docs/openapi.json is out of date with the API: run `npm run api:types` and commit docs/openapi.json ' +
        `and apps/admin/src/api-schema.ts.\nFirst difference at line ${at + 1}:\n` +
        `--- committed\n${around(committedLines)}\n+++ live\n${around(liveLines)}`,
    );
  });

  it('serves the interactive documentation', async () => {
    const res = await app.http().get('/api/docs').redirects(1);
    expect(res.status).toBe(200);
    expect(res.text).toContain('swagger');
  });
});

/** Every object's keys in code-point order, as tools/scripts/openapi.mjs writes the document. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(object)
      .sort()
      .map((key) => [key, sortKeys(object[key])]),
  );
}
