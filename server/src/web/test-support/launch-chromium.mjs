// Plain JavaScript so that both the browser tests (through chromium.ts) and
// `node scripts/screenshots.mjs` (no TypeScript at run time) launch Chromium the same way.
import { chromium } from 'playwright-core';

/** Debian's Chromium, installed by `.ci/run`; playwright-core drives it and downloads no browser. */
export const CHROMIUM_PATH = process.env.DELTAHUB_CHROMIUM ?? '/usr/bin/chromium';

/** Launches headless Chromium with no network side traffic (updates, sync, QUIC). */
export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
