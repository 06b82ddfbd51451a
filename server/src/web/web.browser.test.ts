import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, makeDelta } from '@deltahub/testing';
import { startTestHub, type TestHub } from '../test-support/hub.js';
import { chromiumAvailable, launchChromium } from './test-support/chromium.js';
import { seedDelta } from './test-support/web.js';

const EVIL_CARD = [
  '---',
  'tags: ["<img src=x onerror=alert(1)>"]',
  '---',
  '# Card with payloads',
  '<script>alert(2)</script>',
  '<img src="/nothing.png" onerror="alert(3)">',
  '<a href="javascript:alert(4)" id="js-link">click me</a>',
  '<svg><g onload="alert(5)"></g></svg>',
  '<details open ontoggle="alert(6)"><summary>s</summary></details>',
  '',
].join('\n');

describe.skipIf(!chromiumAvailable())('web pages in headless Chromium', () => {
  let hub: TestHub;
  let browser: Browser;
  let aliceToken: string;

  beforeAll(async () => {
    hub = await startTestHub({ db: 'sqlite', storage: 'fs' });
    aliceToken = await hub.user('alice');
    const alice = new ApiClient(hub.url, aliceToken);
    await seedDelta(alice, 'alice/bert-lora-sst2', {
      card: '---\nlicense: mit\n---\n# BERT LoRA for SST-2\nSentiment classification.\n',
    });
    await seedDelta(alice, 'alice/secret-delta', { private: true, seed: 2 });
    await seedDelta(alice, 'alice/evil-card', {
      card: EVIL_CARD,
      seed: 3,
      config: { task: '<script>alert(7)</script>' },
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  /** A fresh browser context (no cookies) and page; `dialogs` collects any alert() that ran. */
  async function newPage(): Promise<{ page: Page; dialogs: string[] }> {
    const context = await browser.newContext({ acceptDownloads: true, baseURL: hub.url });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    return { page, dialogs };
  }

  it('searches, opens a delta and downloads one of its files', async () => {
    const { page } = await newPage();
    await page.goto('/');
    await page.getByLabel('Search deltas').first().fill('sst2');
    await page.getByLabel('Search deltas').first().press('Enter');
    await page.waitForURL(/\/search\?q=sst2/);
    await page.getByRole('link', { name: 'alice/bert-lora-sst2' }).first().click();
    await page.waitForURL(/\/alice\/bert-lora-sst2$/);
    await expect(page.locator('.markdown h2').textContent()).resolves.toBe('BERT LoRA for SST-2');
    await expect(page.locator('.tensors tbody tr').count()).resolves.toBe(2);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'delta.safetensors' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('delta.safetensors');
    const bytes = new Uint8Array(await readFile(await download.path()));
    expect(bytes).toEqual(makeDelta(1)['delta.safetensors']);
  });

  it('copies the usage snippet with the copy button (the bundled script runs under the CSP)', async () => {
    const { page } = await newPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: hub.url });
    await page.goto('/alice/bert-lora-sst2');
    await page.getByRole('button', { name: 'Copy' }).click();
    // The label changes once the clipboard write has resolved.
    await page.getByRole('button', { name: 'Copied' }).waitFor();
    const copied = (await page.evaluate('navigator.clipboard.readText()')) as string;
    expect(copied).toContain('AutoDeltaModel.fromFinetuned("alice/bert-lora-sst2"');
  });

  it('hides a private delta when logged out (404, absent from search) and shows it after login', async () => {
    const { page } = await newPage();
    const hidden = await page.goto('/alice/secret-delta');
    expect(hidden?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    await page.goto('/search?author=alice');
    await expect(page.getByRole('link', { name: 'alice/secret-delta' }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'alice/bert-lora-sst2' }).count()).resolves.toBe(1);

    await page.getByRole('link', { name: 'Log in' }).click();
    await page.getByLabel('Access token').fill(aliceToken);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(`${hub.url}/`);
    await expect(page.getByRole('link', { name: 'alice', exact: true }).count()).resolves.toBe(1);

    const shown = await page.goto('/alice/secret-delta');
    expect(shown?.status()).toBe(200);
    await expect(page.locator('.delta-head .badge-private').textContent()).resolves.toBe('private');
    await page.goto('/search?author=alice');
    await expect(page.getByRole('link', { name: 'alice/secret-delta' }).count()).resolves.toBe(1);
    await page.goto('/alice/secret-delta');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'delta_config.json' }).click(),
    ]);
    const config = JSON.parse(await readFile(await download.path(), 'utf8')) as { deltaType: string };
    expect(config.deltaType).toBe('lora');

    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL(`${hub.url}/`);
    expect((await page.goto('/alice/secret-delta'))?.status()).toBe(404);
  });

  it('renders script and event-handler payloads inert', async () => {
    const { page, dialogs } = await newPage();
    await page.goto('/alice/evil-card');
    await page.waitForLoadState('load');
    await expect(page.locator('.markdown h2').textContent()).resolves.toBe('Card with payloads');
    // Payloads in metadata are visible as text; the card's markup lost its scripts and handlers.
    await expect(page.locator('.tag').first().textContent()).resolves.toBe('<img src=x onerror=alert(1)>');
    await expect(page.locator('.delta-head').textContent()).resolves.toContain('<script>alert(7)</script>');
    await expect(
      page.locator('.markdown script, .markdown [onerror], .markdown [onload], .markdown [ontoggle]').count(),
    ).resolves.toBe(0);
    await expect(page.locator('#js-link, .markdown a[href^="javascript:"]').count()).resolves.toBe(0);
    await page.getByText('click me').click();
    await page.goto('/search?q=%3Cimg%20src%3Dx%20onerror%3Dalert(8)%3E');
    await expect(page.locator('#q').inputValue()).resolves.toBe('<img src=x onerror=alert(8)>');
    expect(dialogs).toEqual([]);
  });
  it('labels every form control and lets the keyboard skip to the content', async () => {
    const { page } = await newPage();
    for (const path of ['/', '/search?q=sst2', '/login', '/alice/bert-lora-sst2']) {
      await page.goto(path);
      // A string script: the server's TypeScript has no DOM types.
      const unlabelled = (await page.evaluate(
        `[...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
          .filter((e) => !e.labels?.length && !e.getAttribute('aria-label'))
          .map((e) => e.outerHTML)`,
      )) as string[];
      expect(unlabelled, path).toEqual([]);
    }
    await page.goto('/alice/bert-lora-sst2');
    await page.keyboard.press('Tab');
    await expect(page.evaluate('document.activeElement.textContent')).resolves.toBe('Skip to content');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#main$/);
    await page.keyboard.press('Tab');
    // The next stop is inside the main content, past the top bar.
    await expect(page.evaluate("document.activeElement.closest('main') !== null")).resolves.toBe(true);
  });
});
