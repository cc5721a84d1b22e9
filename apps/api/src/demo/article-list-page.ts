import { escapeHtml } from '@app/comments';
import { DEMO_ARTICLE } from './article';
import { PAGE_CSS } from './page-style';

const WORDS = {
  hi: {
    title: 'ताज़ा लेख',
    other: 'English',
    otherHref: '/demo?lang=en',
    comments: 'टिप्पणियाँ',
    feed: 'सभी टिप्पणियों की फ़ीड (Atom)',
    threadFeed: 'इस लेख की टिप्पणियों की फ़ीड',
  },
  en: {
    title: 'Latest articles',
    other: 'हिन्दी',
    otherHref: '/demo',
    comments: 'Comments',
    feed: 'Feed of all comments (Atom)',
    threadFeed: "Feed of this article's comments",
  },
};

/**
 * The demo's article list: each article with its comment count, filled in by `/count.js` from the counts API (the
 * server writes only a label, so the page shows what a publisher's own list would). Hindi, or English with `?lang=en`.
 */
export function articleListHtml(siteId: string, language: 'hi' | 'en'): string {
  const w = WORDS[language];
  const a = DEMO_ARTICLE;
  const site = escapeHtml(siteId);
  const href = `/demo/${a.threadId}`;
  const otherLang = language === 'hi' ? 'en' : 'hi';
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${w.title} | ${language === 'hi' ? 'डेमो समाचार' : 'Demo News'}</title>
<link rel="alternate" type="application/atom+xml" href="/v1/sites/${site}/feed.atom" title="${w.feed}">
<style>${PAGE_CSS}</style>
</head><body>
<header class="masthead"><a href="/demo" lang="hi">डेमो समाचार</a><nav aria-label="${language === 'hi' ? 'भाषा' : 'Language'}"><a href="${w.otherHref}" lang="${otherLang}" hreflang="${otherLang}">${w.other}</a></nav></header>
<main>
<h1>${w.title}</h1>
<ol class="comments">
<li><article aria-labelledby="article-${a.threadId}">
<p class="kicker" lang="hi">${escapeHtml(a.kicker)}</p>
<h2 id="article-${a.threadId}" lang="hi"><a href="${href}">${escapeHtml(a.title)}</a></h2>
<p class="dek" lang="hi">${escapeHtml(a.dek)}</p>
<p class="byline"><a href="${href}#comments"><span data-comment-count="${a.threadId}" data-site="${site}">${w.comments}</span></a>
· <a href="/v1/sites/${site}/threads/${a.threadId}/feed.atom" type="application/atom+xml">${w.threadFeed}</a></p>
</article></li>
</ol>
<p><a href="/v1/sites/${site}/feed.atom" type="application/atom+xml">${w.feed}</a></p>
</main>
<script src="/count.js" async></script>
</body></html>`;
}
