import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { DomainError, ValidationFailed, type DomainErrorCode, type FieldProblem } from '@steward/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** RFC 9457 problem details, with `errors` naming each field for validation problems. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldProblem[];
}

const STATUS_BY_CODE: Record<DomainErrorCode, number> = {
  validation_failed: HttpStatus.BAD_REQUEST,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
};

const TITLES: Record<number, string> = {
  400: 'Your request has invalid fields',
  401: 'Authentication required',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Conflict',
  413: 'Request too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
  500: 'Something went wrong on our side',
};

/**
 * The one place errors become HTTP responses. Domain errors map by code; framework errors keep their
 * status; anything else is a 500 whose details go to the log, not to the client.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const problem = this.toProblem(exception);
    problem.instance = request.url;
    if (problem.status >= 500) this.logger.error({ err: exception, url: request.url }, 'unhandled error');
    void reply.status(problem.status).header('content-type', 'application/problem+json').send(problem);
  }

  private toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof DomainError) {
      const status = STATUS_BY_CODE[exception.code];
      return {
        type: `https://steward.dev/problems/${exception.code.replace(/_/g, '-')}`,
        title: TITLES[status] ?? exception.code,
        status,
        detail: exception.message,
        ...(exception instanceof ValidationFailed ? { errors: exception.problems } : {}),
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const detail =
        typeof body === 'string' ? body : ((body as { message?: unknown }).message ?? exception.message);
      return {
        type: 'about:blank',
        title: TITLES[status] ?? exception.name,
        status,
        detail: Array.isArray(detail) ? detail.join('; ') : String(detail),
      };
    }
    // Fastify's own errors (malformed JSON, body too large, wrong content type) carry a statusCode.
    const statusCode = (exception as { statusCode?: number })?.statusCode;
    if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
      return {
        type: 'about:blank',
        title: TITLES[statusCode] ?? 'Bad request',
        status: statusCode,
        detail: (exception as Error).message,
        ...(statusCode === 400 ? { errors: [{ field: 'body', message: (exception as Error).message }] } : {}),
      };
    }
    return { type: 'about:blank', title: TITLES[500], status: 500 };
  }
}
