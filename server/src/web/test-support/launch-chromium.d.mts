import type { Browser } from 'playwright-core';

/** Debian's Chromium, installed by `.ci/run`; playwright-core drives it and downloads no browser. */
export declare const CHROMIUM_PATH: string;

/** Launches headless Chromium with no network side traffic (updates, sync, QUIC). */
export declare function launchChromium(): Promise<Browser>;
