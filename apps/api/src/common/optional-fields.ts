import { applyDecorators, type Type } from '@nestjs/common';
// eslint-disable-next-line no-restricted-imports -- the one sanctioned use, with null kept out
import { ApiProperty, PartialType } from '@nestjs/swagger';
import { ValidateBy, ValidateIf } from 'class-validator';

/**
 * "Absent" and "null" are different answers in a request, and every optional field says which it
 * takes. class-validator's @IsOptional lets both through, so null reached NOT NULL columns and
 * string methods; lint refuses it in favour of these two.
 */

/** The field may be left out (the stored or default value stays); null is refused. */
export function Omittable(): PropertyDecorator {
  return applyDecorators(
    ValidateIf((_object, value) => value !== undefined),
    ValidateBy(
      { name: 'isNotNull', validator: { validate: (value) => value !== null } },
      { message: '$property must not be null; leave it out to keep the current value' },
    ),
    ApiProperty({ required: false }),
  );
}

/** The field may be left out, or null to clear it (shown as nullable in the OpenAPI document). */
export function Nullable(): PropertyDecorator {
  return applyDecorators(
    ValidateIf((_object, value) => value !== undefined && value !== null),
    ApiProperty({ required: false, nullable: true }),
  );
}

/**
 * The body of a PATCH: every field of `dto` may be left out, and null only where the field itself
 * says @Nullable. (Swagger's PartialType alone marks each field @IsOptional, letting null through.)
 */
export function PatchOf<T>(dto: Type<T>) {
  return PartialType(dto, { skipNullProperties: false });
}
