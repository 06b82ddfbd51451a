import { existsSync } from 'node:fs';
import { isCi } from '@deltahub/testing';
import { CHROMIUM_PATH } from './launch-chromium.mjs';

export { CHROMIUM_PATH, launchChromium } from './launch-chromium.mjs';

/**
 * Whether the browser tests run: yes when Chromium is installed; in CI ({@link isCi}) a missing
 * Chromium is an error, elsewhere the tests are skipped with a warning saying so.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (isCi()) throw new Error(`Chromium is required in CI at ${CHROMIUM_PATH}`);
  console.warn(
    `Chromium not found at ${CHROMIUM_PATH}: SKIPPING the browser tests of the web pages ` +
      '(apt-get install chromium, or set DELTAHUB_CHROMIUM)',
  );
  return false;
}
