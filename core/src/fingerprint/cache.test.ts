import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { LoraModel } from '../deltas/lora/model.js';
import { BertModel } from '../models/bert/index.js';
import { HF_TINY } from '../models/test-support/reference.js';
import { selectBackend } from '../runtime/backend.js';
import { tf } from '../runtime/tf.js';
import { fingerprintBackbone } from './backbone.js';

/**
 * The weights fingerprint is cached per model while no parameter is assigned (cache.ts). These
 * tests change weights in place the ways users do — training, loading a state dict, merging a
 * delta — and check that the next fingerprint is recomputed and equals an uncached one.
 */
const bert = (name = 'bert'): Promise<BertModel> => BertModel.fromPretrained(join(HF_TINY, name));
const QUERY = 'encoder.layer.0.attention.self.query.weight';

describe('weights fingerprint cache invalidation', () => {
  beforeAll(async () => {
    await selectBackend('wasm');
  });

  it('a training step on the backbone invalidates it', async () => {
    const model = await bert();
    const before = await fingerprintBackbone(model);
    model.train();
    const optimizer = tf.train.sgd(0.1);
    optimizer.minimize(
      () => {
        const { lastHiddenState } = model.forward({ inputIds: [[5, 17, 33, 47]] });
        return tf.mean(tf.square(lastHiddenState!)) as tf.Scalar;
      },
      false,
      model.parameters(),
    );
    optimizer.dispose();
    const after = await fingerprintBackbone(model);
    expect(after.weightsFingerprint).not.toBe(before.weightsFingerprint);
    expect(after).toEqual(await fingerprintBackbone(model, { cache: false }));
    model.dispose();
  });

  it('loading another state dict invalidates it', async () => {
    const [model, perturbed] = [await bert(), await bert('bert_perturbed')];
    const before = await fingerprintBackbone(model);
    const other = await fingerprintBackbone(perturbed);
    expect(other.weightsFingerprint).not.toBe(before.weightsFingerprint);
    model.loadStateDict(perturbed.stateDict());
    expect((await fingerprintBackbone(model)).weightsFingerprint).toBe(other.weightsFingerprint);
    model.dispose();
    perturbed.dispose();
  });

  it('merging a delta refuses the fingerprint; after unmerge it is recomputed', async () => {
    const model = await bert();
    const delta = new LoraModel({ backboneModel: model });
    for (const [i, p] of delta.deltaParameters().entries()) {
      tf.tidy(() => p.assign(tf.add(p, tf.randomNormal(p.shape, 0, 0.1, 'float32', i))));
    }
    const before = await fingerprintBackbone(delta);
    const unmergedData = model.getParameter(QUERY).dataId;
    delta.merge();
    // What the cache keys on: merging assigned the weight, which gave it new data.
    expect(model.getParameter(QUERY).dataId).not.toBe(unmergedData);
    await expect(fingerprintBackbone(delta)).rejects.toMatchObject({ code: 'DELTA_MERGED' });
    delta.unmerge();
    const read = vi.spyOn(model.getParameter(QUERY), 'data');
    const after = await fingerprintBackbone(delta);
    expect(read).toHaveBeenCalledTimes(1);
    expect(after).toEqual(await fingerprintBackbone(delta, { cache: false }));
    expect(after.structureFingerprint).toBe(before.structureFingerprint);
    read.mockRestore();
    model.dispose();
  });
});
