import { Param, ParseUUIDPipe } from '@nestjs/common';
import { ValidationFailed } from '@steward/domain';

/** A UUID path parameter; a malformed one is a 400 naming the parameter. */
export const UuidParam = (name: string) =>
  Param(name, new ParseUUIDPipe({ exceptionFactory: () => ValidationFailed.field(name, 'must be a UUID') }));
