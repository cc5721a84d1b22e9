import { api } from './api';
import { errorText, h } from './dom';

export async function auditPage(main: HTMLElement, siteId: string): Promise<void> {
  const page = await api(
    'GET',
    `/v1/moderation/audit?limit=100${siteId ? `&siteId=${encodeURIComponent(siteId)}` : ''}`,
  );
  main.replaceChildren(
    h('h1', {}, 'Audit log'),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...['When', 'Who', 'Action', 'From → to', 'Comment', 'Note'].map((t) =>
            h('th', { scope: 'col' }, t),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        ...page.items.map((e: any) =>
          h(
            'tr',
            {},
            h('td', {}, h('time', { datetime: e.at }, new Date(e.at).toLocaleString())),
            h('td', {}, e.moderator.name),
            h('td', {}, e.action),
            h('td', {}, e.from ? `${e.from} → ${e.to}` : '—'),
            h('td', {}, h('code', {}, e.commentId)),
            h('td', {}, e.note ?? ''),
          ),
        ),
      ),
    ),
  );
}

const lines = (list: string[]) => list.join('\n');
const split = (text: string) =>
  text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);

export async function settingsPage(main: HTMLElement, siteId: string): Promise<void> {
  if (!siteId) {
    main.replaceChildren(h('h1', {}, 'Site settings'), h('p', {}, 'Choose a site above.'));
    return;
  }
  const s = await api('GET', `/v1/admin/sites/${encodeURIComponent(siteId)}`);
  const status = h('p', { role: 'status' });
  const field = (label: string, input: HTMLElement, hint?: string) =>
    h('label', {}, label, input, hint ? h('span', { class: 'help' }, hint) : null);
  const num = (name: string, value: number, step = '1') =>
    h('input', { name, type: 'number', value, step, required: true });
  const form = h(
    'form',
    { class: 'stack', onsubmit: (e: Event) => void save(e) },
    field('Name', h('input', { name: 'name', value: s.name, required: true })),
    field(
      'Allowed origins',
      h('textarea', { name: 'allowedOrigins', rows: 3 }, lines(s.allowedOrigins)),
      'One per line, e.g. https://news.example',
    ),
    field(
      'Languages',
      h('input', { name: 'languages', value: s.languages.join(', ') }),
      'ISO codes, e.g. hi, en; empty accepts any',
    ),
    field(
      'Pre-moderation',
      h(
        'select',
        { name: 'premoderation' },
        ...['none', 'first-time', 'all'].map((p) =>
          h('option', { value: p, selected: p === s.premoderation }, p),
        ),
      ),
    ),
    field('Link limit', num('maxLinks', s.maxLinks)),
    field(
      'Blocked terms',
      h('textarea', { name: 'blockedTerms', rows: 3 }, lines(s.blockedTerms)),
      'One per line; a match rejects',
    ),
    field(
      'Held terms',
      h('textarea', { name: 'heldTerms', rows: 3 }, lines(s.heldTerms)),
      'One per line; a match holds for review',
    ),
    field('Spam score to hold (0–1)', num('hold', s.spamThresholds.hold, '0.01')),
    field('Spam score for spam (0–1)', num('spam', s.spamThresholds.spam, '0.01')),
    field('Minimum seconds to write', num('minSubmitSeconds', s.minSubmitSeconds)),
    field('Flood interval (seconds, 0 off)', num('floodSeconds', s.floodSeconds)),
    field('Longest comment (characters)', num('maxBodyLength', s.maxBodyLength)),
    h(
      'label',
      { class: 'inline' },
      h('input', { type: 'checkbox', name: 'closed', checked: s.closed }),
      'Closed to new comments',
    ),
    h('button', { type: 'submit', class: 'primary' }, 'Save settings'),
    status,
  );
  main.replaceChildren(h('h1', {}, `Settings of ${s.name}`), form);

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
      status.textContent = 'Saved.';
    } catch (error) {
      status.className = 'error';
      status.textContent = errorText(error);
    }
  }
}

export async function moderatorsPage(
  main: HTMLElement,
  sites: { id: string; name: string }[],
): Promise<void> {
  const { items } = await api('GET', '/v1/admin/moderators');
  const status = h('p', { role: 'status' });
  const form = h(
    'form',
    { class: 'stack', onsubmit: (e: Event) => void create(e) },
    h('h2', {}, 'Add a moderator'),
    h(
      'label',
      {},
      'Email',
      h('input', { name: 'email', type: 'email', required: true, autocomplete: 'off' }),
    ),
    h('label', {}, 'Name', h('input', { name: 'name' })),
    h(
      'label',
      {},
      'Password (10 characters or more)',
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
      'Role',
      h(
        'select',
        { name: 'role' },
        h('option', { value: 'moderator' }, 'moderator'),
        h('option', { value: 'admin' }, 'admin'),
      ),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Sites'),
      ...sites.map((s) =>
        h('label', { class: 'inline' }, h('input', { type: 'checkbox', name: 'sites', value: s.id }), s.name),
      ),
    ),
    h('button', { type: 'submit', class: 'primary' }, 'Add moderator'),
    status,
  );
  main.replaceChildren(
    h('h1', {}, 'Moderators'),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h('tr', {}, ...['Name', 'Email', 'Role', 'Sites'].map((t) => h('th', { scope: 'col' }, t))),
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
            h('td', {}, m.role),
            h('td', {}, m.role === 'admin' ? 'all' : m.sites.join(', ')),
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

export async function webhooksPage(main: HTMLElement, siteId: string): Promise<void> {
  if (!siteId) {
    main.replaceChildren(h('h1', {}, 'Webhooks'), h('p', {}, 'Choose a site above.'));
    return;
  }
  const base = `/v1/admin/sites/${encodeURIComponent(siteId)}/webhooks`;
  const status = h('p', { role: 'status' });
  let items: any[] = [];
  try {
    const listed = await api('GET', base);
    items = Array.isArray(listed) ? listed : (listed.items ?? []);
  } catch (error) {
    status.textContent = `Could not list webhooks: ${errorText(error)}`;
  }
  const events = ['comment.published', 'comment.unpublished', 'comment.held'];
  const form = h(
    'form',
    { class: 'stack', onsubmit: (e: Event) => void create(e) },
    h('h2', {}, 'Add an endpoint'),
    h(
      'label',
      {},
      'URL',
      h('input', { name: 'url', type: 'url', required: true, placeholder: 'https://example.org/hooks' }),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Events'),
      ...events.map((e) =>
        h(
          'label',
          { class: 'inline' },
          h('input', { type: 'checkbox', name: 'events', value: e, checked: true }),
          e,
        ),
      ),
    ),
    h('button', { type: 'submit', class: 'primary' }, 'Add endpoint'),
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
          'Rotate secret',
        ),
        ' ',
        h(
          'button',
          { type: 'button', class: 'spam', onclick: () => void call('DELETE', `${base}/${w.id}`) },
          'Delete',
        ),
      ),
    ),
  );
  main.replaceChildren(
    h('h1', {}, 'Webhooks'),
    h(
      'table',
      {},
      h('thead', {}, h('tr', {}, ...['URL', 'Events', ''].map((t) => h('th', { scope: 'col' }, t)))),
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
          h('p', { role: 'status' }, 'Secret (shown once): ', h('span', { class: 'secret' }, result.secret)),
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
