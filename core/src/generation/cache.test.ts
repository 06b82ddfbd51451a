/**
 * The cache at the forward level: feeding a sequence one token at a time through `pastKeyValues`
 * gives the logits of one full forward pass, for every architecture; the cache owns its tensors.
 */
import { describe, expect, it } from 'vitest';
import type { ModelInputs, ModelOutput } from '../models/inputs.js';
import { tf } from '../runtime/tf.js';
import { KeyValueCache, type PastKeyValues } from './cache.js';
import { loadGenerationModel, type GenerationArch } from './test-support/generate-fixture.js';

const TOKENS = [[5, 17, 33, 47, 8, 61]];
const SOURCE = { inputIds: [[15, 33, 47, 8, 91, 3, 1]], attentionMask: [[1, 1, 1, 1, 1, 1, 1]] };

/** Inputs of one forward pass over decoder tokens `tokens` (all of them, or the new ones with a cache). */
function stepInputs(
  arch: GenerationArch,
  tokens: number[][],
  cache?: PastKeyValues,
  first = true,
): ModelInputs {
  const inputs: ModelInputs = arch === 'gpt2' ? { inputIds: tokens } : { decoderInputIds: tokens };
  if (arch !== 'gpt2' && first) Object.assign(inputs, SOURCE);
  if (cache) inputs.pastKeyValues = cache;
  return inputs;
}

function maxAbs(a: tf.Tensor, b: tf.Tensor): number {
  return tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0]!);
}

describe.each(['gpt2', 't5', 'bart'] as GenerationArch[])('KeyValueCache on %s', (arch) => {
  it('one token at a time through the cache equals one full pass', async () => {
    const model = await loadGenerationModel(arch);
    const full: ModelOutput = model.forward(stepInputs(arch, TOKENS));
    const before = tf.memory().numTensors;
    const cache = new KeyValueCache();
    const steps: tf.Tensor[] = [];
    TOKENS[0]!.forEach((token, i) => {
      const out: ModelOutput = model.forward(stepInputs(arch, [[token]], cache, i === 0));
      expect(out.pastKeyValues).toBe(cache);
      expect(cache.seqLength).toBe(i + 1);
      steps.push(out.logits!);
      if (i > 0) expect(out.encoderLastHiddenState, 'the encoder is not run again').toBeUndefined();
      tf.dispose([out.lastHiddenState, out.encoderLastHiddenState ?? []]);
    });
    const stepped = tf.concat(steps, 1);
    expect(maxAbs(stepped, full.logits!)).toBeLessThan(1e-5);
    tf.dispose([stepped, ...steps]);
    expect(cache.hasCrossAttention).toBe(arch !== 'gpt2');
    cache.dispose();
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose(full as never);
    model.dispose();
  });

  it('useCache starts a cache; a mask that does not cover the cached positions is BAD_INPUT', async () => {
    const model = await loadGenerationModel(arch);
    const first: ModelOutput = model.forward({ ...stepInputs(arch, [[5, 17]]), useCache: true });
    const cache = first.pastKeyValues!;
    expect(cache).toBeInstanceOf(KeyValueCache);
    expect(cache.seqLength).toBe(2);
    const badMask = arch === 'gpt2' ? { attentionMask: [[1]] } : { decoderAttentionMask: [[1]] };
    let error: unknown;
    try {
      model.forward({ ...stepInputs(arch, [[33]], cache, false), ...badMask });
    } catch (e) {
      error = e;
    }
    expect((error as { code?: string }).code).toBe('BAD_INPUT');
    tf.dispose(first as never);
    cache.dispose();
    model.dispose();
  });
});

describe('KeyValueCache', () => {
  it('reorders rows and rejects keys that do not extend it', () => {
    const cache = new KeyValueCache();
    const layer = cache.selfAttention(0);
    const key = tf.tensor4d([1, 2, 3, 4], [2, 1, 1, 2]);
    layer.append(key, key, 0);
    cache.reorder([1, 1]);
    expect(Array.from(layer.key.dataSync())).toEqual([3, 4, 3, 4]);
    const wrong = tf.zeros([3, 1, 1, 2]) as tf.Tensor4D;
    expect(() => layer.append(wrong, wrong)).toThrow(/do not extend/);
    cache.dispose();
    expect(layer.isEmpty).toBe(true);
    tf.dispose([key, wrong]);
  });

  it('passing something else as pastKeyValues is BAD_INPUT', async () => {
    const model = await loadGenerationModel('gpt2');
    expect(() => model.forward({ inputIds: [[1, 2]], pastKeyValues: {} as KeyValueCache })).toThrow(
      /KeyValueCache/,
    );
    model.dispose();
  });
});
