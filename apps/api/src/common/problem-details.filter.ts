import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import {
  Conflict,
  DomainError,
  isDatabaseUnavailable,
  ValidationFailed,
  type DomainErrorCode,
} from '@steward/domain';
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
    if (isDatabaseUnavailable(exception)) {
      return problem('serviceUnavailable', {
        detail: 'Steward cannot reach its database right now. Nothing was changed; try again shortly.',
      });
    }
    return problem('internalError');
  }
}

/** Enough to recognise an outage in the log, without statements, parameters or stack. */
function errorSummary(error: unknown): { code?: unknown; message?: unknown } {
  const driver = (error as { driverError?: { code?: unknown; message?: unknown } })?.driverError;
  const source = (driver ?? error) as { code?: unknown; message?: unknown };
  return { code: source?.code, message: source?.message };
}
