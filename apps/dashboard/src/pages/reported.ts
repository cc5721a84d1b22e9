import { api } from '../api';
import { announce, errorText, h } from '../dom';
import { fullDate, t, tMaybe } from '../i18n';

interface Report {
  id: string;
  commentId: string;
  reason: string;
  note: string | null;
  createdAt: string;
  decideBy: string;
}

interface Reported {
  comment: { id: string; authorName: string; bodyHtml: string; status: string; language: string | null };
  reports: Report[];
  /** The earliest decide-by among its open reports: the comment's clock. */
  decideBy: string;
}

const DAY_MS = 24 * 3600 * 1000;

/**
 * The "Reported" tab: each comment readers reported, with its reasons, counts, notes and the grievance clock (IT
 * Rules 2021: 15 days from a report), overdue first. Remove and Keep are the ordinary decisions (reject, approve),
 * which decide the comment's open reports and tell reporters who left an address.
 */
export async function reportedPage(main: HTMLElement, siteId: string): Promise<void> {
  const site = siteId ? `&siteId=${encodeURIComponent(siteId)}` : '';
  const page = await api('GET', `/v1/moderation/reports?status=open&limit=100${site}`);
  const byComment = new Map<string, Report[]>();
  for (const report of page.items as Report[]) {
    byComment.set(report.commentId, [...(byComment.get(report.commentId) ?? []), report]);
  }
  const reported: Reported[] = await Promise.all(
    [...byComment].map(async ([id, reports]) => ({
      comment: await api('GET', `/v1/moderation/comments/${encodeURIComponent(id)}`),
      reports,
      decideBy: reports.map((r) => r.decideBy).sort()[0],
    })),
  );
  reported.sort((a, b) => Date.parse(a.decideBy) - Date.parse(b.decideBy));

  const redraw = () => reportedPage(main, siteId);
  main.replaceChildren(
    h('h1', {}, t('reported.title')),
    h('p', {}, t('reported.summary', page.counts.open, page.counts.overdue)),
    reported.length === 0
      ? h('p', {}, t('reported.none'))
      : h('ol', { class: 'queue reported' }, ...reported.map((item) => reportedItem(item, redraw))),
  );
}

function reportedItem({ comment, reports, decideBy }: Reported, redraw: () => Promise<void>): HTMLElement {
  const body = h('div', { class: 'body', lang: comment.language ?? undefined });
  body.innerHTML = comment.bodyHtml; // escaped by the server: text, line breaks and our own links
  const left = Math.ceil((Date.parse(decideBy) - Date.now()) / DAY_MS);
  const overdue = left <= 0;
  const reasons = new Map<string, number>();
  for (const { reason } of reports) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  const notes = reports.filter((r) => r.note);
  const labelId = `r-${comment.id}`;
  const decide = async (action: 'approve' | 'reject') => {
    try {
      await api('POST', `/v1/moderation/comments/${encodeURIComponent(comment.id)}/decision`, { action });
      announce(t(action === 'reject' ? 'reported.removed' : 'reported.kept'));
      await redraw();
    } catch (error) {
      announce(t('failed', errorText(error)));
    }
  };
  return h(
    'li',
    { class: `item${overdue ? ' overdue' : ''}`, 'aria-labelledby': labelId, 'data-id': comment.id },
    h(
      'p',
      { class: 'meta', id: labelId },
      h('span', { class: 'author' }, comment.authorName),
      tMaybe(`status.${comment.status}`, comment.status),
      t('reported.count', reports.length),
    ),
    h(
      'p',
      { class: 'clock' },
      h('strong', {}, overdue ? t('reported.overdue', Math.max(1, -left)) : t('reported.daysLeft', left)),
      ' · ',
      h('time', { datetime: decideBy }, t('reported.decideBy', fullDate(decideBy))),
    ),
    body,
    h(
      'p',
      {},
      `${t('reported.reasons')}: `,
      [...reasons].map(([reason, n]) => `${tMaybe(`reason.${reason}`, reason)} × ${n}`).join(', '),
    ),
    notes.length > 0 &&
      h(
        'div',
        {},
        h('p', {}, `${t('reported.notes')}:`),
        h('ul', {}, ...notes.map((r) => h('li', {}, r.note!))),
      ),
    h(
      'p',
      { class: 'actions' },
      h(
        'button',
        { type: 'button', class: 'reject', onclick: () => void decide('reject') },
        t('reported.remove'),
      ),
      ' ',
      h(
        'button',
        { type: 'button', class: 'approve', onclick: () => void decide('approve') },
        t('reported.keep'),
      ),
    ),
  );
}
