import type { FieldProblem } from '@steward/domain';
import type { FastifyReply } from 'fastify';

/** RFC 9457 problem details, with `errors` naming each field for validation problems. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldProblem[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** How long a client should wait before retrying while a part Steward depends on is down. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * Every problem type a client can receive: its URI (stable, documented in docs/API.md) and a title
 * written for the person reading it. Statuses without an entry of their own use `statusProblem`.
 */
export const PROBLEM_TYPES = {
  validationFailed: { slug: 'validation-failed', status: 400, title: 'Your request has invalid fields' },
  malformedRequest: { slug: 'malformed-request', status: 400, title: 'Your request could not be read' },
  unauthenticated: { slug: 'unauthenticated', status: 401, title: 'Please sign in' },
  forbidden: { slug: 'forbidden', status: 403, title: 'You are not allowed to do this' },
  notFound: { slug: 'not-found', status: 404, title: 'We could not find that' },
  conflict: { slug: 'conflict', status: 409, title: 'This conflicts with the current state' },
  requestTooLarge: { slug: 'request-too-large', status: 413, title: 'Your request is too large' },
  uriTooLong: { slug: 'uri-too-long', status: 414, title: 'The address of your request is too long' },
  unsupportedMediaType: {
    slug: 'unsupported-media-type',
    status: 415,
    title: 'This endpoint does not accept that content type',
  },
  serviceUnavailable: {
    slug: 'service-unavailable',
    status: 503,
    title: 'Steward is briefly unavailable; please try again shortly',
  },
  internalError: { slug: 'internal-error', status: 500, title: 'Something went wrong on our side' },
} as const;

export type ProblemKind = keyof typeof PROBLEM_TYPES;

export function problemTypeUri(slug: string): string {
  return `https://steward.dev/problems/${slug}`;
}

export function problem(
  kind: ProblemKind,
  extra: { detail?: string; errors?: FieldProblem[]; instance?: string } = {},
): ProblemDetails {
  const { slug, status, title } = PROBLEM_TYPES[kind];
  return { type: problemTypeUri(slug), title, status, ...extra };
}

/** The problem for a bare HTTP status (a framework error, say): the catalog's entry for it, if any. */
export function statusProblem(status: number, detail?: string): ProblemDetails {
  const kind = (Object.keys(PROBLEM_TYPES) as ProblemKind[]).find(
    // A bare 400 carries no field list: it is about the request's form (validation names fields).
    (k) => PROBLEM_TYPES[k].status === status && k !== 'validationFailed',
  );
  if (kind) return problem(kind, detail === undefined ? {} : { detail });
  if (status >= 500) return problem('internalError');
  return {
    type: problemTypeUri('request-refused'),
    title: 'Your request was refused',
    status,
    ...(detail === undefined ? {} : { detail }),
  };
}

/** Writes a problem as the response; the one place that sets its content type and Retry-After. */
export function sendProblem(reply: FastifyReply, details: ProblemDetails): void {
  if (details.status === 503) void reply.header('retry-after', String(RETRY_AFTER_SECONDS));
  void reply.status(details.status).header('content-type', PROBLEM_CONTENT_TYPE).send(details);
}

/**
 * Raised by the HTTP edge (body parsing, content types) with its problem already decided, for
 * refusals that are about the request's form rather than its fields or the domain.
 */
export class RequestRefused extends Error {
  constructor(readonly problem: ProblemDetails) {
    super(problem.detail ?? problem.title);
  }
}
