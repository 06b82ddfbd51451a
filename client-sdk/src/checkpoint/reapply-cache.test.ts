import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AutoDeltaModel, LoraModel, tf } from '../index.js';
import { loadTiny, outputsOf, perturb, sameBits, tempFolder } from '../test-support/tiny.js';

/**
 * Reapplying reads the backbone's weights fingerprint from core's per-model cache: a second
 * `fromFinetuned` on the same backbone instance does not read the weights again, and any change of
 * the weights in between (training here) is noticed.
 */
const PROBE = 'encoder.layer.1.output.dense.weight';
let root: { dir: string; cleanup: () => Promise<void> };
let dir: string;
let tuned: Map<string, Float32Array>;

beforeAll(async () => {
  root = await tempFolder();
  dir = join(root.dir, 'lora');
  const model = await loadTiny('bert');
  const delta = new LoraModel({ backboneModel: model, loraR: 4 });
  perturb(delta.deltaParameters());
  tuned = outputsOf(model, 'bert');
  await delta.saveFinetuned(dir);
  model.dispose();
});

afterAll(async () => {
  await root.cleanup();
});

describe('reapplying on the same backbone instance', () => {
  it('does not rehash the weights the second time', async () => {
    const model = await loadTiny('bert');
    const read = vi.spyOn(model.getParameter(PROBE), 'data');
    const first = await AutoDeltaModel.fromFinetuned(dir, { backboneModel: model });
    expect(read).toHaveBeenCalledTimes(1);
    first.detach();
    const second = await AutoDeltaModel.fromFinetuned(dir, { backboneModel: model });
    expect(read).toHaveBeenCalledTimes(1);
    expect(sameBits(outputsOf(model, 'bert'), tuned)).toBe(true);
    second.detach();
    read.mockRestore();
    model.dispose();
  });

  it('notices a training step in between: the weights no longer match', async () => {
    const model = await loadTiny('bert');
    (await AutoDeltaModel.fromFinetuned(dir, { backboneModel: model })).detach();
    const probe = model.getParameter(PROBE);
    const optimizer = tf.train.sgd(0.1);
    optimizer.minimize(
      () => tf.mean(tf.square(model.forward({ inputIds: [[5, 17, 33]] }).lastHiddenState!)) as tf.Scalar,
      false,
      [probe],
    );
    optimizer.dispose();
    const error = await AutoDeltaModel.fromFinetuned(dir, { backboneModel: model }).catch((e: unknown) => e);
    expect((error as { code?: string }).code).toBe('BACKBONE_WEIGHTS_MISMATCH');
    model.dispose();
  });
});
