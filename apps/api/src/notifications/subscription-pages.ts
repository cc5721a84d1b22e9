import { escapeHtml } from '@app/comments';
import { SubscriptionView } from '@app/notifications';
import { PAGE_CSS } from '../demo/page-style';

type Language = 'hi' | 'en';
type Kind = SubscriptionView['kind'];

/** Every line in both languages: the reader may read either, whatever the site's language. */
const TEXT = {
  hi: {
    what: (site: string, kind: Kind) =>
      `${site} से ${kind === 'replies' ? 'आपकी टिप्पणी के जवाबों' : 'इस लेख की नई टिप्पणियों'} के ईमेल।`,
    confirmTitle: 'ईमेल सूचना पक्की करें',
    confirmButton: 'हाँ, मुझे ईमेल भेजें',
    confirmedTitle: 'पक्का हो गया',
    confirmed: 'धन्यवाद। अब आपको ये ईमेल मिलेंगे; हर ईमेल में एक क्लिक में सदस्यता छोड़ने का लिंक है।',
    unsubscribeTitle: 'सदस्यता छोड़ें',
    unsubscribeButton: 'सदस्यता छोड़ें',
    unsubscribedTitle: 'सदस्यता छूट गई',
    unsubscribed: 'अब आपको ये ईमेल नहीं मिलेंगे।',
    goneTitle: 'यह लिंक मान्य नहीं है',
    gone: 'यह लिंक पुराना है या अधूरा है। कुछ नहीं बदला गया।',
  },
  en: {
    what: (site: string, kind: Kind) =>
      `Email from ${site} about ${kind === 'replies' ? 'replies to your comment' : "this article's new comments"}.`,
    confirmTitle: 'Confirm email notifications',
    confirmButton: 'Yes, email me',
    confirmedTitle: 'Confirmed',
    confirmed: 'Thank you. You will get these emails; each one has a one-click unsubscribe link.',
    unsubscribeTitle: 'Unsubscribe',
    unsubscribeButton: 'Unsubscribe',
    unsubscribedTitle: 'You are unsubscribed',
    unsubscribed: 'You will not get these emails any more.',
    goneTitle: 'This link is not valid',
    gone: 'The link is old or incomplete. Nothing was changed.',
  },
};
type Strings = (typeof TEXT)['hi'];
type Line = keyof Omit<Strings, 'what'>;

const other = (language: Language): Language => (language === 'hi' ? 'en' : 'hi');
/** The site's language first, the other after it, each marked with its `lang`. */
const both = (language: Language, line: Line, tag = 'span') =>
  [language, other(language)]
    .map((l) => `<${tag} lang="${l}">${escapeHtml(TEXT[l][line])}</${tag}>`)
    .join(tag === 'span' ? ' / ' : '');

function page(language: Language, title: Line, content: string): string {
  const plainTitle = `${TEXT[language][title]} / ${TEXT[other(language)][title]}`;
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer"><meta name="robots" content="noindex">
<title>${escapeHtml(plainTitle)}</title><style>${PAGE_CSS}</style></head>
<body><main>
<h1>${both(language, title)}</h1>
${content}
</main></body></html>`;
}

const what = (view: SubscriptionView) =>
  [view.language, other(view.language)]
    .map((l) => `<p lang="${l}">${escapeHtml(TEXT[l].what(view.siteName, view.kind))}</p>`)
    .join('');

const button = (action: string, language: Language, label: Line) =>
  `<form method="post" action="${escapeHtml(action)}"><p><button type="submit" class="submit">${both(language, label)}</button></p></form>`;

/** GET of the confirmation link: nothing happens until the button is pressed (mail scanners follow links). */
export function confirmPage(view: SubscriptionView, action: string): string {
  if (view.done) return confirmedPage(view);
  return page(view.language, 'confirmTitle', what(view) + button(action, view.language, 'confirmButton'));
}

export function confirmedPage(view: SubscriptionView): string {
  return page(view.language, 'confirmedTitle', what(view) + both(view.language, 'confirmed', 'p'));
}

/** GET of the unsubscribe link: a confirmation page; the one-click POST itself is what mail clients send. */
export function unsubscribePage(view: SubscriptionView, action: string): string {
  if (view.done) return unsubscribedPage(view);
  return page(
    view.language,
    'unsubscribeTitle',
    what(view) + button(action, view.language, 'unsubscribeButton'),
  );
}

export function unsubscribedPage(view: SubscriptionView): string {
  return page(view.language, 'unsubscribedTitle', what(view) + both(view.language, 'unsubscribed', 'p'));
}

export function unknownLinkPage(): string {
  return page('hi', 'goneTitle', both('hi', 'gone', 'p'));
}
