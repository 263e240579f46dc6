import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import {
  Conflict,
  constraintViolation,
  DomainError,
  isDatabaseUnavailable,
  ValidationFailed,
  type ConstraintViolation,
  type DomainErrorCode,
} from '@steward/domain';
import { CONSTRAINT_FIELDS } from '@steward/migrations';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HTTP_LIMITS } from './http-edge';
import {
  problem,
  RequestRefused,
  sendProblem,
  statusProblem,
  type ProblemDetails,
  type ProblemKind,
} from './problems';

export type { ProblemDetails } from './problems';

const KIND_BY_CODE: Record<DomainErrorCode, ProblemKind> = {
  validation_failed: 'validationFailed',
  not_found: 'notFound',
  conflict: 'conflict',
  unauthenticated: 'unauthenticated',
  forbidden: 'forbidden',
};

/**
 * The one place errors become HTTP responses. Domain errors map by code; framework errors keep their
 * status; a database that cannot be reached is a 503 the client may retry; anything else is a 500
 * whose details go to the log, not to the client.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const details = this.toProblem(exception);
    details.instance = request.url;
    if (details.type.endsWith('/service-unavailable') && !(exception instanceof HttpException)) {
      this.logger.warn({ url: request.url, error: errorSummary(exception) }, 'database unavailable');
    } else if (details.status >= 500) {
      this.logger.error({ err: exception, url: request.url }, 'unhandled error');
    }
    sendProblem(reply, details);
  }

  private toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof RequestRefused) return { ...exception.problem };
    if (exception instanceof DomainError) {
      return problem(KIND_BY_CODE[exception.code], {
        detail: exception.message,
        ...(exception instanceof ValidationFailed ? { errors: exception.problems } : {}),
        ...(exception instanceof Conflict && exception.problems.length > 0
          ? { errors: exception.problems }
          : {}),
      });
    }
    if (exception instanceof HttpException) {
      const body = exception.getResponse();
      const detail =
        typeof body === 'string' ? body : ((body as { message?: unknown }).message ?? exception.message);
      const status = exception.getStatus();
      // Nest hands Fastify's own errors (a body over the limit, say) over as HttpExceptions.
      if (status === 413) {
        return statusProblem(
          413,
          `The request body is larger than the limit of ${HTTP_LIMITS.bodyLimit} bytes`,
        );
      }
      return statusProblem(status, Array.isArray(detail) ? detail.join('; ') : String(detail));
    }
    const violation = constraintViolation(exception);
    if (violation) {
      const answer = constraintProblem(violation);
      if (answer) return answer;
      this.logger.error(
        { constraint: violation.constraint ?? `${violation.table}.${violation.column}` },
        'a constraint no request should break was violated',
      );
    }
    if (isDatabaseUnavailable(exception)) {
      return problem('serviceUnavailable', {
        detail: 'Steward cannot reach its database right now. Nothing was changed; try again shortly.',
      });
    }
    return problem('internalError');
  }
}

/**
 * A write PostgreSQL refused for a constraint, as the client should hear it: 409 for a value already
 * taken, 400 for a reference to nothing, a value outside its list or a missing value, each naming the
 * field (migrations/constraint-fields.ts). Null for a constraint no request can break: a fault (500).
 */
function constraintProblem(v: ConstraintViolation): ProblemDetails | null {
  if (v.kind === 'foreign_key' && v.stillReferenced) {
    return problem('conflict', { detail: 'this record is still in use by other records' });
  }
  const named =
    v.kind === 'not_null'
      ? (CONSTRAINT_FIELDS[`${v.table}.${v.column}`] ??
        (v.column ? { field: camelCase(v.column), message: 'is required' } : null))
      : v.constraint
        ? CONSTRAINT_FIELDS[v.constraint]
        : undefined;
  if (!named) return null;
  const errors = [{ field: named.field, message: named.message }];
  const detail = `${named.field}: ${named.message}`;
  return v.kind === 'unique'
    ? problem('conflict', { detail, errors })
    : problem('validationFailed', { detail, errors });
}

function camelCase(column: string): string {
  return column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** Enough to recognise an outage in the log, without statements, parameters or stack. */
function errorSummary(error: unknown): { code?: unknown; message?: unknown } {
  const driver = (error as { driverError?: { code?: unknown; message?: unknown } })?.driverError;
  const source = (driver ?? error) as { code?: unknown; message?: unknown };
  return { code: source?.code, message: source?.message };
}
