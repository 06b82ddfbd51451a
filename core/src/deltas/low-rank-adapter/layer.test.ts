import { beforeAll, describe, expect, it } from 'vitest';
import type { DeltahubError } from '../../errors.js';
import { selectBackend } from '../../runtime/backend.js';
import { tf } from '../../runtime/tf.js';
import { loadTinyBackbone } from '../test-support/backbones.js';
import { LowRankAdapterLinear } from './layer.js';
import { LowRankAdapterModel } from './model.js';

function maxDiff(a: tf.Tensor, b: tf.Tensor): number {
  return tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0]!);
}

describe('LowRankAdapter', () => {
  beforeAll(async () => {
    await selectBackend('wasm');
  });

  it.each([1, 3])('LowRankLinear of rank %i computes x·(W_left·W_right) + b', (rank) => {
    const layer = new LowRankAdapterLinear(12, 5, rank, 'glorot-uniform');
    expect(layer.typeName).toBe('LowRankLinear');
    expect(layer.wLeft.shape).toEqual([12, rank]);
    expect(layer.wRight.shape).toEqual([rank, 5]);
    layer.b.assign(tf.randomNormal([5]));
    const x = tf.randomNormal([2, 4, 12]);
    const manual = tf.tidy(() =>
      tf.add(tf.matMul(x.reshape([8, 12]), tf.matMul(layer.wLeft, layer.wRight)), layer.b).reshape([2, 4, 5]),
    );
    expect(maxDiff(layer.call(x), manual)).toBeLessThan(1e-5);
    if (rank === 1) {
      // OpenDelta's element-wise W_left * W_right (an outer product at rank 1).
      const outer = tf.tidy(() => tf.mul(layer.wLeft, layer.wRight));
      expect(maxDiff(tf.matMul(layer.wLeft, layer.wRight), outer)).toBe(0);
    }
    layer.dispose();
  });

  it('initialises the factors Glorot-uniform with gain √2 and the bias at zero', () => {
    const layer = new LowRankAdapterLinear(64, 8, 4, 'glorot-uniform');
    const bound = Math.SQRT2 * Math.sqrt(6 / (64 + 4));
    const values = layer.wLeft.dataSync();
    expect(Math.max(...values.map(Math.abs))).toBeLessThanOrEqual(bound);
    expect(Math.max(...values.map(Math.abs))).toBeGreaterThan(bound * 0.8);
    expect(Math.max(...layer.b.dataSync().map(Math.abs))).toBe(0);
    layer.dispose();
  });

  it('typed errors for bad options, and a bottleneck of 0', async () => {
    const backbone = await loadTinyBackbone('bert');
    const codeOf = (options: object): string | undefined => {
      try {
        new LowRankAdapterModel({ backboneModel: backbone, ...options });
      } catch (error) {
        return (error as DeltahubError).code;
      }
      return undefined;
    };
    expect(codeOf({ reductionFactor: 0 })).toBe('DELTA_OPTIONS_INVALID');
    expect(codeOf({ lowRankRank: 0 })).toBe('DELTA_OPTIONS_INVALID');
    expect(codeOf({ lowRankWInit: 'orthogonal' })).toBe('DELTA_OPTIONS_INVALID');
    expect(codeOf({ nonLinearity: 'nope' })).toBe('DELTA_OPTIONS_INVALID');
    expect(() => new LowRankAdapterModel({ backboneModel: backbone, reductionFactor: 64 })).toThrow(
      /hidden \/\/ reductionFactor = 32 \/\/ 64 is 0/,
    );
    // A higher rank works (OpenDelta's element-wise product fails there).
    const delta = new LowRankAdapterModel({ backboneModel: backbone, reductionFactor: 8, lowRankRank: 2 });
    expect(
      backbone.getParameter('encoder.layer.0.output.dense.low_rank_adapter.down_sampler.W_left').shape,
    ).toEqual([32, 2]);
    expect(
      backbone.getParameter('encoder.layer.0.output.dense.low_rank_adapter.up_sampler.W_right').shape,
    ).toEqual([2, 32]);
    expect(delta.parameterCounts().delta).toBe(4 * (32 * 2 + 2 * 4 + 4 + 4 * 2 + 2 * 32 + 32));
    backbone.forward({ inputIds: [[2, 5, 6, 3]] }).lastHiddenState.dispose();
    backbone.dispose();
  });
});
