/** RFC 9457 problem details, as every API error is returned. */
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

export interface Gift {
  id: string;
  constituentId: string;
  amountFormatted: string;
  receivedAt: string;
  acknowledgement: { status: string; sentAt: string | null; reason: string | null };
}

export interface CapturedMail {
  id: string;
  to: string;
  subject: string;
  text: string | null;
  html: string | null;
  capturedAt: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export async function api<T>(path: string, token: string | null, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`/api/v1${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const problem = (payload ?? {}) as Partial<Problem>;
    throw new ApiError({ title: problem.title ?? response.statusText, status: response.status, ...problem });
  }
  return payload as T;
}

/** A problem as one readable line, with field messages when there are any. */
export function describe(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Could not reach the server. Check your connection and try again.';
  const fields = error.problem.errors?.map((e) => e.message).join('; ');
  return fields ? `${error.message} (${fields})` : error.message;
}
