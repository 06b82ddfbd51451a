import { describe, expect, it } from 'vitest';
import { tf } from '../../runtime/tf.js';
import { LoraModel } from '../lora/model.js';
import { PrefixModel } from '../prefix/model.js';
import { loadTinyBackbone } from '../test-support/backbones.js';
import { DeltaStateDictError } from './delta-state-dict.js';

/** The delta's trainable tensors under their names, as a `setStateDict` save holds them, with new values. */
function savedWeights(delta: LoraModel | PrefixModel, fill: number): Record<string, tf.Tensor> {
  delta.freezeModule({ exclude: ['deltas'], setStateDict: true });
  return Object.fromEntries(
    Object.entries(delta.backboneModel.stateDict()).map(([k, t]) => [k, tf.fill(t.shape, fill)]),
  );
}

function thrown(f: () => unknown): DeltaStateDictError {
  try {
    f();
  } catch (error) {
    if (error instanceof DeltaStateDictError) return error;
    throw error;
  }
  throw new Error('expected a DeltaStateDictError');
}

describe('loadDeltaStateDict', () => {
  it('loads a matching state dict', async () => {
    const backbone = await loadTinyBackbone('bert');
    const delta = new LoraModel({ backboneModel: backbone });
    const weights = savedWeights(delta, 0.25);
    const result = delta.loadDeltaStateDict(weights);
    expect(result).toEqual({ missingKeys: [], unexpectedKeys: [], mismatchedKeys: [] });
    for (const p of delta.deltaParameters()) expect(p.dataSync().every((v) => v === 0.25)).toBe(true);
    tf.dispose(Object.values(weights));
    backbone.dispose();
  });

  it('fails loudly on names placed elsewhere (OpenDelta T5 prefix names on the old placement), loading nothing', async () => {
    const backbone = await loadTinyBackbone('t5');
    // The placement deltahub used before: reparams under the first SelfAttention.
    const delta = new PrefixModel({
      backboneModel: backbone,
      modifiedModules: ['SelfAttention'],
      embedDim: 8,
      midDim: 8,
    });
    const own = savedWeights(delta, 0.5);
    // The same tensors under OpenDelta's names (`block.N.layer.0`, the T5LayerSelfAttention).
    const renamed = Object.fromEntries(
      Object.entries(own).map(([k, t]) => [
        k.replace('layer.0.SelfAttention.reparams', 'layer.0.reparams'),
        t,
      ]),
    );
    const before = delta.deltaParameters().map((p) => p.dataSync().slice());
    const error = thrown(() => delta.loadDeltaStateDict(renamed));
    expect(error.code).toBe('DELTA_STATE_DICT_MISMATCH');
    expect(error.result.unexpectedKeys[0]).toBe('encoder.block.0.layer.0.reparams.wte.weight');
    expect(error.result.missingKeys[0]).toBe('encoder.block.0.layer.0.SelfAttention.reparams.wte.weight');
    expect(error.message).toContain('encoder.block.0.layer.0.reparams.wte.weight');
    expect(error.message).toContain('encoder.block.0.layer.0.SelfAttention.reparams.wte.weight');
    delta.deltaParameters().forEach((p, i) => expect(p.dataSync()).toEqual(before[i]));
    tf.dispose(Object.values(own));
    backbone.dispose();
  });

  it('names a missing delta tensor and a shape mismatch', async () => {
    const backbone = await loadTinyBackbone('bert');
    const delta = new LoraModel({ backboneModel: backbone });
    const weights = savedWeights(delta, 1);
    const [first, second] = Object.keys(weights);
    const partial = { ...weights };
    delete partial[first!];
    expect(thrown(() => delta.loadDeltaStateDict(partial)).result.missingKeys).toEqual([first]);
    const wrong = { ...weights, [second!]: tf.zeros([3]) };
    expect(thrown(() => delta.loadDeltaStateDict(wrong)).result.mismatchedKeys.map((m) => m.key)).toEqual([
      second,
    ]);
    tf.dispose([...Object.values(weights), wrong[second!]!]);
    backbone.dispose();
  });
});
