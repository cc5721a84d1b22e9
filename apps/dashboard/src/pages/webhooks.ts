import { api } from '../api';
import { errorText, h } from '../dom';
import { fullDate, t, tMaybe } from '../i18n';

const EVENTS = ['comment.published', 'comment.unpublished', 'comment.held'];

/** Endpoints with their health, each one's latest deliveries with a retry button, and a form to add one. */
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
      ...EVENTS.map((e) =>
        h(
          'label',
          { class: 'inline' },
          h('input', { type: 'checkbox', name: 'events', value: e, checked: true }),
          h('span', {}, e),
        ),
      ),
    ),
    h('button', { type: 'submit', class: 'primary' }, t('addEndpoint')),
    status,
  );
  const sections = await Promise.all(items.map((w) => endpointSection(w)));
  main.replaceChildren(h('h1', {}, t('webhooksTitle')), ...sections, form);

  async function endpointSection(w: any): Promise<HTMLElement> {
    const deliveries: any[] = await api('GET', `${base}/${w.id}/deliveries`).catch(() => []);
    const health = !w.enabled
      ? h('span', { class: 'health-bad' }, t('wh.disabled', w.disabledReason ?? ''))
      : w.failingSince
        ? h(
            'span',
            { class: 'health-bad' },
            t('wh.failingSince', fullDate(w.failingSince), w.consecutiveFailures),
          )
        : h('span', { class: 'health-ok' }, t('wh.healthy'));
    const headingId = `wh-${w.id}`;
    return h(
      'section',
      { class: 'endpoint', 'aria-labelledby': headingId },
      h('h2', { id: headingId }, w.url),
      h('p', {}, health, ' · ', (w.events ?? []).join(', ')),
      h(
        'p',
        { class: 'actions' },
        h(
          'button',
          {
            type: 'button',
            onclick: () => void call('PATCH', `${base}/${w.id}`, { enabled: !w.enabled }),
          },
          w.enabled ? t('wh.disable') : t('wh.enable'),
        ),
        h(
          'button',
          { type: 'button', onclick: () => void call('POST', `${base}/${w.id}/rotate-secret`) },
          t('rotateSecret'),
        ),
        h(
          'button',
          { type: 'button', class: 'spam', onclick: () => void call('DELETE', `${base}/${w.id}`) },
          t('delete'),
        ),
      ),
      deliveries.length
        ? h(
            'table',
            {},
            h('caption', {}, t('wh.deliveries')),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                ...(['wh.event', 'wh.status', 'wh.attempts', 'wh.lastAttempt', 'wh.action'] as const).map(
                  (k) => h('th', { scope: 'col' }, t(k)),
                ),
              ),
            ),
            h('tbody', {}, ...deliveries.slice(0, 20).map((d) => deliveryRow(w, d))),
          )
        : h('p', { class: 'help' }, t('wh.noDeliveries')),
    );
  }

  function deliveryRow(w: any, d: any): HTMLElement {
    const last = d.attemptLog?.[d.attemptLog.length - 1];
    const lastText = last
      ? `${fullDate(last.at)} · ${last.statusCode ?? last.error ?? '—'}${d.nextAttemptAt ? ` · ${t('wh.next', fullDate(d.nextAttemptAt))}` : ''}`
      : '—';
    return h(
      'tr',
      {},
      h('td', {}, d.event),
      h('td', {}, tMaybe(`wh.status.${d.status}`, d.status)),
      h('td', {}, String(d.attempts)),
      h('td', {}, lastText),
      h(
        'td',
        {},
        d.status === 'delivered'
          ? ''
          : h(
              'button',
              {
                type: 'button',
                'aria-label': t('wh.retryLabel', d.event, fullDate(d.createdAt)),
                onclick: () => void call('POST', `${base}/${w.id}/deliveries/${d.id}/retry`),
              },
              t('wh.retry'),
            ),
      ),
    );
  }

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
