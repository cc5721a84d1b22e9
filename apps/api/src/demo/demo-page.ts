import { escapeHtml, HiddenParent, PublicComment } from '@app/comments';
import { DEMO_ARTICLE } from './article';
import { PAGE_CSS } from './page-style';
import { serverFormHtml } from './server-form';
import { serverThreadHtml } from './server-thread';

export interface DemoPageOptions {
  siteId: string;
  pageUrl: string;
  count: number;
  comments: PublicComment[];
  nextCursor: string | null;
  formToken: string | null;
  awaiting: PublicComment | null;
  hidden: HiddenParent[];
  notice: string | null;
  replyTo: PublicComment | null;
}

/**
 * The Hindi article with its comment section. Without JavaScript the section is this server HTML; with it, the
 * widget's shadow root takes the `<comment-thread>` element over and the server HTML inside is no longer shown.
 */
export function demoPageHtml(options: DemoPageOptions): string {
  const a = DEMO_ARTICLE;
  const path = `/demo/${a.threadId}`;
  const threadHtml = serverThreadHtml({
    language: 'hi',
    count: options.count,
    comments: options.comments,
    awaiting: options.awaiting,
    hidden: options.hidden,
    replyHref: (id) => `${path}?replytocom=${encodeURIComponent(id)}#respond`,
  });
  const more = options.nextCursor
    ? `<a class="more" href="${path}?cursor=${encodeURIComponent(options.nextCursor)}#comments">और टिप्पणियाँ देखें</a>`
    : '';
  const form = serverFormHtml({
    action: `/v1/sites/${encodeURIComponent(options.siteId)}/threads/${a.threadId}/comments`,
    language: 'hi',
    redirectTo: options.pageUrl,
    formToken: options.formToken,
    replyTo: options.replyTo
      ? { id: options.replyTo.id, authorName: options.replyTo.authorName, cancelHref: `${path}#respond` }
      : null,
  });
  return `<!doctype html>
<html lang="hi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(a.title)} | डेमो समाचार</title>
<style>${PAGE_CSS}</style>
<script src="/widget.js" async></script>
<link rel="preload" as="fetch" crossorigin href="/v1/sites/${encodeURIComponent(options.siteId)}/threads/${a.threadId}/comments?limit=50&amp;sort=oldest">
<link rel="preload" as="fetch" crossorigin href="/v1/sites/${encodeURIComponent(options.siteId)}/threads/${a.threadId}/form-token">
<link rel="preload" as="fetch" crossorigin href="/v1/sites/${encodeURIComponent(options.siteId)}/pow-challenge">
</head><body>
<header class="masthead"><a href="${path}">डेमो समाचार</a><nav aria-label="मुख्य">देश · दुनिया · व्यापार · खेल</nav></header>
<main>
<article>
<p class="kicker">${escapeHtml(a.kicker)}</p>
<h1>${escapeHtml(a.title)}</h1>
<p class="dek">${escapeHtml(a.dek)}</p>
<p class="byline">${escapeHtml(a.byline)}</p>
<figure><div class="photo" role="img" aria-label="${escapeHtml(a.caption)}"></div><figcaption>${escapeHtml(a.caption)}</figcaption></figure>
${a.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<p class="demo-note">${escapeHtml(a.note)}</p>
</article>
<comment-thread id="comments" site="${escapeHtml(options.siteId)}" thread="${a.threadId}" lang="hi">
<section class="comments" aria-labelledby="comments-title">
${options.notice ? `<p class="notice" role="status">${escapeHtml(options.notice)}</p>` : ''}
${threadHtml.replace('<h2>', '<h2 id="comments-title">')}
${more}
${form}
</section>
</comment-thread>
</main>
</body></html>`;
}
