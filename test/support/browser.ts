import { Browser, chromium } from 'playwright-core';

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
