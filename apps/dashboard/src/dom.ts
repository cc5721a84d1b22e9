type Child = Node | string | null | undefined | false;

/** Builds elements with text as text: nothing a commenter wrote is ever parsed as HTML here. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | number | ((event: any) => void) | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(key.replace(/^on/, ''), value);
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  for (const child of children) if (child) el.append(child);
  return el;
}

export function announce(message: string): void {
  const region = document.getElementById('announce')!;
  region.textContent = '';
  setTimeout(() => (region.textContent = message), 30);
}

/** Shows a 422's field errors next to the form, or the problem's detail. */
export function errorText(error: unknown): string {
  const problem = (error as { problem?: { errors?: { field: string; message: string }[]; detail?: string } })
    .problem;
  if (problem?.errors?.length) return problem.errors.map((e) => `${e.field}: ${e.message}`).join(' ');
  return problem?.detail ?? (error as Error).message;
}
