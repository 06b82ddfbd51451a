import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, installed by `.ci/run`; playwright-core drives it and downloads no browser. */
export const CHROMIUM_PATH = process.env['DELTAHUB_CHROMIUM'] ?? '/usr/bin/chromium';

/**
 * Whether the browser tests run: yes when Chromium is installed; in CI (CI=true) a missing
 * Chromium is an error, elsewhere the tests are skipped with a warning saying so.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env['CI'] === 'true') throw new Error(`Chromium is required in CI at ${CHROMIUM_PATH}`);
  console.warn(
    `Chromium not found at ${CHROMIUM_PATH}: SKIPPING the browser tests of the web pages ` +
      '(apt-get install chromium, or set DELTAHUB_CHROMIUM)',
  );
  return false;
}

/** Launches headless Chromium with no network side traffic (updates, sync, QUIC). */
export function launchChromium(): Promise<Browser> {
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
