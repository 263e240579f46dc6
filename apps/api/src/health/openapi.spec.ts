import SwaggerParser from '@apidevtools/swagger-parser';
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

  it('serves the interactive documentation', async () => {
    const res = await app.http().get('/api/docs').redirects(1);
    expect(res.status).toBe(200);
    expect(res.text).toContain('swagger');
  });
});
