import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium } from 'playwright-core';
import { useTestAdmin } from './moderators';
import { TestApp, useTestApp } from './test-app';

/**
 * Debian's headless Chromium (never a downloaded browser), started as every browser test needs it here: no sandbox
 * (we run as root), and no background networking, whose connections this machine's closed network refuses.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

type BuiltApp = 'widget' | 'dashboard';

/**
 * A browser test file's setup: the front-end bundles it needs, the admin account, its own database and app (with
 * the worker unless told otherwise), and Chromium; all closed after the file. Per-file settings (a site of its own,
 * the demo site's origins) go in the file's own `beforeAll`, which runs after this one.
 * `env`, `before` and `mail` go to useTestApp as they are. `build`: "always" rebuilds the bundle (the file tests its latest source), "if-missing" builds it once.
 */
export function useBrowserApp(
  options: {
    build?: Partial<Record<BuiltApp, 'always' | 'if-missing'>>;
    withWorker?: boolean;
    artifacts?: boolean;
  } & Pick<Parameters<typeof useTestApp>[0] & object, 'env' | 'before' | 'mail'> = {},
): TestApp & { readonly browser: Browser } {
  let browser: Browser | undefined;
  beforeAll(() => {
    for (const [app, when] of Object.entries(options.build ?? {}) as [BuiltApp, string][]) {
      const bundle = join(ROOT, 'apps', app, 'dist', app === 'widget' ? 'widget.js' : 'index.html');
      if (when === 'always' || !existsSync(bundle))
        execFileSync(process.execPath, [join(ROOT, 'apps', app, 'build.mjs')], { stdio: 'inherit' });
    }
    if (options.artifacts) mkdirSync(ARTIFACTS, { recursive: true });
    useTestAdmin();
  }, 60000);
  const app = useTestApp({
    withWorker: options.withWorker ?? true,
    env: options.env,
    before: options.before,
    mail: options.mail,
  });
  beforeAll(async () => {
    browser = await launchChromium();
  }, 30000);
  afterAll(async () => {
    await browser?.close();
  });
  return Object.defineProperty(app, 'browser', {
    get() {
      if (!browser) throw new Error('useBrowserApp: the browser is read before beforeAll started it');
      return browser;
    },
  }) as TestApp & { readonly browser: Browser };
}

const ROOT = join(__dirname, '..', '..');
/** Screenshots of the browser tests, for a person to look at (never compared). */
export const ARTIFACTS = join(ROOT, 'test-artifacts');
