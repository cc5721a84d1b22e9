import { api } from '../api';
import { errorText, h } from '../dom';
import { Key, t } from '../i18n';

const lines = (list: string[]) => list.join('\n');
const split = (text: string) =>
  text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);

export async function settingsPage(main: HTMLElement, siteId: string): Promise<void> {
  if (!siteId) {
    main.replaceChildren(h('h1', {}, t('settingsHeading')), h('p', {}, t('chooseSite')));
    return;
  }
  const s = await api('GET', `/v1/admin/sites/${encodeURIComponent(siteId)}`);
  const status = h('p', { role: 'status' });
  const field = (label: Key, input: HTMLElement, hint?: Key) =>
    h('label', {}, t(label), input, hint ? h('span', { class: 'help' }, t(hint)) : null);
  const num = (name: string, value: number, step = '1') =>
    h('input', { name, type: 'number', value, step, required: true });
  const form = h(
    'form',
    { class: 'stack', onsubmit: (e: Event) => void save(e) },
    field('field.name', h('input', { name: 'name', value: s.name, required: true })),
    field(
      'field.allowedOrigins',
      h('textarea', { name: 'allowedOrigins', rows: 3 }, lines(s.allowedOrigins)),
      'help.allowedOrigins',
    ),
    field(
      'field.languages',
      h('input', { name: 'languages', value: s.languages.join(', ') }),
      'help.languages',
    ),
    field(
      'field.premoderation',
      h(
        'select',
        { name: 'premoderation' },
        ...(['none', 'first-time', 'all'] as const).map((p) =>
          h('option', { value: p, selected: p === s.premoderation }, t(`premoderation.${p}`)),
        ),
      ),
    ),
    field('field.maxLinks', num('maxLinks', s.maxLinks)),
    field(
      'field.blockedTerms',
      h('textarea', { name: 'blockedTerms', rows: 3 }, lines(s.blockedTerms)),
      'help.blockedTerms',
    ),
    field(
      'field.heldTerms',
      h('textarea', { name: 'heldTerms', rows: 3 }, lines(s.heldTerms)),
      'help.heldTerms',
    ),
    field('field.hold', num('hold', s.spamThresholds.hold, '0.01')),
    field('field.spam', num('spam', s.spamThresholds.spam, '0.01')),
    field('field.minSubmitSeconds', num('minSubmitSeconds', s.minSubmitSeconds)),
    field('field.floodSeconds', num('floodSeconds', s.floodSeconds)),
    field('field.maxBodyLength', num('maxBodyLength', s.maxBodyLength)),
    h(
      'label',
      { class: 'inline' },
      h('input', { type: 'checkbox', name: 'closed', checked: s.closed }),
      t('field.closed'),
    ),
    h('button', { type: 'submit', class: 'primary' }, t('saveSettings')),
    status,
  );
  main.replaceChildren(h('h1', {}, t('settingsOf', s.name)), form);

  async function save(event: Event): Promise<void> {
    event.preventDefault();
    const d = new FormData(form);
    const text = (k: string) => String(d.get(k) ?? '');
    try {
      await api('PATCH', `/v1/admin/sites/${encodeURIComponent(siteId)}`, {
        name: text('name'),
        allowedOrigins: split(text('allowedOrigins')),
        languages: split(text('languages')),
        premoderation: text('premoderation'),
        maxLinks: Number(text('maxLinks')),
        blockedTerms: split(text('blockedTerms')),
        heldTerms: split(text('heldTerms')),
        spamThresholds: { hold: Number(text('hold')), spam: Number(text('spam')) },
        minSubmitSeconds: Number(text('minSubmitSeconds')),
        floodSeconds: Number(text('floodSeconds')),
        maxBodyLength: Number(text('maxBodyLength')),
        closed: d.get('closed') !== null,
      });
      status.className = '';
      status.textContent = t('saved');
    } catch (error) {
      status.className = 'error';
      status.textContent = errorText(error);
    }
  }
}
