import { escapeHtml } from '@app/comments';
import { strictPolicy } from '../http/content-security';

const CSS = `body{margin:0;font-family:"Noto Sans Devanagari","Nirmala UI","Mangal",system-ui,sans-serif;color:#1f2328;line-height:1.7}
main{max-width:36rem;margin:0 auto;padding:1.5rem 1rem}h1{font-size:1.5rem;line-height:1.4}
section{border-top:1px solid #e3e3e3;padding-top:.5rem}
button{background:#b3261e;color:#fff;border:0;border-radius:6px;padding:.6rem 1.4rem;font:inherit;font-weight:700;cursor:pointer}
button:focus-visible{outline:3px solid #1f2328;outline-offset:2px}`;

/** Each page's words in both languages: the reader may read either, whatever the mail's language was. */
const WORDS = {
  ask: {
    export: {
      hi: (site: string) => `${site} पर इस पते से लिखी आपकी सभी टिप्पणियों की प्रति उसी पते पर ईमेल से भेजी जाएगी।`,
      en: (site: string) =>
        `A copy of all your comments on ${site} from this address will be mailed to that address.`,
    },
    erase: {
      hi: (site: string) =>
        `${site} पर इस पते से लिखी आपकी टिप्पणियों से आपका नाम, ईमेल, वेबसाइट, IP पता और ब्राउज़र की जानकारी मिटा दी जाएगी। टिप्पणियों का पाठ "पूर्व पाठक" के नाम से रहेगा, ताकि बातचीत पढ़ी जा सके। यह वापस नहीं होगा।`,
      en: (site: string) =>
        `Your name, email, website, IP address and browser details will be erased from your comments on ${site} from this address. Their text stays under "Former reader", so conversations still read. This cannot be undone.`,
    },
  },
  title: { hi: 'अपने अनुरोध की पुष्टि करें', en: 'Confirm your request' },
  button: { export: 'प्रति भेजें / Send the copy', erase: 'मिटाएँ / Erase' },
  gone: {
    hi: 'यह लिंक अब मान्य नहीं है: इसका उपयोग हो चुका है या यह पुराना हो गया है। ज़रूरत हो तो नया अनुरोध करें।',
    en: 'This link is no longer valid: it was used already or it has expired. Make a new request if you need one.',
  },
  goneTitle: { hi: 'लिंक मान्य नहीं', en: 'Link not valid' },
  done: {
    export: {
      hi: 'हो गया। आपकी टिप्पणियों की प्रति आपके ईमेल पते पर भेज दी गई है।',
      en: 'Done. A copy of your comments has been mailed to your address.',
    },
    erase: {
      hi: 'हो गया। आपकी टिप्पणियों से आपकी निजी जानकारी मिटा दी गई है।',
      en: 'Done. Your personal details have been erased from your comments.',
    },
  },
  doneTitle: { hi: 'अनुरोध पूरा हुआ', en: 'Request done' },
};

export interface HtmlPage {
  status: number;
  html: string;
  csp: string;
}

function page(status: number, title: string, body: string): HtmlPage {
  const html = `<!doctype html>
<html lang="hi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer"><title>${escapeHtml(title)}</title><style>${CSS}</style></head>
<body><main>${body}</main></body></html>`;
  return { status, html, csp: strictPolicy({ styles: [CSS] }) };
}

const both = (hi: string, en: string) =>
  `<section><p>${escapeHtml(hi)}</p></section><section lang="en"><p>${escapeHtml(en)}</p></section>`;

/** Before the click: what will happen, and one button (a POST, so a mail scanner opening the link does nothing). */
export function confirmPage(
  request: { kind: 'export' | 'erase'; siteName: string },
  token: string,
): HtmlPage {
  const ask = WORDS.ask[request.kind];
  return page(
    200,
    `${WORDS.title.hi} / ${WORDS.title.en}`,
    `<h1>${WORDS.title.hi} <span lang="en">/ ${WORDS.title.en}</span></h1>` +
      both(ask.hi(request.siteName), ask.en(request.siteName)) +
      `<form method="post" action="/v1/privacy-requests/confirm"><input type="hidden" name="token" value="${escapeHtml(token)}">` +
      `<button type="submit">${WORDS.button[request.kind]}</button></form>`,
  );
}

export function donePage(kind: 'export' | 'erase'): HtmlPage {
  const done = WORDS.done[kind];
  return page(
    200,
    `${WORDS.doneTitle.hi} / ${WORDS.doneTitle.en}`,
    `<h1>${WORDS.doneTitle.hi} <span lang="en">/ ${WORDS.doneTitle.en}</span></h1>` + both(done.hi, done.en),
  );
}

export function goneLinkPage(): HtmlPage {
  return page(
    404,
    `${WORDS.goneTitle.hi} / ${WORDS.goneTitle.en}`,
    `<h1>${WORDS.goneTitle.hi} <span lang="en">/ ${WORDS.goneTitle.en}</span></h1>` +
      both(WORDS.gone.hi, WORDS.gone.en),
  );
}
