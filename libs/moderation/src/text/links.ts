/**
 * Finds links the way a reader sees them: explicit URLs (http, https, www.) and bare hosts with a known-looking
 * TLD ("cheap-pills.xyz/buy"). Returns the lower-cased host of each.
 */
const URL_LIKE =
  /\b(?:https?:\/\/|www\.)[^\s<>"'()]+|(?<![@\p{L}\p{N}.-])(?:[a-z0-9-]+\.)+(?:com|net|org|info|biz|xyz|top|club|online|site|live|in|io|co|me|ly|gl|link|click|shop|store|ru|cn|tk|ml|ga|cf|gq|bet|win|vip|app)(?:\/[^\s<>"'()]*)?(?![\p{L}\p{N}])/giu;

/** Every link the pattern can find has a dot before a letter or digit, or a scheme: most comments have neither. */
const MAY_HAVE_LINK = /[.．][\p{L}\p{N}]|https?:/iu;

const TRAILING_PUNCTUATION = /[.,;:!?।…]+$/u;

export function findLinks(text: string): string[] {
  const hosts: string[] = [];
  if (!MAY_HAVE_LINK.test(text)) return hosts;
  for (const match of text.matchAll(URL_LIKE)) {
    // A sentence's own punctuation after a link ("…imd.gov.in, and") is not part of its host.
    const host = hostOf(match[0].replace(TRAILING_PUNCTUATION, ''));
    if (host) hosts.push(host);
  }
  return hosts;
}

/** The text with every link replaced by a space: what the words around the links say. */
export function withoutLinks(text: string): string {
  return MAY_HAVE_LINK.test(text) ? text.replace(URL_LIKE, ' ') : text;
}

export function hostOf(url: string): string | null {
  const withScheme = /^https?:\/\//i.test(url) ? url : `http://${url}`;
  try {
    return new URL(withScheme).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}
