import createClient from 'openapi-fetch';
import type { components, paths } from './api-schema';

/**
 * The API's types come from docs/openapi.json through api-schema.ts (`npm run api:types`); nothing here
 * repeats a server type by hand. `Api` is a client typed by path, method, parameters and body.
 */
export type Schemas = components['schemas'];
export type Api = ReturnType<typeof createApi>;

export function createApi(token: string | null) {
  return createClient<paths>({
    baseUrl: '',
    headers: { accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
}

/**
 * RFC 9457 problem details, as every API error is returned (the document states it in words; the
 * operations do not list error bodies, so this is the one shape the admin assumes).
 */
export interface Problem {
  title: string;
  status: number;
  detail?: string;
  errors?: { field: string; message: string }[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
}

/** The server could not be reached at all. */
export class NetworkError extends Error {}

/**
 * The data of an openapi-fetch call, or an ApiError carrying the problem details. Keeps components free of
 * `{ data, error }` branching: they await the value and show `describe(e)` when it throws.
 */
export async function unwrap<T>(
  pending: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await pending;
  } catch {
    throw new NetworkError('Could not reach the server');
  }
  const { data, error, response } = result;
  if (response.ok) return data as T;
  const problem = (error && typeof error === 'object' ? error : {}) as Partial<Problem>;
  throw new ApiError({ ...problem, title: problem.title ?? response.statusText, status: response.status });
}

/** A problem as one readable line, with field messages when there are any. */
export function describe(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Could not reach the server. Check your connection and try again.';
  const fields = error.problem.errors?.map((e) => e.message).join('; ');
  return fields ? `${error.message} (${fields})` : error.message;
}

export const isStatus = (error: unknown, status: number): boolean =>
  error instanceof ApiError && error.problem.status === status;
