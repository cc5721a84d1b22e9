/** The dashboard talks to the API with the session cookie; every write echoes the CSRF token (double submit). */
export interface Moderator {
  id: string;
  name: string;
  role: 'admin' | 'moderator';
  siteIds: string[];
}

export interface Problem {
  status: number;
  title?: string;
  detail?: string;
  errors?: { field: string; code: string; message: string }[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
  }
}

let csrfToken = '';
let onUnauthorized: () => void = () => undefined;

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

export function whenLoggedOut(handler: () => void): void {
  onUnauthorized = handler;
}

export async function api<T = any>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  const text = await response.text();
  const data = text ? JSON.parse(text) : undefined;
  if (response.status === 401 && !path.endsWith('/auth/login')) onUnauthorized();
  if (!response.ok) throw new ApiError({ status: response.status, ...(data ?? {}) });
  return data as T;
}
