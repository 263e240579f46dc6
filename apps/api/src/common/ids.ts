import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { isUUID, ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * An id in a request body or query: a real UUID (hex digits, version and variant), documented as
 * `format: uuid`. A looser pattern let 36 dashes through to a `uuid` cast in SQL.
 */
export function IsId(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    ValidateBy(
      { name: 'isId', validator: { validate: (value) => typeof value === 'string' && isUUID(value) } },
      { message: '$property must be a UUID', ...options },
    ),
    ApiProperty({ type: String, format: 'uuid' }),
  );
}
