/**
 * Domain errors: plain classes with a code. The api maps them to problem details in ONE filter;
 * services never build HTTP responses.
 */
export type DomainErrorCode =
  'validation_failed' | 'not_found' | 'conflict' | 'unauthenticated' | 'forbidden';

export interface FieldProblem {
  field: string;
  message: string;
}

export abstract class DomainError extends Error {
  abstract readonly code: DomainErrorCode;
}

export class ValidationFailed extends DomainError {
  readonly code = 'validation_failed';
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((p) => `${p.field}: ${p.message}`).join('; '));
  }
  static field(field: string, message: string): ValidationFailed {
    return new ValidationFailed([{ field, message }]);
  }
}

export class NotFound extends DomainError {
  readonly code = 'not_found';
  constructor(
    readonly resource: string,
    readonly id: string,
  ) {
    super(`${resource} ${id} was not found`);
  }
}

/** The request clashes with what is stored; `problems` names the fields that clash, when known. */
export class Conflict extends DomainError {
  readonly code = 'conflict';
  constructor(
    message: string,
    readonly problems: FieldProblem[] = [],
  ) {
    super(message);
  }
  static field(field: string, message: string): Conflict {
    return new Conflict(`${field} ${message}`, [{ field, message }]);
  }
}

export class Unauthenticated extends DomainError {
  readonly code = 'unauthenticated';
}

export class Forbidden extends DomainError {
  readonly code = 'forbidden';
}
