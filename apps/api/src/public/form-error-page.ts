import { escapeHtml, FieldError, MessageLanguage } from '@app/comments';
import { PAGE_CSS } from '../demo/page-style';
import { serverFormHtml } from '../demo/server-form';

const TEXT = {
  en: { title: 'Your comment could not be posted', back: 'Go back to the article' },
  hi: { title: 'आपकी टिप्पणी पोस्ट नहीं हो सकी', back: 'लेख पर वापस जाएँ' },
};

/**
 * For a page without JavaScript: the errors, then the same form the article shows (apps/api/src/demo/server-form.ts),
 * with what the reader typed, so nothing is lost. Everything from the request is escaped.
 */
export function formErrorPage(options: {
  action: string;
  language: MessageLanguage;
  errors: FieldError[] | string;
  typed: Record<string, unknown>;
  redirectTo: string | null;
}): string {
  const t = TEXT[options.language];
  const fieldErrors = typeof options.errors === 'string' ? [] : options.errors;
  const errorItems =
    typeof options.errors === 'string'
      ? `<li>${escapeHtml(options.errors)}</li>`
      : options.errors
          .map((e) => `<li><a href="#${escapeHtml(e.field)}">${escapeHtml(e.message)}</a></li>`)
          .join('');
  const formToken = typeof options.typed.formToken === 'string' ? options.typed.formToken : null;
  return `<!doctype html>
<html lang="${options.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title><style>${PAGE_CSS}</style></head>
<body><main>
<h1>${t.title}</h1>
<div role="alert"><ul class="errors">${errorItems}</ul></div>
<section class="comments">
${serverFormHtml({ action: options.action, language: options.language, redirectTo: options.redirectTo, typed: options.typed, errors: fieldErrors, formToken })}
</section>
${options.redirectTo ? `<p><a href="${escapeHtml(options.redirectTo)}">${t.back}</a></p>` : ''}
</main></body></html>`;
}
