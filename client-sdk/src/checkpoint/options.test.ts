import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSafetensorsHeader } from '@deltahub/core/safetensors';
import { AutoModelForSequenceClassification, LoraModel, AdapterModel, AutoDeltaModel } from '../index.js';
import { HF_TINY, loadTiny, outputsOf, perturb, sameBits, tempFolder } from '../test-support/tiny.js';

let root: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  root = await tempFolder();
});
afterAll(async () => {
  await root.cleanup();
});

const classifier = () =>
  AutoModelForSequenceClassification.fromPretrained(join(HF_TINY, 'bert'), { onWarning: () => {} });

const savedKeys = async (dir: string): Promise<string[]> =>
  [...(await readSafetensorsHeader(join(dir, 'delta.safetensors'))).tensors.keys()].sort();

describe('what a checkpoint saves and restores', () => {
  it('a trained classifier head with the delta; placement with excludeModules', async () => {
    const model = await classifier();
    const delta = new LoraModel({
      backboneModel: model,
      modifiedModules: ['query', 'value'],
      excludeModules: ['layer.1.attention.self.query'],
      loraR: 2,
    });
    delta.freezeModule({ exclude: ['deltas', 'classifier'], setStateDict: true });
    perturb([...delta.deltaParameters(), ...model.trainableVariables()]);
    const tuned = outputsOf(model, 'bert');
    const dir = join(root.dir, 'classifier');
    const { config } = await delta.saveFinetuned(dir);
    expect(config.excludeModules).toEqual(['layer.1.attention.self.query']);
    expect(config.unfrozenModules).toEqual(['deltas', 'classifier.weight', 'classifier.bias']);
    expect(await savedKeys(dir)).toContain('classifier.weight');
    expect(config.modifiedModules.resolved).toHaveLength(3);

    // A fresh load has another random classifier: the weights fingerprint leaves it out, the checkpoint restores it.
    const fresh = await classifier();
    expect(sameBits(outputsOf(fresh, 'bert'), tuned)).toBe(false);
    const loaded = await AutoDeltaModel.fromFinetuned(dir, { backboneModel: fresh });
    expect(loaded.resolvedModules).toEqual(delta.resolvedModules);
    expect(sameBits(outputsOf(fresh, 'bert'), tuned)).toBe(true);
    model.dispose();
    fresh.dispose();
  });

  it('unfrozenModules given to the delta are recorded as they are', async () => {
    const model = await classifier();
    const delta = new AdapterModel({
      backboneModel: model,
      bottleneckDim: 4,
      unfrozenModules: ['deltas', 'classifier'],
    });
    delta.freezeModule();
    perturb(model.trainableVariables());
    const dir = join(root.dir, 'unfrozen');
    const { config } = await delta.saveFinetuned(dir);
    expect(config.unfrozenModules).toEqual(['deltas', 'classifier']);
    const fresh = await classifier();
    const loaded = await AutoDeltaModel.fromFinetuned(dir, { backboneModel: fresh });
    expect(loaded.unfrozenModules).toEqual(['deltas', 'classifier']);
    expect(sameBits(outputsOf(fresh, 'bert'), outputsOf(model, 'bert'))).toBe(true);
    model.dispose();
    fresh.dispose();
  });

  it('frozen delta parameters are saved too: their random initialisation cannot be rebuilt', async () => {
    const model = await loadTiny('bert');
    const delta = new LoraModel({ backboneModel: model, loraR: 2 });
    delta.freezeModule({ exclude: ['lora_B'], setStateDict: true });
    perturb(model.trainableVariables());
    const dir = join(root.dir, 'half-frozen');
    const { config } = await delta.saveFinetuned(dir);
    expect((await savedKeys(dir)).filter((k) => k.endsWith('lora_A'))).toHaveLength(4);
    expect(config.trainableParameters).toBe(config.deltaParameters / 2);
    const fresh = await loadTiny('bert');
    await AutoDeltaModel.fromFinetuned(dir, { backboneModel: fresh });
    expect(sameBits(outputsOf(fresh, 'bert'), outputsOf(model, 'bert'))).toBe(true);
    model.dispose();
    fresh.dispose();
  });

  it('never frozen: the delta and what unfrozenModules names, not the whole model', async () => {
    const model = await loadTiny('bert');
    expect(model.parameters().every((p) => p.trainable)).toBe(true);
    const delta = new LoraModel({ backboneModel: model, loraR: 2, unfrozenModules: ['deltas', 'pooler'] });
    perturb(delta.deltaParameters());
    const dir = join(root.dir, 'never-frozen');
    const { config } = await delta.saveFinetuned(dir);
    const keys = await savedKeys(dir);
    expect(keys).toEqual(expect.arrayContaining(['pooler.dense.weight', 'pooler.dense.bias']));
    expect(keys).toHaveLength(8 + 2);
    expect(config.trainableParameters).toBe(config.deltaParameters + 32 * 32 + 32);
    const fresh = await loadTiny('bert');
    await AutoDeltaModel.fromFinetuned(dir, { backboneModel: fresh });
    expect(sameBits(outputsOf(fresh, 'bert'), outputsOf(model, 'bert'))).toBe(true);
    model.dispose();
    fresh.dispose();
  });
});
