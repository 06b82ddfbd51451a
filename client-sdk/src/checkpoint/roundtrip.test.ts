import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSafetensorsHeader } from '@deltahub/core/safetensors';
import { DELTA_TYPES, parseModelCard, validateDeltaConfig } from '@deltahub/core/checkpoint';
import { AutoDeltaModel } from '../index.js';
import {
  ARCHS,
  TINY_HYPERPARAMETERS,
  loadTiny,
  outputsOf,
  perturb,
  sameBits,
  tempFolder,
} from '../test-support/tiny.js';

let root: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  root = await tempFolder();
});
afterAll(async () => {
  await root.cleanup();
});

describe.each(DELTA_TYPES)('%s: save → load on a fresh backbone', (deltaType) => {
  it.each(ARCHS)('%s: bit-identical outputs', async (arch) => {
    const model = await loadTiny(arch);
    const base = outputsOf(model, arch);
    const delta = AutoDeltaModel.fromConfig(
      { deltaType, hyperparameters: TINY_HYPERPARAMETERS[deltaType] },
      { backboneModel: model },
    );
    perturb(delta.deltaParameters());
    delta.freezeModule({ setStateDict: true });
    model.eval();
    const tuned = outputsOf(model, arch);
    expect(sameBits(tuned, base)).toBe(false);

    const dir = join(root.dir, `${deltaType}-${arch}`);
    const { config } = await delta.saveFinetuned(dir, {
      card: { task: 'feature-extraction', tags: ['test'] },
    });
    // Saving leaves the delta as it was.
    expect(sameBits(outputsOf(model, arch), tuned)).toBe(true);

    // The files: only the delta's tensors, a config that validates, a card that parses.
    const names = new Set(delta.deltaParameters());
    const deltaNames = [...model.namedParameters()].filter(([, p]) => names.has(p)).map(([n]) => n);
    const header = await readSafetensorsHeader(join(dir, 'delta.safetensors'));
    expect([...header.tensors.keys()].sort()).toEqual([...deltaNames].sort());
    const written = validateDeltaConfig(JSON.parse(await readFile(join(dir, 'delta_config.json'), 'utf8')));
    expect(written).toEqual(config);
    expect(written.deltaType).toBe(deltaType);
    expect(written.backbone.architecture).toBe(arch);
    expect(written.modifiedModules.resolved).toEqual([...delta.resolvedModules]);
    const card = parseModelCard(await readFile(join(dir, 'README.md'), 'utf8'));
    expect(card.frontMatter).toMatchObject({ delta_type: deltaType, task: 'feature-extraction' });

    const fresh = await loadTiny(arch);
    fresh.train();
    const loaded = await AutoDeltaModel.fromFinetuned(dir, { backboneModel: fresh });
    expect(loaded.deltaType).toBe(deltaType);
    expect(loaded.resolvedModules).toEqual(delta.resolvedModules);
    expect(loaded.hyperparameters()).toEqual(delta.hyperparameters());
    // Eval mode, not frozen.
    expect(fresh.modules().every((m) => !m.training)).toBe(true);
    expect(fresh.parameters().every((p) => p.trainable || p.dtype !== 'float32')).toBe(true);
    expect(sameBits(outputsOf(fresh, arch), tuned)).toBe(true);
    model.dispose();
    fresh.dispose();
  });
});
