import { escapeHtml, HiddenParent, MessageLanguage, PublicComment } from '@app/comments';
import { identiconSvg } from './identicon-svg';

/** As in the widget: replies nest this deep, then stay at this depth. */
const MAX_DEPTH = 3;

const TEXT = {
  hi: {
    count: (n: number) =>
      n === 0 ? 'अभी कोई टिप्पणी नहीं' : n === 1 ? '1 टिप्पणी' : `${n.toLocaleString('hi-IN')} टिप्पणियाँ`,
    reply: 'जवाब दें',
    awaiting: 'आपकी टिप्पणी मॉडरेशन की प्रतीक्षा में है।',
    gone: 'यह टिप्पणी अभी उपलब्ध नहीं है।',
  },
  en: {
    count: (n: number) =>
      n === 0 ? 'No comments yet' : n === 1 ? '1 Comment' : `${n.toLocaleString('en')} Comments`,
    reply: 'Reply',
    awaiting: 'Your comment is awaiting moderation.',
    gone: 'This comment is not available.',
  },
};

export interface ThreadHtmlOptions {
  language: MessageLanguage;
  count: number;
  comments: PublicComment[];
  /** The reader's own comment from the form post, not yet published: shown only to them. */
  awaiting?: PublicComment | null;
  /** Parents of shown replies that are not public: each stands as a placeholder above its replies. */
  hidden?: HiddenParent[];
  replyHref: (commentId: string) => string;
  now?: number;
}

/** The thread as server HTML, the same structure and classes the widget draws. */
export function serverThreadHtml(options: ThreadHtmlOptions): string {
  const t = TEXT[options.language];
  const shown = options.awaiting ? [...options.comments, options.awaiting] : options.comments;
  const all = withPlaceholders(shown, options.hidden ?? []);
  const ids = new Set(all.map((c) => c.id));
  const children = new Map<string | null, Node[]>();
  for (const node of all) {
    const parent = node.parentId && ids.has(node.parentId) ? node.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), node]);
  }
  const item = (node: Node, depth: number): string => {
    const own = node === options.awaiting;
    const kids = children.get(node.id) ?? [];
    const nested = depth < MAX_DEPTH ? kids.map((kid) => item(kid, depth + 1)).join('') : '';
    const flat = depth < MAX_DEPTH ? '' : kids.map((kid) => item(kid, depth)).join('');
    // A placeholder says nothing of why its comment is not shown, and offers no reply.
    const content = 'gone' in node ? `<p class="gone">${t.gone}</p>` : article(node, own);
    return `<li id="comment-${escapeHtml(node.id)}" class="comment depth-${depth}${own ? ' awaiting own' : ''}">${content}<ol class="children">${nested}</ol></li>${flat}`;
  };
  const article = (comment: PublicComment, own: boolean): string => {
    const url = httpUrl(comment.authorUrl);
    const name = `<bdi>${escapeHtml(comment.authorName)}</bdi>`;
    const author = url
      ? `<a class="author" href="${escapeHtml(url)}" rel="nofollow ugc" target="_blank">${name}</a>`
      : `<b>${name}</b>`;
    const when = comment.publishedAt ?? comment.createdAt;
    const body = own ? escapeHtml(comment.body) : comment.bodyHtml; // bodyHtml is escaped text with our own links
    const tail = own
      ? `<p class="moderation">${t.awaiting}</p>`
      : `<a class="reply" href="${escapeHtml(options.replyHref(comment.id))}" aria-label="${t.reply}: ${escapeHtml(comment.authorName)}">${t.reply}</a>`;
    return `<article>${identiconSvg(comment.avatar)}<div class="meta">${author} · <a href="#comment-${escapeHtml(comment.id)}"><time datetime="${when}">${relativeTime(when, options.language, options.now)}</time></a></div><div class="body">${body}</div>${tail}</article>`;
  };
  const top = (children.get(null) ?? []).map((c) => item(c, 0)).join('');
  return `<h2>${t.count(options.count)}</h2><ol class="comment-list">${top}</ol>`;
}

type Node = PublicComment | (HiddenParent & { gone: true });

/**
 * The page's comments in order, each hidden parent just before the first reply that needs it (its own hidden
 * parent first), so a placeholder stands where its first reply would otherwise have stood.
 */
function withPlaceholders(comments: PublicComment[], hidden: HiddenParent[]): Node[] {
  const waiting = new Map(hidden.map((h) => [h.id, h]));
  const nodes: Node[] = [];
  const place = (id: string | null) => {
    const parent = id ? waiting.get(id) : undefined;
    if (!parent) return;
    waiting.delete(parent.id);
    place(parent.parentId);
    nodes.push({ ...parent, gone: true });
  };
  for (const comment of comments) {
    place(comment.parentId);
    nodes.push(comment);
  }
  return nodes;
}

function httpUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86400],
  ['month', 30 * 86400],
  ['week', 7 * 86400],
  ['day', 86400],
  ['hour', 3600],
  ['minute', 60],
];

export function relativeTime(iso: string, language: MessageLanguage, now = Date.now()): string {
  const format = new Intl.RelativeTimeFormat(language === 'hi' ? 'hi-IN' : 'en', { numeric: 'auto' });
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  for (const [unit, size] of UNITS)
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  return format.format(0, 'second');
}
