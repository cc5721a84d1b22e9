import { api, ApiError, Moderator, setCsrfToken, whenLoggedOut } from './api';
import { errorText, h } from './dom';
import { applyDocumentLang, Key, lang, LANG_NAMES, Lang, onLangChange, setLang, t } from './i18n';
import {
  alertsPage,
  apiKeysPage,
  auditPage,
  moderatorsPage,
  reportedPage,
  settingsPage,
  webhooksPage,
} from './pages/index';
import { QueueView } from './queue';

const main = document.getElementById('main')!;
const siteSelect = document.getElementById('site') as HTMLSelectElement;
let me: Moderator | null = null;
let sites: { id: string; name: string }[] = [];
let queue: QueueView | null = null;
let loginMessage: Key | null = null;

/** Each screen: its hash, its nav label, and how it draws itself. Other screens are added here. */
const PAGES: { hash: string; label: Key; admin?: boolean; show: (site: string) => Promise<void> | void }[] = [
  {
    hash: '#queue',
    label: 'nav.queue',
    show: () => {
      queue = new QueueView(() => siteSelect.value);
      queue.mount(main);
    },
  },
  { hash: '#reported', label: 'nav.reported', show: (site) => reportedPage(main, site) },
  { hash: '#audit', label: 'nav.audit', show: (site) => auditPage(main, site) },
  { hash: '#alerts', label: 'nav.alerts', show: (site) => alertsPage(main, site) },
  { hash: '#settings', label: 'nav.settings', admin: true, show: (site) => settingsPage(main, site) },
  { hash: '#moderators', label: 'nav.moderators', admin: true, show: () => moderatorsPage(main, sites) },
  { hash: '#webhooks', label: 'nav.webhooks', admin: true, show: (site) => webhooksPage(main, site) },
  { hash: '#api-keys', label: 'nav.apiKeys', admin: true, show: (site) => apiKeysPage(main, site) },
];

/** The parts of the header that are the same before and after login: brand, skip link, language switch. */
function renderChrome(): void {
  applyDocumentLang();
  document.getElementById('skip')!.textContent = t('skip');
  document.getElementById('brand')!.textContent = t('brand');
  document.getElementById('nav')!.setAttribute('aria-label', t('sections'));
  document.getElementById('site-label')!.textContent = t('site');
  document.getElementById('logout')!.textContent = t('logout');
  document.getElementById('lang-switch')!.replaceChildren(
    h(
      'span',
      { role: 'group', 'aria-label': `${t('language')} / Language`, class: 'lang-switch' },
      ...(Object.keys(LANG_NAMES) as Lang[]).map((code) =>
        h(
          'button',
          {
            type: 'button',
            lang: code,
            'aria-pressed': String(code === lang()),
            onclick: () => code !== lang() && setLang(code),
          },
          LANG_NAMES[code],
        ),
      ),
    ),
  );
  if (me) {
    document.getElementById('who')!.textContent = t('who', me.name, t(`role.${me.role}`));
    if (siteSelect.options[0]) siteSelect.options[0].textContent = t('allSites');
  }
}

/** Before login only the brand and the language switch show: no site picker, no "Log out". */
function showSessionControls(loggedIn: boolean): void {
  for (const id of ['nav', 'site-pick', 'logout']) document.getElementById(id)!.hidden = !loggedIn;
  // One site needs no picker: every screen uses it.
  if (loggedIn && sites.length === 1) document.getElementById('site-pick')!.hidden = true;
  if (!loggedIn) document.getElementById('who')!.textContent = '';
}

function showLogin(message: Key | null = null): void {
  queue?.unmount();
  queue = null;
  me = null;
  loginMessage = message;
  showSessionControls(false);
  const error = h('p', { class: 'error', role: 'alert' }, message ? t(message) : '');
  const form = h(
    'form',
    { class: 'stack login', onsubmit: (e: Event) => void login(e) },
    h('h1', {}, t('loginTitle')),
    h(
      'label',
      {},
      t('email'),
      h('input', { name: 'email', type: 'email', autocomplete: 'username', required: true }),
    ),
    h(
      'label',
      {},
      t('password'),
      h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true }),
    ),
    h('button', { type: 'submit', class: 'primary' }, t('login')),
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
      const status = e instanceof ApiError ? e.problem.status : 0;
      error.textContent =
        status === 401 ? t('wrongLogin') : status === 429 ? t('tooManyLogins') : errorText(e);
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
    ...(sites.length === 1 ? [] : [h('option', { value: '' }, t('allSites'))]),
    ...sites.map((s) => h('option', { value: s.id }, s.name)),
  );
  showSessionControls(true);
  renderChrome();
  if (!location.hash) location.hash = '#queue';
  await route();
}

async function route(): Promise<void> {
  if (!me) return;
  const visible = PAGES.filter((p) => !p.admin || me!.role === 'admin');
  const page = visible.find((p) => p.hash === location.hash) ?? visible[0];
  document
    .getElementById('nav')!
    .replaceChildren(
      ...visible.map((p) =>
        h('a', { href: p.hash, 'aria-current': p === page ? 'page' : undefined }, t(p.label)),
      ),
    );
  queue?.unmount();
  queue = null;
  try {
    await page.show(siteSelect.value);
  } catch (error) {
    main.replaceChildren(h('p', { class: 'error', role: 'alert' }, errorText(error)));
  }
}

onLangChange(() => {
  renderChrome();
  if (me) void route();
  else showLogin(loginMessage);
});
whenLoggedOut(() => showLogin('sessionEnded'));
window.addEventListener('hashchange', () => void route());
siteSelect.addEventListener('change', () => void route());
document.getElementById('logout')!.addEventListener('click', async () => {
  await api('POST', '/v1/auth/logout').catch(() => undefined);
  showLogin();
});
renderChrome();
start().catch(() => showLogin());
