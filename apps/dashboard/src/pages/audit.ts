import { api } from '../api';
import { h } from '../dom';
import { fullDate, t, tMaybe } from '../i18n';

export async function auditPage(main: HTMLElement, siteId: string): Promise<void> {
  const page = await api(
    'GET',
    `/v1/moderation/audit?limit=100${siteId ? `&siteId=${encodeURIComponent(siteId)}` : ''}`,
  );
  const status = (s: string | null) => (s ? tMaybe(`status.${s}`, s) : '');
  main.replaceChildren(
    h('h1', {}, t('auditTitle')),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...(
            [
              'audit.when',
              'audit.who',
              'audit.action',
              'audit.fromTo',
              'audit.comment',
              'audit.note',
            ] as const
          ).map((key) => h('th', { scope: 'col' }, t(key))),
        ),
      ),
      h(
        'tbody',
        {},
        ...page.items.map((e: any) =>
          h(
            'tr',
            {},
            h('td', {}, h('time', { datetime: e.at }, fullDate(e.at))),
            h('td', {}, e.moderator.name),
            h('td', {}, tMaybe(`action.${e.action}`, e.action)),
            h('td', {}, e.from ? `${status(e.from)} → ${status(e.to)}` : '—'),
            h('td', {}, h('code', {}, e.commentId)),
            h('td', {}, e.note ?? ''),
          ),
        ),
      ),
    ),
  );
}
