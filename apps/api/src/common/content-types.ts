import { applyDecorators } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiConsumes } from '@nestjs/swagger';

/** What every endpoint accepts as a request body unless it says otherwise with @Consumes. */
export const DEFAULT_CONSUMES = ['application/json'] as const;

/** The route option the HTTP edge reads to refuse other content types with 415. */
export interface ConsumesConfig {
  consumes?: readonly string[];
}

/**
 * The media types an endpoint accepts as its body: documented in the OpenAPI document and enforced
 * by the HTTP edge from the same list, so the two cannot disagree. Endpoints without it take JSON.
 */
export function Consumes(...mediaTypes: string[]): MethodDecorator {
  const config: ConsumesConfig = { consumes: mediaTypes.map((m) => m.toLowerCase()) };
  return applyDecorators(ApiConsumes(...mediaTypes), RouteConfig(config));
}
