import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AutoDeltaModel,
  BackboneMismatchError,
  BertModel,
  HubClient,
  PEFT_CONFIG_FILE,
  PEFT_WEIGHTS_FILE,
  PeftError,
  fromPeft,
  parseRepoId,
  pushFolder,
  type PreTrainedModel,
} from '../index.js';
import { HF_TINY } from '@deltahub/testing/fixtures';
import { startTestHub, type TestHub } from '@deltahub/testing/hub';
import { tempFolder } from '../test-support/tiny.js';
import {
  PEFT_FIXTURES,
  inputsOf,
  loadPeftBackbone,
  maxOutputDiff,
  readExpected,
} from './test-support/fixtures.js';

/**
 * `fromPeft('owner/name', { hubUrl })` through a real hub and the local cache. The hub indexes
 * deltahub checkpoints, so the repo holds both formats: `saveFinetuned`'s files and `savePeft`'s.
 */
let hub: TestHub;
let token: string;
let root: { dir: string; cleanup: () => Promise<void> };
let source: PreTrainedModel;

beforeAll(async () => {
  hub = await startTestHub();
  token = await hub.user('alice');
  root = await tempFolder();
  source = await loadPeftBackbone('bert');
  const delta = await fromPeft(join(PEFT_FIXTURES, 'bert_lora'), { backboneModel: source });
  const both = join(root.dir, 'both');
  await delta.saveFinetuned(both);
  const peft = await delta.savePeft(join(root.dir, 'peft'));
  for (const file of [PEFT_CONFIG_FILE, PEFT_WEIGHTS_FILE])
    await copyFile(join(peft.dir, file), join(both, file));
  const client = new HubClient({ hubUrl: hub.url, token });
  await pushFolder(client, parseRepoId('alice/bert-lora-peft'), both);
  await delta.saveFinetuned(join(root.dir, 'deltahub-only'));
  await pushFolder(client, parseRepoId('alice/bert-lora-deltahub'), join(root.dir, 'deltahub-only'));
  // A PEFT adapter folder alone, as `deltahub push ./adapter` sends it.
  await pushFolder(client, parseRepoId('alice/bert-lora-peft-only'), peft.dir);
}, 120_000);

afterAll(async () => {
  source?.dispose();
  await hub?.stop();
  await root?.cleanup();
});

describe('fromPeft from a hub', () => {
  it("downloads the adapter into the cache and reproduces PEFT's outputs, then works offline", async () => {
    const expected = readExpected('bert_lora');
    const mask = expected.inputs['attention_mask']!;
    const cacheDir = join(root.dir, 'cache');
    const backbone = await loadPeftBackbone('bert');
    const delta = await fromPeft('alice/bert-lora-peft', {
      backboneModel: backbone,
      hubUrl: hub.url,
      token,
      cacheDir,
    });
    expect(delta.deltaType).toBe('lora');
    expect(maxOutputDiff(backbone.forward(inputsOf(expected)), expected.outputs, mask)).toBeLessThan(1e-4);
    backbone.dispose();

    // The second load reads the cache: the hub is not asked.
    const offline = process.env['DELTAHUB_OFFLINE'];
    process.env['DELTAHUB_OFFLINE'] = '1';
    try {
      const again = await loadPeftBackbone('bert');
      await fromPeft('alice/bert-lora-peft', { backboneModel: again, hubUrl: hub.url, token, cacheDir });
      expect(maxOutputDiff(again.forward(inputsOf(expected)), expected.outputs, mask)).toBeLessThan(1e-4);
      again.dispose();
    } finally {
      if (offline === undefined) delete process.env['DELTAHUB_OFFLINE'];
      else process.env['DELTAHUB_OFFLINE'] = offline;
    }
  });

  it('a repo without PEFT files is PEFT_NOT_FOUND naming the missing file', async () => {
    const backbone = await loadPeftBackbone('bert');
    const error = await fromPeft('alice/bert-lora-deltahub', {
      backboneModel: backbone,
      hubUrl: hub.url,
      token,
      cacheDir: join(root.dir, 'cache'),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PeftError);
    expect((error as PeftError).code).toBe('PEFT_NOT_FOUND');
    expect((error as PeftError).message).toContain(PEFT_CONFIG_FILE);
    backbone.dispose();
  });

  it('an unknown repo is the hub client’s HUB_NOT_FOUND', async () => {
    const backbone = await loadPeftBackbone('bert');
    const error = await fromPeft('alice/nothing-here', {
      backboneModel: backbone,
      hubUrl: hub.url,
      token,
      cacheDir: join(root.dir, 'cache'),
    }).catch((e: unknown) => e);
    expect((error as { code?: string }).code).toBe('HUB_NOT_FOUND');
    backbone.dispose();
  });
});

describe('AutoDeltaModel.fromFinetuned of a PEFT adapter (no delta_config.json)', () => {
  it("loads it as fromPeft does and reproduces PEFT's outputs", async () => {
    const expected = readExpected('bert_lora');
    const backbone = await loadPeftBackbone('bert');
    const delta = await AutoDeltaModel.fromFinetuned('alice/bert-lora-peft-only', {
      backboneModel: backbone,
      hubUrl: hub.url,
      token,
      cacheDir: join(root.dir, 'cache'),
    });
    expect(delta.deltaType).toBe('lora');
    const mask = expected.inputs['attention_mask']!;
    expect(maxOutputDiff(backbone.forward(inputsOf(expected)), expected.outputs, mask)).toBeLessThan(1e-4);
    backbone.dispose();
  });

  it('refuses a backbone of another structure with BACKBONE_STRUCTURE_MISMATCH, leaving it untouched', async () => {
    const gpt2 = await loadPeftBackbone('gpt2');
    const before = [...gpt2.namedParameters()].length;
    const error = await AutoDeltaModel.fromFinetuned('alice/bert-lora-peft-only', {
      backboneModel: gpt2,
      hubUrl: hub.url,
      token,
      cacheDir: join(root.dir, 'cache'),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackboneMismatchError);
    expect((error as BackboneMismatchError).code).toBe('BACKBONE_STRUCTURE_MISMATCH');
    expect([...gpt2.namedParameters()].length).toBe(before);
    gpt2.dispose();
  });

  it('a repo holding both formats loads from delta_config.json, with its fingerprint checks', async () => {
    const other = await BertModel.fromPretrained(join(HF_TINY, 'bert_perturbed'));
    const error = await AutoDeltaModel.fromFinetuned('alice/bert-lora-peft', {
      backboneModel: other,
      hubUrl: hub.url,
      token,
      cacheDir: join(root.dir, 'cache'),
    }).catch((e: unknown) => e);
    expect((error as BackboneMismatchError).code).toBe('BACKBONE_WEIGHTS_MISMATCH');
    expect((error as Error).message).toMatch(/weights fingerprint/);
    other.dispose();
  });
});
