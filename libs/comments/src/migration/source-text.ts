import { compile } from 'html-to-text';

const htmlToPlainText = compile({
  wordwrap: false,
  preserveNewlines: true,
  selectors: [
    // Links are kept as their address, beside the text that carried them (or alone when they are the same).
    { selector: 'a', options: { hideLinkHrefIfSameAsText: true } },
    { selector: 'img', format: 'skip' },
  ],
});

/** A comment's stored text from the HTML that WordPress and Disqus keep: plain, NFC, trimmed, links kept. */
export function plainTextFromHtml(html: string): string {
  const text = /[<&]/.test(html) ? htmlToPlainText(html) : html;
  return text.normalize('NFC').trim();
}

/** Short, single-line fields (names, ids): NFC, trimmed, cut to `max` characters without splitting a pair. */
export function cleanField(value: string | undefined, max: number): string {
  return [...(value ?? '').normalize('NFC').trim()].slice(0, max).join('');
}

/** An author URL we would accept at intake (http or https, at most 200 characters), else none. */
export function cleanUrl(value: string | undefined): string | null {
  const url = (value ?? '').trim();
  if (!url || url.length > 200 || !/^https?:\/\/[^\s]+$/i.test(url)) return null;
  try {
    new URL(url);
    return url;
  } catch {
    return null;
  }
}

/** The path and query of a link: a thread id when the source gives no better one. */
export function pathAndQuery(link: string | undefined): string | null {
  if (!link?.trim()) return null;
  try {
    const url = new URL(link.trim());
    return `${url.pathname}${url.search}` || null;
  } catch {
    return null;
  }
}

/** WordPress GMT dates are `YYYY-MM-DD HH:MM:SS` without a zone; ISO 8601 is accepted too (our own export). */
export function parseSourceDate(value: string | undefined): Date | null {
  const text = (value ?? '').trim();
  const wordpress = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(text);
  const date = wordpress
    ? new Date(
        `${wordpress[1]}-${wordpress[2]}-${wordpress[3]}T${wordpress[4]}:${wordpress[5]}:${wordpress[6]}Z`,
      )
    : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(text)
      ? new Date(text)
      : null;
  if (!date || Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1990) return null;
  if (wordpress && date.toISOString().slice(0, 19).replace('T', ' ') !== text.replace('T', ' ')) return null;
  return date;
}
