import { api, ApiError, Moderator, setCsrfToken, whenLoggedOut } from './api';
import { errorText, h } from './dom';
import { auditPage, moderatorsPage, settingsPage, webhooksPage } from './pages';
import { QueueView } from './queue';

const main = document.getElementById('main')!;
const siteSelect = document.getElementById('site') as HTMLSelectElement;
let me: Moderator | null = null;
let sites: { id: string; name: string }[] = [];
let queue: QueueView | null = null;

const PAGES: { hash: string; label: string; admin?: boolean }[] = [
  { hash: '#queue', label: 'Queue' },
  { hash: '#audit', label: 'Audit' },
  { hash: '#settings', label: 'Settings', admin: true },
  { hash: '#moderators', label: 'Moderators', admin: true },
  { hash: '#webhooks', label: 'Webhooks', admin: true },
];

function showLogin(message = ''): void {
  queue?.unmount();
  queue = null;
  document.getElementById('top')!.hidden = true;
  const error = h('p', { class: 'error', role: 'alert' }, message);
  const form = h(
    'form',
    { class: 'stack login', onsubmit: (e: Event) => void login(e) },
    h('h1', {}, 'Moderator login'),
    h(
      'label',
      {},
      'Email',
      h('input', { name: 'email', type: 'email', autocomplete: 'username', required: true }),
    ),
    h(
      'label',
      {},
      'Password',
      h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true }),
    ),
    h('button', { type: 'submit', class: 'primary' }, 'Log in'),
    error,
  );
  main.replaceChildren(form);
  form.querySelector('input')!.focus();

  async function login(event: Event): Promise<void> {
    event.preventDefault();
    const data = new FormData(form);
    try {
      const session = await api('POST', '/v1/auth/login', {
        email: data.get('email'),
        password: data.get('password'),
      });
      setCsrfToken(session.csrfToken);
      await start();
    } catch (e) {
      error.textContent =
        e instanceof ApiError && e.problem.status === 401 ? 'Wrong email or password.' : errorText(e);
    }
  }
}

async function start(): Promise<void> {
  const session = await api('GET', '/v1/auth/me');
  me = session.moderator as Moderator;
  setCsrfToken(session.csrfToken);
  sites =
    me.role === 'admin'
      ? (await api('GET', '/v1/admin/sites')).items
      : me.siteIds.map((id) => ({ id, name: id }));
  siteSelect.replaceChildren(
    h('option', { value: '' }, 'All my sites'),
    ...sites.map((s) => h('option', { value: s.id }, s.name)),
  );
  document.getElementById('who')!.textContent = `${me.name} (${me.role})`;
  document.getElementById('top')!.hidden = false;
  if (!location.hash) location.hash = '#queue';
  await route();
}

async function route(): Promise<void> {
  if (!me) return;
  const page = PAGES.find((p) => p.hash === location.hash && (!p.admin || me!.role === 'admin')) ?? PAGES[0];
  document
    .getElementById('nav')!
    .replaceChildren(
      ...PAGES.filter((p) => !p.admin || me!.role === 'admin').map((p) =>
        h('a', { href: p.hash, 'aria-current': p === page ? 'page' : undefined }, p.label),
      ),
    );
  queue?.unmount();
  queue = null;
  try {
    if (page.hash === '#queue') {
      queue = new QueueView(() => siteSelect.value);
      queue.mount(main);
    } else if (page.hash === '#audit') await auditPage(main, siteSelect.value);
    else if (page.hash === '#settings') await settingsPage(main, siteSelect.value);
    else if (page.hash === '#moderators') await moderatorsPage(main, sites);
    else await webhooksPage(main, siteSelect.value);
  } catch (error) {
    main.replaceChildren(h('p', { class: 'error', role: 'alert' }, errorText(error)));
  }
}

whenLoggedOut(() => showLogin('Your session ended; please log in again.'));
window.addEventListener('hashchange', () => void route());
siteSelect.addEventListener('change', () => void route());
document.getElementById('logout')!.addEventListener('click', async () => {
  await api('POST', '/v1/auth/logout').catch(() => undefined);
  me = null;
  showLogin();
});
start().catch(() => showLogin());
