import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
// eslint-disable-next-line no-restricted-imports -- the one sanctioned use, objects enforced
import { IsArray, IsObject, ValidateNested } from 'class-validator';

/**
 * Nested objects of a request body, validated as their own class. Each item must be an object:
 * ValidateNested alone descends into arrays, so `[[{…}]]` passed it and reached the service as an
 * array where an object was expected. (Registered in reverse: the first rule broken is reported.)
 */
type Constructor = new (...args: never[]) => object;

export function NestedObject(type: () => Constructor): PropertyDecorator {
  return applyDecorators(Type(type), ValidateNested(), IsObject({ message: '$property must be an object' }));
}

export function NestedObjects(type: () => Constructor): PropertyDecorator {
  return applyDecorators(
    Type(type),
    ValidateNested({ each: true }),
    IsObject({ each: true, message: 'each item of $property must be an object' }),
    IsArray(),
  );
}
