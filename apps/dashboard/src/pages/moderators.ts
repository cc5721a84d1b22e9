import { api } from '../api';
import { errorText, h } from '../dom';
import { t, tMaybe } from '../i18n';

export async function moderatorsPage(
  main: HTMLElement,
  sites: { id: string; name: string }[],
): Promise<void> {
  const { items } = await api('GET', '/v1/admin/moderators');
  const status = h('p', { role: 'status' });
  const form = h(
    'form',
    { class: 'stack', onsubmit: (e: Event) => void create(e) },
    h('h2', {}, t('addModeratorTitle')),
    h(
      'label',
      {},
      t('email'),
      h('input', { name: 'email', type: 'email', required: true, autocomplete: 'off' }),
    ),
    h('label', {}, t('name'), h('input', { name: 'name' })),
    h(
      'label',
      {},
      t('newPassword'),
      h('input', {
        name: 'password',
        type: 'password',
        minlength: 10,
        required: true,
        autocomplete: 'new-password',
      }),
    ),
    h(
      'label',
      {},
      t('role'),
      h(
        'select',
        { name: 'role' },
        h('option', { value: 'moderator' }, t('role.moderator')),
        h('option', { value: 'admin' }, t('role.admin')),
      ),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, t('sites')),
      ...sites.map((s) =>
        h('label', { class: 'inline' }, h('input', { type: 'checkbox', name: 'sites', value: s.id }), s.name),
      ),
    ),
    h('button', { type: 'submit', class: 'primary' }, t('addModerator')),
    status,
  );
  main.replaceChildren(
    h('h1', {}, t('moderatorsTitle')),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...[t('name'), t('email'), t('role'), t('sites')].map((label) => h('th', { scope: 'col' }, label)),
        ),
      ),
      h(
        'tbody',
        {},
        ...items.map((m: any) =>
          h(
            'tr',
            {},
            h('td', {}, m.name),
            h('td', {}, m.emailMasked),
            h('td', {}, tMaybe(`role.${m.role}`, m.role)),
            h('td', {}, m.role === 'admin' ? t('allSitesCell') : m.sites.join(', ')),
          ),
        ),
      ),
    ),
    form,
  );

  async function create(event: Event): Promise<void> {
    event.preventDefault();
    const d = new FormData(form);
    try {
      await api('POST', '/v1/admin/moderators', {
        email: d.get('email'),
        name: d.get('name') || undefined,
        password: d.get('password'),
        role: d.get('role'),
        sites: d.getAll('sites'),
      });
      await moderatorsPage(main, sites);
    } catch (error) {
      status.className = 'error';
      status.textContent = errorText(error);
    }
  }
}
