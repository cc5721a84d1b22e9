import { PublicComment, ThreadApi } from './api';
import { field, h } from './dom';
import { fullDate, Lang } from './i18n';

const REASONS = ['spam', 'abuse', 'hate', 'harassment', 'misinformation', 'other'];

/**
 * Kept here, not in i18n.ts, so the report form is one file; a list rather than an object because the widget's
 * size budget counts every property name: report, reason, note, email, send, done (% = date), again, failed, then
 * one label per REASONS entry.
 */
const STRINGS: Record<Lang, string[]> = {
  hi: [
    'रिपोर्ट करें',
    'कारण',
    'नोट (वैकल्पिक)',
    'निर्णय जानने के लिए ईमेल (वैकल्पिक)',
    'रिपोर्ट भेजें',
    'रिपोर्ट मिल गई। निर्णय % तक होगा।',
    'आप इसे पहले ही रिपोर्ट कर चुके हैं।',
    'रिपोर्ट नहीं भेजी जा सकी।',
    'स्पैम',
    'गाली-गलौज',
    'नफ़रत',
    'उत्पीड़न',
    'ग़लत जानकारी',
    'अन्य',
  ],
  en: [
    'Report',
    'Reason',
    'Note (optional)',
    'Email for the outcome (optional)',
    'Send report',
    'Report received; decision by %.',
    'You already reported this.',
    'The report could not be sent.',
    'Spam',
    'Abuse',
    'Hate',
    'Harassment',
    'Misinformation',
    'Other',
  ],
};

/**
 * "Report" on a published comment. The first click builds a small inline form at the end of the comment: nothing of
 * it, not even its controls, is built for the comments nobody reports, so a long thread's first render does not pay
 * for a hundred forms. Later clicks show and hide it. Once acknowledged, the form gives way to the date by which the
 * moderators decide.
 */
export function reportButton(comment: PublicComment, api: ThreadApi, lang: Lang, article: HTMLElement) {
  const [report, reasonLabel, noteLabel, emailLabel, send, done, again, failed, ...reasonLabels] =
    STRINGS[lang];
  const id = `rp-${comment.id}`;
  const button = h('button', { type: 'button', class: 'report', 'aria-expanded': 'false' }, report);
  let form: HTMLFormElement | undefined;
  let reason: HTMLSelectElement;
  button.addEventListener('click', () => {
    if (!form) {
      reason = h('select', { id: `${id}r` });
      const note = h('textarea', { id: `${id}n`, maxlength: '1000' });
      const email = h('input', { id: `${id}e`, type: 'email' });
      const status = h('p', { class: 'status', role: 'status' });
      REASONS.forEach((value, i) => reason.append(h('option', { value }, reasonLabels[i])));
      form = article.appendChild(h('form', { id, class: 'respond', 'aria-label': report }));
      form.append(
        field(reasonLabel, reason),
        field(noteLabel, note),
        field(emailLabel, email),
        h('button', { class: 'submit' }, send),
        status,
      );
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        const { status: code, decideBy } = await api.report(comment.id, {
          reason: reason.value,
          ...(note.value.trim() && { note: note.value }),
          ...(email.value.trim() && { email: email.value }),
        });
        if (decideBy) {
          form!.replaceChildren(status);
          button.disabled = true;
        }
        status.textContent = decideBy
          ? done.replace('%', fullDate(decideBy, lang))
          : code === 409
            ? again
            : failed;
      });
    } else form.hidden = !form.hidden;
    button.setAttribute('aria-expanded', String(!form.hidden));
    if (!form.hidden) reason.focus();
  });
  return button;
}
