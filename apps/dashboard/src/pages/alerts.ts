import { api } from '../api';
import { h } from '../dom';
import { t } from '../i18n';

/** The moderator's own opt-in to the mail digest of what waits on a site (PUT /v1/moderation/alerts). */
export async function alertsPage(main: HTMLElement, siteId: string): Promise<void> {
  if (!siteId) {
    main.replaceChildren(h('h1', {}, t('alertsTitle')), h('p', {}, t('chooseSite')));
    return;
  }
  const query = `?siteId=${encodeURIComponent(siteId)}`;
  const pref = await api('GET', `/v1/moderation/alerts${query}`);
  const status = h('p', { role: 'status' });
  const box = h('input', { type: 'checkbox', name: 'digest', checked: pref.digest });
  box.addEventListener('change', async () => {
    status.textContent = '';
    try {
      await api('PUT', '/v1/moderation/alerts', { siteId, digest: box.checked });
      status.textContent = t('saved');
    } catch (error) {
      box.checked = !box.checked;
      status.textContent = (error as Error).message;
    }
  });
  main.replaceChildren(
    h('h1', {}, t('alertsTitle')),
    h('p', {}, t('alertsExplain', pref.alertDigestMinutes)),
    h('label', { class: 'inline' }, box, h('span', {}, t('alertsDigest'))),
    status,
  );
}
