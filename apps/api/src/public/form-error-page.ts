import { escapeHtml, FieldError, MessageLanguage } from '@app/comments';

const TEXT = {
  en: { title: 'Your comment could not be posted', back: 'Go back to the article', submit: 'Post Comment',
    name: 'Name', email: 'Email', website: 'Website', comment: 'Comment' },
  hi: { title: 'आपकी टिप्पणी पोस्ट नहीं हो सकी', back: 'लेख पर वापस जाएँ', submit: 'टिप्पणी भेजें',
    name: 'नाम', email: 'ईमेल', website: 'वेबसाइट', comment: 'टिप्पणी' },
};

/**
 * For a page without JavaScript: the errors, then the same form with what the reader typed, so nothing is lost.
 * Everything from the request is escaped.
 */
export function formErrorPage(options: {
  action: string;
  language: MessageLanguage;
  errors: FieldError[] | string;
  typed: Record<string, unknown>;
  redirectTo: string | null;
}): string {
  const t = TEXT[options.language];
  const typed = (name: string) => escapeHtml(typeof options.typed[name] === 'string' ? (options.typed[name] as string) : '');
  const errorItems =
    typeof options.errors === 'string'
      ? `<li>${escapeHtml(options.errors)}</li>`
      : options.errors.map((e) => `<li><a href="#${escapeHtml(e.field)}">${escapeHtml(e.message)}</a></li>`).join('');
  const input = (id: string, label: string, type: string) =>
    `<p><label for="${id}">${label}</label><br><input id="${id}" name="${id}" type="${type}" value="${typed(id)}"></p>`;
  return `<!doctype html>
<html lang="${options.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title></head>
<body><main>
<h1>${t.title}</h1>
<ul role="alert">${errorItems}</ul>
<form method="post" action="${escapeHtml(options.action)}">
${input('authorName', t.name + ' *', 'text')}
${input('authorEmail', t.email + ' *', 'email')}
${input('authorUrl', t.website, 'url')}
<p><label for="body">${t.comment} *</label><br><textarea id="body" name="body" rows="8" cols="60">${typed('body')}</textarea></p>
<input type="hidden" name="parentId" value="${typed('parentId')}">
<input type="hidden" name="formToken" value="${typed('formToken')}">
<input type="hidden" name="redirectTo" value="${escapeHtml(options.redirectTo ?? '')}">
<p><button type="submit">${t.submit}</button></p>
</form>
${options.redirectTo ? `<p><a href="${escapeHtml(options.redirectTo)}">${t.back}</a></p>` : ''}
</main></body></html>`;
}
