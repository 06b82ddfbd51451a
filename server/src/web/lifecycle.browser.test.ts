import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, makeDelta } from '@deltahub/testing';
import { startTestHub, type TestHub } from '../test-support/hub.js';
import { chromiumAvailable, launchChromium } from './test-support/chromium.js';
import { seedDelta } from './test-support/web.js';

/** More commits than one page of the history (30). */
const COMMITS = 33;

describe.skipIf(!chromiumAvailable())('repo history and settings pages in headless Chromium', () => {
  let hub: TestHub;
  let browser: Browser;
  let aliceToken: string;
  let bobToken: string;
  let alice: ApiClient;

  beforeAll(async () => {
    hub = await startTestHub({ db: 'sqlite', storage: 'fs' });
    aliceToken = await hub.user('alice');
    bobToken = await hub.user('bob');
    alice = new ApiClient(hub.url, aliceToken);
    let revision = await seedDelta(alice, 'alice/long-history');
    for (let i = 1; i < COMMITS; i++) {
      const pushed = await alice.push('alice/long-history', makeDelta(10 + i), {
        parent: revision,
        message: `training run ${i}\n\nlearning rate ${i}e-4`,
      });
      revision = pushed.body.revision;
    }
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  /** A fresh browser context, logged in with `token` when given. */
  async function newPage(token?: string): Promise<Page> {
    const context = await browser.newContext({ baseURL: hub.url });
    const page = await context.newPage();
    if (token) {
      await page.goto('/login');
      await page.getByLabel('Access token').fill(token);
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.waitForURL(`${hub.url}/`);
    }
    return page;
  }

  it('pages through the history of a ref from the History tab', async () => {
    const page = await newPage();
    await page.goto('/alice/long-history');
    await expect(page.getByRole('link', { name: 'Settings' }).count()).resolves.toBe(0);
    await page.locator('.tabs').getByRole('link', { name: 'History' }).click();
    await page.waitForURL(/\/alice\/long-history\/commits\/main$/);
    const titles = page.locator('.commit strong');
    await expect(titles.count()).resolves.toBe(30);
    await expect(titles.first().textContent()).resolves.toBe(`training run ${COMMITS - 1}`);
    await expect(page.locator('.commit-body').first().textContent()).resolves.toBe(
      `learning rate ${COMMITS - 1}e-4`,
    );
    await page.getByRole('link', { name: 'Older commits →' }).click();
    await expect(titles.count()).resolves.toBe(COMMITS - 30);
    await expect(titles.last().textContent()).resolves.toBe('first version of alice/long-history');
    await expect(page.getByRole('link', { name: 'Older commits →' }).count()).resolves.toBe(0);
  });

  it('shows the settings tab to the owner only; strangers get 403 and private repos 404', async () => {
    await seedDelta(alice, 'alice/guarded', { seed: 3 });
    const bob = await newPage(bobToken);
    await bob.goto('/alice/guarded');
    await expect(bob.getByRole('link', { name: 'Settings' }).count()).resolves.toBe(0);
    expect((await bob.goto('/alice/guarded/settings'))?.status()).toBe(403);

    const owner = await newPage(aliceToken);
    await owner.goto('/alice/guarded');
    await owner.getByRole('link', { name: 'Settings' }).click();
    await owner.waitForURL(/\/alice\/guarded\/settings$/);
    await owner.getByRole('button', { name: 'Make private' }).click();
    await owner.waitForURL(/\/alice\/guarded\/settings$/);
    await expect(owner.locator('.delta-head .badge-private').textContent()).resolves.toBe('private');
    expect((await bob.goto('/alice/guarded'))?.status()).toBe(404);
    expect((await bob.goto('/alice/guarded/settings'))?.status()).toBe(404);
    expect((await (await newPage()).goto('/alice/guarded/settings'))?.url()).toMatch(/\/login\?next=/);
    await owner.getByRole('button', { name: 'Make public' }).click();
    await owner.waitForURL(/\/alice\/guarded\/settings$/);
    expect((await bob.goto('/alice/guarded'))?.status()).toBe(200);
  });

  it('renames a repo (the old page redirects) and deletes it only after the name is typed', async () => {
    await seedDelta(alice, 'alice/short-lived', { seed: 4 });
    const page = await newPage(aliceToken);
    await page.goto('/alice/short-lived/settings');
    await page.getByLabel('New name (owner/name)').fill('alice/renamed-delta');
    await page.getByRole('button', { name: 'Move' }).click();
    await page.waitForURL(/\/alice\/renamed-delta\/settings$/);
    await page.goto('/alice/short-lived');
    expect(page.url()).toBe(`${hub.url}/alice/renamed-delta`);
    await expect(page.locator('h1').textContent()).resolves.toBe('alice/renamed-delta');

    await page.goto('/alice/renamed-delta/settings');
    await page.getByLabel('Repository name').fill('alice/wrong');
    await page.getByRole('button', { name: 'Delete alice/renamed-delta' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      'Not deleted: type alice/renamed-delta exactly to confirm.',
    );
    expect((await alice.json('GET', '/api/repos/alice/renamed-delta')).status).toBe(200);
    await page.getByLabel('Repository name').fill('alice/renamed-delta');
    await page.getByRole('button', { name: 'Delete alice/renamed-delta' }).click();
    await page.waitForURL(`${hub.url}/alice`);
    await expect(page.getByRole('link', { name: 'alice/renamed-delta' }).count()).resolves.toBe(0);
    expect((await alice.json('GET', '/api/repos/alice/renamed-delta')).status).toBe(404);
    expect((await page.goto('/alice/short-lived'))?.status()).toBe(404);
  });
});
