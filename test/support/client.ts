/** A thin HTTP client for tests: real requests over the loopback, answers parsed when they are JSON. */
export interface TestResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export async function http<T = any>(
  url: string,
  init: RequestInit & { json?: unknown } = {},
): Promise<TestResponse<T>> {
  const headers = new Headers(init.headers);
  let body = init.body;
  if (init.json !== undefined) {
    headers.set('content-type', 'application/json');
    body = JSON.stringify(init.json);
  }
  const response = await fetch(url, { ...init, headers, body, redirect: 'manual' });
  const text = await response.text();
  let parsed: unknown = text;
  if (/json/.test(response.headers.get('content-type') ?? '') && text) parsed = JSON.parse(text);
  return { status: response.status, headers: response.headers, body: parsed as T, text };
}

let counter = 0;
/** A valid submission with a unique author, so flood and duplicate checks never trip by accident. */
export function submission(over: Record<string, unknown> = {}): Record<string, unknown> {
  counter++;
  return {
    authorName: 'रीना शर्मा',
    authorEmail: `reader${counter}.${Date.now()}@example.org`,
    body: `लावरोव की चेतावनी गंभीर है, सरकार को सोचना चाहिए। (${counter})`,
    ...over,
  };
}
