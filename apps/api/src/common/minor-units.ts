import { MAX_GIFT_MINOR_UNITS } from '@steward/domain';
import { ValidateBy, type ValidationArguments } from 'class-validator';

/**
 * An amount in a request: an integer number of the currency's minor unit, from `minimum` to
 * MAX_GIFT_MINOR_UNITS. One rule with one message per way of breaking it, so the answer says what is
 * wrong whatever the order of decorators: stacked IsInt/IsPositive/Max each fired on a missing or
 * string amount, and the problem could name the maximum for an amount that was simply not there.
 */
export function IsMinorUnits(example: string, minimum = 1): PropertyDecorator {
  const unit = `an integer number of minor units (${example})`;
  return ValidateBy(
    {
      name: 'isMinorUnits',
      validator: {
        validate: (value) =>
          Number.isSafeInteger(value) &&
          (value as number) >= minimum &&
          (value as number) <= MAX_GIFT_MINOR_UNITS,
      },
    },
    {
      message: ({ property, value }: ValidationArguments) => {
        if (value === undefined || value === null) return `${property} is required: ${unit}`;
        if (typeof value !== 'number' || !Number.isInteger(value)) {
          return `${property} must be ${unit}${typeof value === 'string' ? ', not a string' : ''}`;
        }
        if (value < minimum) return `${property} must be at least ${minimum} (${unit})`;
        return `${property} must be at most ${MAX_GIFT_MINOR_UNITS} minor units`;
      },
    },
  );
}
