import { http, submission } from './client';
import { waitFor } from './test-app';

/** A form token as if the form had been shown some seconds ago, so timing checks see a human pace. */
export async function formToken(
  baseUrl: string,
  siteId: string,
  thread: string,
  shownSecondsAgo = 5,
): Promise<string> {
  const realNow = Date.now;
  Date.now = () => realNow() - shownSecondsAgo * 1000;
  try {
    return (await http(`${baseUrl}/v1/sites/${siteId}/threads/${thread}/form-token`)).body.formToken;
  } finally {
    Date.now = realNow;
  }
}

/** Submits a comment and waits for the worker's verdict; answers the accepted body and the author's view of its status. */
export async function submitChecked(
  baseUrl: string,
  siteId: string,
  thread: string,
  over: Record<string, unknown> = {},
  options: { shownSecondsAgo?: number; headers?: Record<string, string> } = {},
) {
  const token = await formToken(baseUrl, siteId, thread, options.shownSecondsAgo);
  const accepted = await http(`${baseUrl}/v1/sites/${siteId}/threads/${thread}/comments`, {
    method: 'POST',
    headers: options.headers,
    json: submission({ formToken: token, ...over }),
  });
  if (accepted.status !== 202) throw new Error(`submission refused: ${accepted.status} ${accepted.text}`);
  const status = await waitFor(
    async () => {
      const view = await http(`${baseUrl}/v1/comments/${accepted.body.id}/status`, {
        headers: { authorization: `Bearer ${accepted.body.statusToken}` },
      });
      return view.body.status !== 'queued' && (view.body.status as string);
    },
    { what: 'the comment to be checked' },
  );
  return { id: accepted.body.id as string, status, statusToken: accepted.body.statusToken as string };
}
