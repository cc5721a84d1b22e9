import { buildSync } from 'esbuild';
import { Page } from 'playwright-core';
import { useBrowserApp } from '../support/browser';
import { CommentsRepository, DEMO_SITE_ID, SitesService } from '@app/comments';
import { wcagViolations } from '../support/axe';
import { waitFor } from '../support/test-app';

const W = 'comment-thread .cm-widget';
/** The widget's own solver (apps/widget/src/pow.ts), bundled alone so the test can time it in the page. */
const SOLVER =
  buildSync({
    entryPoints: ['apps/widget/src/pow.ts'],
    bundle: true,
    format: 'iife',
    globalName: 'cmPow',
    write: false,
  }).outputFiles[0].text + ';globalThis.cmPow = cmPow;';
const ROUNDS = 12;

jest.setTimeout(90000);

/** The optional proof-of-work (site setting proofOfWork) in headless Chromium, on and off, with and without JS. */
describe('proof-of-work in a browser (issue 13)', () => {
  const api = useBrowserApp({ build: { widget: 'if-missing' } });

  beforeAll(async () => {
    await sites().update(DEMO_SITE_ID, { allowedOrigins: [api.url], floodSeconds: 0, minSubmitSeconds: 0 });
  });

  const sites = () => api.app.get(SitesService);
  const comments = () => api.app.get(CommentsRepository);

  async function open(javaScript = true): Promise<Page> {
    const context = await api.browser.newContext({ javaScriptEnabled: javaScript, locale: 'hi-IN' });
    const page = await context.newPage();
    await page.goto(`${api.url}/demo/post-1`);
    if (javaScript) await page.locator(`${W} h2`).first().waitFor();
    return page;
  }

  /** Posts through the widget and answers the stored comment once the worker has checked it. */
  async function postThroughWidget(page: Page, body: string) {
    const form = page.locator(`${W} form`);
    await form.locator('textarea[name=body]').fill(body);
    await form.locator('input[name=authorName]').fill('अनीता');
    await form.locator('input[name=authorEmail]').fill(`anita${Date.now()}@example.org`);
    const posted = page.waitForResponse(
      (r) => r.url().endsWith('/comments') && r.request().method() === 'POST',
    );
    await page.locator(`${W} button.submit`).click();
    const { id } = (await (await posted).json()) as { id: string };
    return waitFor(
      async () => {
        const row = await comments().findById(id);
        return row && row.status !== 'queued' && row;
      },
      { what: 'the comment to be checked' },
    );
  }

  it('asks for nothing when the site has it off', async () => {
    await sites().update(DEMO_SITE_ID, { proofOfWork: false });
    const page = await open();
    const row = await postThroughWidget(page, 'आज की रिपोर्ट अच्छी लगी, नगर निगम को जवाब देना चाहिए।');
    expect(row.proofOfWork).toBeNull();
    expect(row.status).toBe('published');
    await expect(wcagViolations(page)).resolves.toEqual([]);
    await page.context().close();
  });

  it('solves the challenge in the widget when the site asks, and the no-JS form still posts (as evidence only)', async () => {
    await sites().update(DEMO_SITE_ID, { proofOfWork: true });
    const page = await open();
    const row = await postThroughWidget(page, 'बारिश से पहले नालों की सफाई हो जाए तो अच्छा रहेगा।');
    expect(row.proofOfWork).toBe('solved');
    expect(row.status).toBe('published');
    await expect(wcagViolations(page)).resolves.toEqual([]);
    await page.context().close();

    const noJs = await open(false);
    await noJs.locator('#body').fill('बिना जावास्क्रिप्ट के भी टिप्पणी पहुँचनी चाहिए, धन्यवाद।');
    await noJs.locator('#authorName').fill('कविता');
    await noJs.locator('#authorEmail').fill('kavita.pow@example.org');
    await Promise.all([noJs.waitForURL(/#comment-[0-9a-f-]{36}$/), noJs.locator('button.submit').click()]);
    const id = new URL(noJs.url()).hash.replace('#comment-', '');
    const stored = await waitFor(
      async () => {
        const found = await comments().findById(id);
        return found && found.status !== 'queued' && found;
      },
      { what: 'the no-JS comment to be checked' },
    );
    expect(stored.proofOfWork).toBe('missing');
    expect(stored.status).not.toBe('spam');
    await noJs.context().close();
  });

  it('costs a phone-speed CPU (4x throttled) well under a second; the figure is printed, not asserted', async () => {
    await sites().update(DEMO_SITE_ID, { proofOfWork: true });
    const page = await open();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.evaluate(SOLVER);
    const url = `${api.url}/v1/sites/${DEMO_SITE_ID}/pow-challenge`;
    const times = await page.evaluate(
      async ({ url, rounds }) => {
        const solve = (
          globalThis as unknown as { cmPow: { solveProofOfWork(u: string): Promise<string | null> } }
        ).cmPow.solveProofOfWork;
        const out: { ms: number; solved: boolean }[] = [];
        for (let i = 0; i < rounds; i++) {
          const started = performance.now();
          const payload = await solve(url);
          out.push({ ms: performance.now() - started, solved: payload !== null });
        }
        return out;
      },
      { url, rounds: ROUNDS },
    );
    expect(times.every((t) => t.solved)).toBe(true);
    const sorted = times.map((t) => t.ms).sort((a, b) => a - b);
    console.log(
      `proof-of-work, Chromium at 4x CPU throttling, ${ROUNDS} challenges (fetch + solve): median ${sorted[Math.floor(ROUNDS / 2)].toFixed(0)} ms, max ${sorted[ROUNDS - 1].toFixed(0)} ms`,
    );
    await page.context().close();
  });
});
