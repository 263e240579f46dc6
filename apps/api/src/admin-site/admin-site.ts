import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unmatchedApiPathProblem } from '../common/http-edge';
import { sendProblem } from '../common/problems';

const PLACEHOLDER = `<!doctype html><html><head><meta charset="utf-8"><title>Steward</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto;">
<h1>Steward</h1><p>The API is running. The admin app has not been built: run <code>npm run build</code>.</p>
<p>API documentation: <a href="/api/docs">/api/docs</a></p></body></html>`;

/**
 * Serves the admin single-page app at `/` from the same process and port as the API. Paths that are
 * not files fall back to index.html so the app's own routes survive a reload; /api paths never do.
 */
export async function serveAdminSite(app: NestFastifyApplication, distDir: string): Promise<void> {
  const root = resolve(distDir);
  const fastify = app.getHttpAdapter().getInstance();
  const built = existsSync(join(root, 'index.html'));
  if (built) {
    await fastify.register(fastifyStatic, { root, prefix: '/', wildcard: false, index: ['index.html'] });
  }
  fastify.get('/*', (request, reply) => {
    if (request.url.startsWith('/api/')) {
      return sendProblem(reply, unmatchedApiPathProblem(request.url));
    }
    if (!built) return reply.type('text/html').send(PLACEHOLDER);
    return reply.sendFile('index.html');
  });
}
