import { api } from '../api';
import { errorText, h } from '../dom';
import { fullDate, t } from '../i18n';

interface ApiKeyView {
  id: string;
  name: string;
  keyHint: string;
  learn: boolean;
  revokedAt: string | null;
  lastUsedAt: string | null;
  requests: number;
  flagged: number;
}

/** A site's keys for the drop-in check APIs: create (the key is shown once), see their use, revoke. */
export async function apiKeysPage(main: HTMLElement, siteId: string, justCreated?: string): Promise<void> {
  if (!siteId) {
    main.replaceChildren(h('h1', {}, t('apiKeysTitle')), h('p', {}, t('chooseSite')));
    return;
  }
  const base = `/v1/admin/sites/${encodeURIComponent(siteId)}/api-keys`;
  const status = h('p', { role: 'status' });
  let items: ApiKeyView[] = [];
  try {
    items = (await api('GET', base)).items ?? [];
  } catch (error) {
    status.className = 'error';
    status.textContent = t('apiKeysListFailed', errorText(error));
  }
  const form = h(
    'form',
    { class: 'stack', onsubmit: (e: Event) => void create(e) },
    h('h2', {}, t('addApiKeyTitle')),
    h('label', {}, t('apiKeyName'), h('input', { name: 'name', maxlength: '100' })),
    h('label', { class: 'inline' }, h('input', { type: 'checkbox', name: 'learn' }), t('apiKeyLearn')),
    h('button', { type: 'submit', class: 'primary' }, t('createApiKey')),
    status,
  );
  const rows = items.map((key) =>
    h(
      'tr',
      {},
      h('td', {}, key.name),
      h('td', {}, key.keyHint),
      h('td', {}, key.learn ? t('yes') : t('no')),
      h('td', {}, t('apiKeyUseN', key.requests, key.flagged)),
      h('td', {}, key.lastUsedAt ? fullDate(key.lastUsedAt) : t('apiKeyNever')),
      h(
        'td',
        {},
        key.revokedAt
          ? t('apiKeyRevoked')
          : h(
              'button',
              { type: 'button', class: 'spam', onclick: () => void revoke(key.id) },
              t('revokeApiKey', key.name),
            ),
      ),
    ),
  );
  const headings = [t('name'), t('apiKeyHint'), t('apiKeyLearns'), t('apiKeyUse'), t('apiKeyLastUsed'), ''];
  main.replaceChildren(
    h('h1', {}, t('apiKeysTitle')),
    h('p', {}, t('apiKeysIntro')),
    ...(justCreated
      ? [h('p', { role: 'status' }, t('apiKeyOnce'), h('span', { class: 'secret' }, justCreated))]
      : []),
    h(
      'table',
      {},
      h('thead', {}, h('tr', {}, ...headings.map((label) => h('th', { scope: 'col' }, label)))),
      h('tbody', {}, ...rows),
    ),
    form,
  );

  async function create(event: Event): Promise<void> {
    event.preventDefault();
    const data = new FormData(form);
    try {
      const name = String(data.get('name') ?? '').trim();
      const created = await api('POST', base, {
        ...(name ? { name } : {}),
        learn: data.get('learn') === 'on',
      });
      await apiKeysPage(main, siteId, created.key);
    } catch (error) {
      status.className = 'error';
      status.textContent = errorText(error);
    }
  }

  async function revoke(id: string): Promise<void> {
    try {
      await api('DELETE', `${base}/${encodeURIComponent(id)}`);
      await apiKeysPage(main, siteId);
    } catch (error) {
      status.className = 'error';
      status.textContent = errorText(error);
    }
  }
}
