import { escapeHtml, FieldError, MessageLanguage } from '@app/comments';

const TEXT = {
  hi: {
    leaveReply: 'एक उत्तर दें',
    replyTo: (name: string) => `${name} को जवाब दें`,
    cancelReply: 'जवाब रद्द करें',
    note: 'आपका ईमेल पता प्रकाशित नहीं किया जाएगा। आवश्यक फ़ील्ड <span class="required">*</span> चिह्नित हैं',
    comment: 'टिप्पणी',
    name: 'नाम',
    email: 'ईमेल',
    website: 'वेबसाइट',
    submit: 'टिप्पणी भेजें',
    honeypot: 'इसे खाली छोड़ें',
    notify: 'ईमेल सूचना',
    notifyChoices: { '': 'कोई ईमेल नहीं', replies: 'जवाब आने पर मुझे ईमेल करें', thread: 'इस लेख की नई टिप्पणियाँ' },
  },
  en: {
    leaveReply: 'Leave a Reply',
    replyTo: (name: string) => `Reply to ${name}`,
    cancelReply: 'Cancel reply',
    note: 'Your email address will not be published. Required fields are marked <span class="required">*</span>',
    comment: 'Comment',
    name: 'Name',
    email: 'Email',
    website: 'Website',
    submit: 'Post Comment',
    honeypot: 'Leave this empty',
    notify: 'Email notifications',
    notifyChoices: { '': 'No email', replies: 'Email me replies', thread: "This article's new comments" },
  },
};

export interface ServerFormOptions {
  action: string;
  language: MessageLanguage;
  redirectTo: string | null;
  typed?: Record<string, unknown>;
  errors?: FieldError[];
  formToken?: string | null;
  replyTo?: { id: string; authorName: string; cancelHref: string } | null;
}

/**
 * The widget's form as server HTML, for a page without JavaScript and for the error page (which keeps what was typed).
 * A form post, named as the contract names the JSON fields. No "save my details" box: without script there is
 * nowhere in the browser to save them, and nothing is stored on the server.
 */
export function serverFormHtml(options: ServerFormOptions): string {
  const t = TEXT[options.language];
  const typed = (name: string) => {
    const value = options.typed?.[name];
    return escapeHtml(typeof value === 'string' ? value : '');
  };
  const errorOf = (name: string) => options.errors?.find((e) => e.field === name);
  const field = (name: string, label: string, control: (attrs: string) => string, required: boolean) => {
    const error = errorOf(name);
    const describedBy = `${name}-error${name === 'authorEmail' ? ' email-notes' : ''}`;
    const attrs = `id="${name}" name="${name}" aria-describedby="${describedBy}"${required ? ' aria-required="true"' : ''}${error ? ' aria-invalid="true"' : ''}`;
    return `<p class="field"><label for="${name}">${label}${required ? ' <span class="required" aria-hidden="true">*</span>' : ''}</label>
${control(attrs)}<span class="error" id="${name}-error">${error ? escapeHtml(error.message) : ''}</span></p>`;
  };
  const reply = options.replyTo;
  const title = reply
    ? `${escapeHtml(t.replyTo(reply.authorName))} <small><a class="cancel" href="${escapeHtml(reply.cancelHref)}">${t.cancelReply}</a></small>`
    : t.leaveReply;
  const parentId = reply?.id ?? (typeof options.typed?.parentId === 'string' ? options.typed.parentId : '');
  return `<div class="respond" id="respond">
<h3 id="reply-title">${title}</h3>
<form method="post" action="${escapeHtml(options.action)}" aria-labelledby="reply-title" novalidate>
<p class="note"><span id="email-notes">${t.note}</span></p>
${field('body', t.comment, (a) => `<textarea ${a} rows="8" maxlength="10500">${typed('body')}</textarea>`, true)}
${field('authorName', t.name, (a) => `<input ${a} type="text" autocomplete="name" maxlength="245" value="${typed('authorName')}">`, true)}
${field('authorEmail', t.email, (a) => `<input ${a} type="email" autocomplete="email" maxlength="100" value="${typed('authorEmail')}">`, true)}
${field('authorUrl', t.website, (a) => `<input ${a} type="url" autocomplete="url" maxlength="200" value="${typed('authorUrl')}">`, false)}
${field('notify', t.notify, (a) => `<select ${a}>${notifyOptions(t.notifyChoices, typed('notify'))}</select>`, false)}
<div class="hp" aria-hidden="true"><label>${t.honeypot} <input type="text" name="hp" tabindex="-1" autocomplete="off"></label></div>
${parentId ? `<input type="hidden" name="parentId" value="${escapeHtml(parentId)}">` : ''}
${options.formToken ? `<input type="hidden" name="formToken" value="${escapeHtml(options.formToken)}">` : ''}
${options.redirectTo ? `<input type="hidden" name="redirectTo" value="${escapeHtml(options.redirectTo)}">` : ''}
<input type="hidden" name="lang" value="${options.language}">
<p><button type="submit" class="submit">${t.submit}</button></p>
</form>
</div>`;
}

/** The mail a reader may ask for (the contract's `notify`): none, replies to this comment, or the whole thread. */
function notifyOptions(labels: Record<string, string>, chosen: string): string {
  return Object.entries(labels)
    .map(
      ([value, label]) => `<option value="${value}"${value === chosen ? ' selected' : ''}>${label}</option>`,
    )
    .join('');
}
