import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ValidationFailed } from '@steward/domain';
import type { FastifyRequest, FastifyServerOptions } from 'fastify';
import { parse as parseQueryString } from 'node:querystring';
import { DEFAULT_CONSUMES, type ConsumesConfig } from './content-types';
import { jsonShapeProblem } from './json-limits';
import { problem, RequestRefused, sendProblem, type ProblemDetails } from './problems';
import { stringProblems } from './request-strings';

/** Limits of the request itself, stated once (docs/API.md lists them for clients). */
export const HTTP_LIMITS = {
  /** Bytes of a request body. */
  bodyLimit: 1024 * 1024,
  /** Characters of one path parameter (ids are 36). */
  maxParamLength: 100,
} as const;

/**
 * Fastify's options for the edge: body and parameter limits, and problem details for the errors the
 * router raises before any route runs (bad percent-encoding, an over-long path parameter).
 */
export function httpEdgeServerOptions(): Pick<
  FastifyServerOptions,
  'bodyLimit' | 'frameworkErrors' | 'routerOptions'
> {
  return {
    bodyLimit: HTTP_LIMITS.bodyLimit,
    routerOptions: { maxParamLength: HTTP_LIMITS.maxParamLength },
    frameworkErrors: (error, request, reply) => {
      const details =
        error.code === 'FST_ERR_MAX_PARAM_LENGTH'
          ? segmentTooLong()
          : error.code === 'FST_ERR_BAD_URL'
            ? problem('malformedRequest', { detail: 'The path has an invalid percent-encoding' })
            : problem('internalError');
      sendProblem(reply, { ...details, instance: request.url });
    },
  };
}

/**
 * The answer for an /api path no route matched. The router also ends up here for a path parameter
 * over the length limit (the admin site's catch-all route matches everything), so that is a 414.
 */
export function unmatchedApiPathProblem(url: string): ProblemDetails {
  const path = url.split('?')[0];
  const tooLong = path.split('/').some((segment) => decoded(segment).length > HTTP_LIMITS.maxParamLength);
  return tooLong
    ? { ...segmentTooLong(), instance: url }
    : problem('notFound', { detail: 'No endpoint has this path', instance: url });
}

function segmentTooLong(): ProblemDetails {
  return problem('uriTooLong', {
    detail: `A path segment is longer than ${HTTP_LIMITS.maxParamLength} characters`,
  });
}

/**
 * Installs the edge every route inherits, before the routes are registered: the body parsers
 * (JSON with its shape limits, and the form encoding of the endpoints that document it), the
 * content types each endpoint documents, and the string rule on bodies, query strings and paths.
 * Create the app with `bodyParser: false`, so these parsers are the only ones.
 */
export function installHttpEdge(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.removeAllContentTypeParsers();

  const defaultJsonParser = fastify.getDefaultJsonParser('error', 'error');
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const raw = body as Buffer;
    // Kept for endpoints that verify a signature over the exact bytes (payment webhooks).
    (request as FastifyRequest & { rawBody?: Buffer }).rawBody = raw;
    // An empty body is an absent one: the endpoint's validation says which fields it needs.
    if (raw.length === 0) return done(null, undefined);
    defaultJsonParser(request, raw.toString('utf8'), (error: Error | null, parsed?: unknown) => {
      if (error) {
        const details = problem('malformedRequest', {
          detail: 'The body is not valid JSON',
          errors: [{ field: 'body', message: 'is not valid JSON' }],
        });
        return done(new RequestRefused(details), undefined);
      }
      const shape = jsonShapeProblem(parsed);
      if (shape) return done(new ValidationFailed([shape]), undefined);
      done(null, parsed);
    });
  });

  fastify.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => done(null, parseQueryString(body as string)),
  );
  // Mail providers may send a one-click unsubscribe (RFC 8058) as multipart; its endpoint reads only
  // its path. Any endpoint that documents multipart and reads the body needs a real parser instead.
  fastify.addContentTypeParser('multipart/form-data', { parseAs: 'buffer' }, (_request, _body, done) =>
    done(null, undefined),
  );

  fastify.addHook('preParsing', async (request, _reply, payload) => {
    refuseUndocumentedContentType(request);
    return payload;
  });
  fastify.addHook('preValidation', async (request) => {
    if (request.is404) return;
    const problems = [
      ...stringProblems(request.params, null),
      ...stringProblems(request.query, null),
      ...stringProblems(request.body, null),
    ];
    if (problems.length > 0) throw new ValidationFailed(problems);
  });
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A body in a media type the route does not document is a 415, before it is parsed. */
function refuseUndocumentedContentType(request: FastifyRequest): void {
  if (request.is404 || request.method === 'GET' || request.method === 'HEAD') return;
  const { headers } = request;
  const hasBody =
    headers['transfer-encoding'] !== undefined ||
    (headers['content-length'] !== undefined && headers['content-length'] !== '0');
  if (headers['content-type'] === undefined && !hasBody) return;
  const accepted = (request.routeOptions.config as ConsumesConfig).consumes ?? DEFAULT_CONSUMES;
  const mediaType = request.mediaType?.toLowerCase();
  if (mediaType && accepted.includes(mediaType)) return;
  throw new RequestRefused(
    problem('unsupportedMediaType', {
      detail: `Send the body as ${accepted.join(' or ')}${mediaType ? `, not ${mediaType}` : ''}`,
    }),
  );
}
