import { api } from '../api';
import { errorText, h } from '../dom';
import { t } from '../i18n';

export async function webhooksPage(main: HTMLElement, siteId: string): Promise<void> {
  if (!siteId) {
    main.replaceChildren(h('h1', {}, t('webhooksTitle')), h('p', {}, t('chooseSite')));
    return;
  }
  const base = `/v1/admin/sites/${encodeURIComponent(siteId)}/webhooks`;
  const status = h('p', { role: 'status' });
  let items: any[] = [];
  try {
    const listed = await api('GET', base);
    items = Array.isArray(listed) ? listed : (listed.items ?? []);
  } catch (error) {
    status.textContent = t('listFailed', errorText(error));
  }
  const events = ['comment.published', 'comment.unpublished', 'comment.held'];
  const form = h(
    'form',
    { class: 'stack', onsubmit: (e: Event) => void create(e) },
    h('h2', {}, t('addEndpointTitle')),
    h(
      'label',
      {},
      t('url'),
      h('input', { name: 'url', type: 'url', required: true, placeholder: 'https://example.org/hooks' }),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, t('events')),
      ...events.map((e) =>
        h(
          'label',
          { class: 'inline' },
          h('input', { type: 'checkbox', name: 'events', value: e, checked: true }),
          e,
        ),
      ),
    ),
    h('button', { type: 'submit', class: 'primary' }, t('addEndpoint')),
    status,
  );
  const rows = items.map((w) =>
    h(
      'tr',
      {},
      h('td', {}, w.url),
      h('td', {}, (w.events ?? []).join(', ')),
      h(
        'td',
        {},
        h(
          'button',
          { type: 'button', onclick: () => void call('POST', `${base}/${w.id}/rotate-secret`) },
          t('rotateSecret'),
        ),
        ' ',
        h(
          'button',
          { type: 'button', class: 'spam', onclick: () => void call('DELETE', `${base}/${w.id}`) },
          t('delete'),
        ),
      ),
    ),
  );
  main.replaceChildren(
    h('h1', {}, t('webhooksTitle')),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h('tr', {}, ...[t('url'), t('events'), ''].map((label) => h('th', { scope: 'col' }, label))),
      ),
      h('tbody', {}, ...rows),
    ),
    form,
  );

  async function call(method: string, path: string, body?: unknown): Promise<void> {
    try {
      const result = await api(method, path, body);
      await webhooksPage(main, siteId);
      if (result?.secret)
        main.append(
          h('p', { role: 'status' }, t('secretOnce'), h('span', { class: 'secret' }, result.secret)),
        );
    } catch (error) {
      status.className = 'error';
      status.textContent = errorText(error);
    }
  }

  async function create(event: Event): Promise<void> {
    event.preventDefault();
    const d = new FormData(form);
    await call('POST', base, { url: d.get('url'), events: d.getAll('events') });
  }
}
