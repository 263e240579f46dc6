import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { ValidationFailed, type FieldProblem } from '@steward/domain';

/**
 * Flattens class-validator's nested errors into `field.path: message` pairs, one per field: the rule
 * written first (topmost) that it breaks. Decorators register bottom-up, so that is the last one.
 */
export function fieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const messages = Object.values(error.constraints ?? {});
    const message = messages[messages.length - 1];
    const own =
      message === undefined
        ? []
        : [
            {
              field,
              // class-validator says "property x should not exist" for unknown fields; say it plainly.
              message: message.startsWith(`property ${error.property} should not exist`)
                ? 'is not a known field'
                : message,
            },
          ];
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}

/** Every request body Steward reads is one JSON object; an array, string or number is named as such. */
class StewardValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const isObject = typeof value === 'object' && !Array.isArray(value);
    if (metadata.type === 'body' && value !== undefined && value !== null && !isObject) {
      throw ValidationFailed.field('body', 'must be a JSON object');
    }
    return super.transform(value, metadata);
  }
}

/** Whitelist, refuse unknown fields, transform to DTO classes; failures become ValidationFailed. */
export function stewardValidationPipe(): ValidationPipe {
  return new StewardValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationFailed(fieldProblems(errors)),
  });
}
