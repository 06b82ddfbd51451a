import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BitFitModel } from '../deltas/bitfit/model.js';
import { LoraModel } from '../deltas/lora/model.js';
import { BertModel } from '../models/bert/index.js';
import { RobertaModel } from '../models/roberta/index.js';
import { T5Model } from '../models/t5/index.js';
import { HF_TINY } from '../models/test-support/reference.js';
import type { Parameter } from '../nn/module.js';
import { selectBackend } from '../runtime/backend.js';
import { tf } from '../runtime/tf.js';
import { backboneStructure, fingerprintBackbone } from './backbone.js';
import { describeDifference, diffStructures } from './diff.js';
import { structureFingerprintOf } from './structure.js';

const bert = (name = 'bert'): Promise<BertModel> => BertModel.fromPretrained(join(HF_TINY, name));

function nudge(parameters: Parameter[], seed = 1): void {
  parameters.forEach((p, i) =>
    tf.tidy(() => p.assign(tf.add(p, tf.randomNormal(p.shape, 0, 0.1, 'float32', seed + i)))),
  );
}

describe('backbone fingerprints', () => {
  beforeAll(async () => {
    await selectBackend('wasm');
  });

  it('hashes the documented structure text', () => {
    const listing = { 'b.weight': 'float32[2,3]', 'a.bias': 'float32[3]' };
    const expected = createHash('sha256')
      .update('a.bias\tfloat32[3]\nb.weight\tfloat32[2,3]\n')
      .digest('hex');
    expect(structureFingerprintOf(listing)).toBe(expected);
  });

  it('is stable across loads and records where the backbone came from', async () => {
    const [a, b] = [await bert(), await bert()];
    const [fa, fb] = [await fingerprintBackbone(a), await fingerprintBackbone(b, { cache: false })];
    expect(fa).toEqual(fb);
    expect(fa.architecture).toBe('bert');
    expect(fa.modelClass).toBe('BertModel');
    expect(fa.nameOrPath).toBe(join(HF_TINY, 'bert'));
    expect(fa.totalParameters).toBe(a.numParameters());
    expect(Object.keys(fa.parameters)).toHaveLength(a.parameters().length);
    expect(fa.parameters['embeddings.word_embeddings.weight']).toBe('float32[99,32]');
    expect(fa.structureFingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(backboneStructure(a).structureFingerprint).toBe(fa.structureFingerprint);
    a.dispose();
    b.dispose();
  });

  it('tells other weights and other structures apart, naming the differences', async () => {
    const [a, perturbed, roberta] = [
      await bert(),
      await bert('bert_perturbed'),
      await RobertaModel.fromPretrained(join(HF_TINY, 'roberta')),
    ];
    const [fa, fp, fr] = await Promise.all([a, perturbed, roberta].map((m) => fingerprintBackbone(m)));
    expect(fp!.structureFingerprint).toBe(fa!.structureFingerprint);
    expect(fp!.weightsFingerprint).not.toBe(fa!.weightsFingerprint);
    expect(fr!.structureFingerprint).not.toBe(fa!.structureFingerprint);
    const differences = diffStructures(fa!.parameters, fr!.parameters);
    expect(differences.length).toBeGreaterThan(0);
    expect(differences.map(describeDifference).join('\n')).toMatch(/float32\[/);
    expect(diffStructures(fa!.parameters, fp!.parameters)).toEqual([]);
    for (const m of [a, perturbed, roberta]) m.dispose();
  });

  it('changes when a weight is assigned, and reuses the cache while nothing changed', async () => {
    const model = await bert();
    const first = await fingerprintBackbone(model);
    const probe = model.getParameter('pooler.dense.bias');
    const read = vi.spyOn(probe, 'data');
    expect(await fingerprintBackbone(model)).toEqual(first);
    expect(read).not.toHaveBeenCalled();
    tf.tidy(() => probe.assign(tf.add(probe, 1e-3)));
    const second = await fingerprintBackbone(model);
    expect(read).toHaveBeenCalledTimes(1);
    expect(second.weightsFingerprint).not.toBe(first.weightsFingerprint);
    expect(second.structureFingerprint).toBe(first.structureFingerprint);
    read.mockRestore();
    model.dispose();
  });

  it('ignores the parameters of an attached delta, which stays attached', async () => {
    const [plain, model] = [await bert(), await bert()];
    const expected = await fingerprintBackbone(plain, { cache: false });
    const delta = new LoraModel({ backboneModel: model });
    nudge(delta.deltaParameters());
    expect(await fingerprintBackbone(delta, { cache: false })).toEqual(expected);
    expect(delta.isAttached).toBe(true);
    // The module itself, delta included, is another structure.
    expect(backboneStructure(model).structureFingerprint).not.toBe(expected.structureFingerprint);
    delta.merge();
    await expect(fingerprintBackbone(delta)).rejects.toMatchObject({ code: 'DELTA_MERGED' });
    plain.dispose();
    model.dispose();
  });

  it('hashes the biases BitFit trains as they were before training; added biases are not backbone', async () => {
    for (const load of [() => bert(), () => T5Model.fromPretrained(join(HF_TINY, 't5'))]) {
      const [plain, model] = [await load(), await load()];
      const expected = await fingerprintBackbone(plain, { cache: false });
      const delta = new BitFitModel({ backboneModel: model });
      nudge(delta.deltaParameters());
      const trained = delta.deltaParameters().map((p) => p.dataSync().slice());
      expect(await fingerprintBackbone(delta, { cache: false })).toEqual(expected);
      // Cached on the module: the detached values are the same tensors as before.
      expect(await fingerprintBackbone(delta)).toEqual(expected);
      expect(delta.deltaParameters().map((p) => p.dataSync().slice())).toEqual(trained);
      plain.dispose();
      model.dispose();
    }
  });
});
