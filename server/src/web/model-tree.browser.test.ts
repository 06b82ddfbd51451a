import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRepo, uploadFiles } from '@huggingface/hub';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '@deltahub/testing';
import { HF_TINY, PEFT_FIXTURES } from '@deltahub/testing/fixtures';
import { startTestHub, type TestHub } from '../test-support/hub.js';
import { chromiumAvailable, launchChromium } from './test-support/chromium.js';
import { seedDelta } from './test-support/web.js';

const BACKBONE = {
  architecture: 'bert',
  modelClass: 'BertModel',
  nameOrPath: 'alice/tiny-bert',
  structureFingerprint: 'a'.repeat(64),
  weightsFingerprint: 'b'.repeat(64),
  totalParameters: 10,
};
/** Hyperparameters whose JSON is one long word: it must wrap inside the card's table. */
const LONG_HYPERPARAMETERS = {
  rankPattern: Object.fromEntries(
    Array.from({ length: 12 }, (_, i) => [`encoder.layer.${i}.attention.self.query`, 8 + i]),
  ),
};
const GENERATED_CARD = [
  '---',
  'base_model: alice/tiny-bert',
  'library_name: deltahub',
  'tags: [deltahub, lora]',
  '---',
  '# tree-lora',
  '',
  '## Delta',
  '',
  '| | |',
  '|---|---|',
  `| Hyperparameters | \`${JSON.stringify(LONG_HYPERPARAMETERS)}\` |`,
  '',
  '## Usage',
  '',
  '```ts',
  "const delta = await AutoDeltaModel.fromFinetuned('alice/tree-lora', { backboneModel: backbone });",
  '```',
  '',
].join('\n');

describe.skipIf(!chromiumAvailable())(
  'the model tree and PEFT adapters on the pages, in headless Chromium',
  () => {
    let hub: TestHub;
    let browser: Browser;
    let aliceToken: string;
    let bobToken: string;

    beforeAll(async () => {
      hub = await startTestHub({ db: 'sqlite', storage: 'fs' });
      aliceToken = await hub.user('alice');
      bobToken = await hub.user('bob');
      // The base model: a backbone uploaded as the Hugging Face clients do (no delta config).
      await createRepo({ repo: 'alice/tiny-bert', hubUrl: hub.url, accessToken: aliceToken });
      await uploadFiles({
        repo: 'alice/tiny-bert',
        hubUrl: hub.url,
        accessToken: aliceToken,
        files: await Promise.all(
          ['config.json', 'model.safetensors'].map(async (path) => ({
            path,
            content: new Blob([await readFile(join(HF_TINY, 'bert', path))]),
          })),
        ),
      });
      const alice = new ApiClient(hub.url, aliceToken);
      await seedDelta(alice, 'alice/tree-lora', {
        card: GENERATED_CARD,
        config: { backbone: BACKBONE, hyperparameters: LONG_HYPERPARAMETERS },
      });
      await seedDelta(new ApiClient(hub.url, bobToken), 'bob/secret-adapter', {
        private: true,
        seed: 2,
        config: { backbone: BACKBONE },
      });
      // A PEFT adapter uploaded from Python: adapter_config.json + adapter_model.safetensors only.
      const fixture = join(PEFT_FIXTURES, 'bert_lora');
      const config = JSON.parse(await readFile(join(fixture, 'adapter_config.json'), 'utf8')) as object;
      await createRepo({ repo: 'alice/peft-lora', hubUrl: hub.url, accessToken: aliceToken });
      await uploadFiles({
        repo: 'alice/peft-lora',
        hubUrl: hub.url,
        accessToken: aliceToken,
        files: [
          {
            path: 'adapter_config.json',
            content: new Blob([JSON.stringify({ ...config, base_model_name_or_path: 'alice/tiny-bert' })]),
          },
          {
            path: 'adapter_model.safetensors',
            content: new Blob([await readFile(join(fixture, 'adapter_model.safetensors'))]),
          },
        ],
      });
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      await hub?.stop();
    });

    async function newPage(token?: string): Promise<Page> {
      const context = await browser.newContext({ baseURL: hub.url, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      if (token) {
        await page.goto('/login');
        await page.getByLabel('Access token').fill(token);
        await page.getByRole('button', { name: 'Log in' }).click();
        await page.waitForURL((url) => url.pathname !== '/login');
      }
      return page;
    }

    it("a delta links its base model to the base model's page, which lists its deltas", async () => {
      const page = await newPage();
      await page.goto('/alice/tree-lora');
      await page.getByRole('link', { name: 'alice/tiny-bert' }).first().click();
      await page.waitForURL(/\/alice\/tiny-bert$/);
      const tree = page.getByRole('region', { name: 'Deltas of this model' });
      await expect(tree.getByRole('link').allTextContents()).resolves.toEqual(
        expect.arrayContaining(['alice/tree-lora', 'alice/peft-lora']),
      );
      // A full model's page says how to load the model, not a delta.
      await expect(page.getByRole('heading', { name: 'Use this model' }).count()).resolves.toBe(1);
      await expect(page.locator('#usage-code').textContent()).resolves.toContain(
        'AutoModel.fromPretrained("alice/tiny-bert")',
      );
      await expect(
        page.getByRole('heading', { name: 'Other deltas for this backbone' }).count(),
      ).resolves.toBe(0);
      // bob's private adapter of the same model is not listed to others.
      await expect(tree.getByText('bob/secret-adapter').count()).resolves.toBe(0);
    });

    it('lists private deltas of a model to those who may see them', async () => {
      const page = await newPage(bobToken);
      await page.goto('/alice/tiny-bert');
      const tree = page.getByRole('region', { name: 'Deltas of this model' });
      await expect(tree.getByRole('link', { name: 'bob/secret-adapter' }).count()).resolves.toBe(1);
    });

    it('shows a PEFT adapter uploaded from Python as a delta, with TypeScript and Python usage', async () => {
      const page = await newPage();
      await page.goto('/alice/peft-lora');
      await expect(page.locator('.delta-head .badge-type').textContent()).resolves.toBe('lora');
      const details = page.getByRole('complementary', { name: 'Details' });
      await expect(details.getByRole('link', { name: 'alice/tiny-bert' }).count()).resolves.toBe(1);
      await expect(details.locator('.hyperparameters').textContent()).resolves.toContain('r 4');
      await expect(details.locator('.hyperparameters').textContent()).resolves.toContain('lora_alpha 8');
      await expect(details.locator('.modules li').allTextContents()).resolves.toEqual(['value', 'query']);
      await expect(page.locator('#usage-code').textContent()).resolves.toContain(
        'AutoDeltaModel.fromFinetuned("alice/peft-lora"',
      );
      await expect(page.locator('#usage-python').textContent()).resolves.toContain(
        'PeftModel.from_pretrained(base, "alice/peft-lora")',
      );
      await expect(
        page.getByRole('heading', { name: 'Tensors in adapter_model.safetensors' }).count(),
      ).resolves.toBe(1);
      await expect(page.locator('.tensors tbody tr').count()).resolves.toBe(8);
    });

    it('shows the usage snippet once, and keeps the hyperparameters JSON inside its table cell', async () => {
      const page = await newPage();
      await page.goto('/alice/tree-lora');
      await expect(page.getByText('AutoDeltaModel.fromFinetuned', { exact: false }).count()).resolves.toBe(1);
      const card = await page.locator('article.card').boundingBox();
      const cell = await page.locator('.markdown td code').first().boundingBox();
      expect(card && cell).toBeTruthy();
      expect(cell!.x + cell!.width).toBeLessThanOrEqual(card!.x + card!.width);
      const overflow = await page.locator('article.card').evaluate((el) => {
        const box = el as unknown as { scrollWidth: number; clientWidth: number };
        return box.scrollWidth - box.clientWidth;
      });
      expect(overflow).toBe(0);
    });

    it('a delta on a backbone this hub does not hold shows its id without a link', async () => {
      const alice = new ApiClient(hub.url, aliceToken);
      await seedDelta(alice, 'alice/elsewhere', {
        seed: 5,
        config: { backbone: { ...BACKBONE, nameOrPath: 'google/bert-tiny' } },
      });
      const page = await newPage();
      await page.goto('/alice/elsewhere');
      const details = page.getByRole('complementary', { name: 'Details' });
      await expect(details.getByText('google/bert-tiny').count()).resolves.toBe(1);
      await expect(details.getByRole('link', { name: 'google/bert-tiny' }).count()).resolves.toBe(0);
    });
  },
);
