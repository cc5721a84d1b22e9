import { LinkifyIt } from 'linkify-it';

const linkify = new LinkifyIt();

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/**
 * The author's text as safe HTML: everything escaped, then only our own markup added (links to http(s) and line
 * breaks). No HTML from the author survives, so `bodyHtml` can be rendered as is.
 */
export function renderBodyHtml(body: string): string {
  const matches = linkify.match(body) ?? [];
  let html = '';
  let last = 0;
  for (const match of matches) {
    if (!/^https?:\/\//i.test(match.url)) continue;
    html += escapeText(body.slice(last, match.index));
    html += `<a href="${escapeHtml(match.url)}" rel="nofollow ugc noopener" target="_blank">${escapeText(match.raw)}</a>`;
    last = match.lastIndex;
  }
  return html + escapeText(body.slice(last));
}

function escapeText(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>');
}
