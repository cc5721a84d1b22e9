import { Page } from 'playwright-core';

/** An article page in either language, served on the API's origin, embedding the real widget.js. */
export const articlePage = (
  lang: 'hi' | 'en',
  siteId: string,
  thread: string,
  title: string,
) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title></head>
<body><main><h1>${title}</h1>
<comment-thread site="${siteId}" thread="${thread}" lang="${lang}"></comment-thread></main>
<script src="/widget.js" async></script></body></html>`;

/** Opens that page at `${apiUrl}${path}` in a page of the given browser context, routed so no file is needed. */
export async function openArticle(page: Page, apiUrl: string, path: string, html: string): Promise<Page> {
  await page.route(`${apiUrl}${path}`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
  );
  await page.goto(`${apiUrl}${path}`);
  return page;
}
