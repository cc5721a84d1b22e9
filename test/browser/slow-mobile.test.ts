import { execFileSync } from 'node:child_process';
import { Browser } from 'playwright-core';
import { DEMO_SITE_ID, SitesService } from '@app/comments';
import { wcagViolations } from '../support/axe';
import { launchChromium } from '../support/browser';
import { submitChecked } from '../support/moderation';
import { useTestApp } from '../support/test-app';
import { changeStatus } from '../support/webhook-helpers';

jest.setTimeout(120000);

/** A slow mobile connection and phone, as issue 17 sets the goal: ~400 kbit/s both ways, 400 ms RTT, CPU 4× slower. */
const SLOW_MOBILE = {
  offline: false,
  latency: 400,
  downloadThroughput: (400 * 1000) / 8,
  uploadThroughput: (400 * 1000) / 8,
};
const CPU_SLOWDOWN = Number(process.env.CPU_SLOWDOWN ?? 4);
const COMMENTS = 20;
/** The goal, and the one timing this suite asserts. */
const GOAL_MS = 3000;

/**
 * The demo article on an emulated slow phone: from navigation start until the widget shows the thread's comments
 * and a form one can type into. Measured inside the page (`performance.now()` counts from navigation start).
 */
describe('the demo article on a slow mobile connection', () => {
  const app = useTestApp({ withWorker: true });
  let browser: Browser;

  beforeAll(async () => {
    execFileSync(process.execPath, ['apps/widget/build.mjs', '--no-check'], { stdio: 'inherit' });
    await app.app.get(SitesService).update(DEMO_SITE_ID, { allowedOrigins: [app.url], floodSeconds: 0 });
    for (let i = 0; i < COMMENTS; i++) {
      const { id, status } = await submitChecked(app.url, DEMO_SITE_ID, 'post-1', {
        body: `लावरोव की यात्रा पर मेरी राय संख्या ${i + 1}: भारत को संतुलन बनाए रखना चाहिए।`,
      });
      if (status !== 'published') await changeStatus(app.app, id, 'published');
    }
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it(`shows the comments and a usable form within ${GOAL_MS} ms of navigation at 400 kbit/s, 400 ms RTT, CPU ÷${CPU_SLOWDOWN}`, async () => {
    const context = await browser.newContext({
      locale: 'hi-IN',
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true }); // a first visit: nothing cached
    await cdp.send('Network.emulateNetworkConditions', SLOW_MOBILE);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });

    await page.goto(`${app.url}/demo/post-1`, { waitUntil: 'commit' });
    const ready = await page.waitForFunction(
      (count) => {
        const root = document.querySelector('comment-thread')?.shadowRoot;
        const form = root?.querySelector('form');
        const usable =
          form &&
          !form.querySelector<HTMLButtonElement>('button.submit')?.disabled &&
          form.querySelector('textarea[name=body]');
        const shown = root?.querySelectorAll('.comment-list .comment .body').length ?? 0;
        return usable && shown >= count && performance.now();
      },
      COMMENTS,
      { polling: 50, timeout: 30000 },
    );
    const readyMs = (await ready.jsonValue()) as number;
    const firstPaintMs = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    );
    console.log(
      JSON.stringify(
        await page.evaluate(() =>
          performance.getEntriesByType('resource').map((e) => {
            const r = e as PerformanceResourceTiming;
            return [
              r.name.replace(location.origin, ''),
              Math.round(r.startTime),
              Math.round(r.responseEnd),
              r.encodedBodySize,
            ];
          }),
        ),
      ),
      JSON.stringify(
        await page.evaluate(() => {
          const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          return [n.responseStart, n.responseEnd, n.encodedBodySize, n.domContentLoadedEventEnd];
        }),
      ),
    );
    console.log(
      `slow mobile: first contentful paint ${firstPaintMs?.toFixed(0)} ms, widget comments + form ${readyMs.toFixed(0)} ms after navigation start`,
    );

    // Usable means usable: the reader can type into it.
    const body = page.locator('comment-thread .cm-widget form textarea[name=body]');
    await body.fill('धीमे नेटवर्क पर भी टिप्पणी लिखी जा सकती है।');
    await expect(body.inputValue()).resolves.toBe('धीमे नेटवर्क पर भी टिप्पणी लिखी जा सकती है।');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    expect(await wcagViolations(page)).toEqual([]);
    expect(readyMs).toBeLessThanOrEqual(GOAL_MS);
    await context.close();
  });
});
