import { MailLanguage } from '@app/db';

/** A mail's content as a few blocks, so its text and HTML parts say the same thing. */
export type MailBlock =
  | { paragraph: string }
  | { quote: { authorName: string; body: string } }
  | { link: { href: string; label: string } };

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const FOOTER = {
  hi: {
    unsubscribe: 'ऐसे मेल बंद करने के लिए:',
    unsubscribeLabel: 'एक क्लिक में सदस्यता छोड़ें',
    automatic: 'यह मेल अपने आप भेजा गया है; इसका जवाब न दें।',
  },
  en: {
    unsubscribe: 'To stop these mails:',
    unsubscribeLabel: 'Unsubscribe in one click',
    automatic: 'This mail was sent automatically; please do not reply to it.',
  },
} as const;

export function layoutMail(
  language: MailLanguage,
  subject: string,
  blocks: MailBlock[],
  unsubscribeUrl: string | null,
): RenderedMail {
  const footer = FOOTER[language];
  const all: MailBlock[] = [...blocks];
  if (unsubscribeUrl) all.push({ link: { href: unsubscribeUrl, label: footer.unsubscribeLabel } });
  const text = [...all.map(blockText), '--', footer.automatic].join('\n\n') + '\n';
  const html =
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>` +
    `<body style="font-family:'Noto Sans Devanagari','Noto Sans',Arial,sans-serif;line-height:1.6;color:#1a1a1a;max-width:36em">` +
    all.map(blockHtml).join('') +
    `<hr><p style="font-size:13px;color:#555">${escapeHtml(footer.automatic)}</p></body></html>`;
  return { subject, text, html };
}

function blockText(block: MailBlock): string {
  if ('paragraph' in block) return block.paragraph;
  if ('quote' in block) return `${block.quote.authorName}:\n${block.quote.body.replace(/^/gm, '> ')}`;
  return `${block.link.label}: ${block.link.href}`;
}

function blockHtml(block: MailBlock): string {
  if ('paragraph' in block) return `<p>${escapeHtml(block.paragraph)}</p>`;
  if ('quote' in block)
    return (
      `<blockquote style="margin:0 0 1em;padding:.5em 1em;border-left:4px solid #c33;background:#f6f6f6">` +
      `<strong>${escapeHtml(block.quote.authorName)}</strong><br>${escapeHtml(block.quote.body).replace(/\n/g, '<br>')}</blockquote>`
    );
  return `<p><a href="${escapeHtml(block.link.href)}">${escapeHtml(block.link.label)}</a></p>`;
}

export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string,
  );
}

/** Dates as a reader in India reads them, in the mail's language. */
export function formatDate(iso: string, language: MailLanguage): string {
  return new Intl.DateTimeFormat(language === 'hi' ? 'hi-IN' : 'en-IN', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Asia/Kolkata',
  }).format(new Date(iso));
}
