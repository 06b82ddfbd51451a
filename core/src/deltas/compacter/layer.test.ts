import { beforeAll, describe, expect, it } from 'vitest';
import type { DeltahubError } from '../../errors.js';
import { selectBackend } from '../../runtime/backend.js';
import { tf } from '../../runtime/tf.js';
import { loadTinyBackbone } from '../test-support/backbones.js';
import { COMPACTER_DEFAULTS } from './config.js';
import { PHMLinear } from './layer.js';
import { CompacterModel } from './model.js';

/** Σ_i kron(rule_i, W_i) written out element by element. */
function naiveH(rule: number[][][], w: number[][][]): number[][] {
  const n = rule.length;
  const a = w[0]!.length;
  const c = w[0]![0]!.length;
  const h = Array.from({ length: n * a }, () => new Array<number>(n * c).fill(0));
  for (let i = 0; i < n; i++)
    for (let r = 0; r < n; r++)
      for (let s = 0; s < n; s++)
        for (let p = 0; p < a; p++)
          for (let q = 0; q < c; q++) h[r * a + p]![s * c + q]! += rule[i]![r]![s]! * w[i]![p]![q]!;
  return h;
}

const options = { ...COMPACTER_DEFAULTS, hypercomplexDivision: 4 };

describe('Compacter', () => {
  beforeAll(async () => {
    await selectBackend('wasm');
  });

  it.each([
    ['factorised W (default)', {}],
    ['full W', { factorizedPhm: false }],
    ['factorised rule, rank 2', { factorizedPhmRule: true, phmRank: 2 }],
  ])('PHMLinear with %s: H = Σ kron(rule_i, W_i), y = x·H + b', (_label, extra) => {
    const layer = new PHMLinear(8, 12, { ...options, ...extra }, true);
    for (const [, p] of layer.ownParameters()) p.assign(tf.randomNormal(p.shape));
    const get = (name: string): tf.Tensor => layer.getParameter(name);
    const names = [...layer.ownParameters()].map(([n]) => n);
    const rule = names.includes('phm_rule')
      ? get('phm_rule')
      : tf.matMul(get('phm_rule_left') as tf.Tensor3D, get('phm_rule_right') as tf.Tensor3D);
    const w = names.includes('W')
      ? get('W')
      : tf.matMul(get('W_left') as tf.Tensor3D, get('W_right') as tf.Tensor3D);
    const expected = tf.tensor2d(naiveH(rule.arraySync() as number[][][], w.arraySync() as number[][][]));
    const h = layer.hypercomplexWeight();
    expect(h.shape).toEqual([8, 12]);
    expect(tf.max(tf.abs(tf.sub(h, expected))).dataSync()[0]).toBeLessThan(1e-4);
    const x = tf.randomNormal([3, 8]);
    const y = tf.add(tf.matMul(x, expected), get('b'));
    expect(tf.max(tf.abs(tf.sub(layer.call(x), y))).dataSync()[0]).toBeLessThan(1e-4);
    layer.dispose();
  });

  it('learnPhm false keeps the rule as a fixed buffer; biases can be left out', async () => {
    const layer = new PHMLinear(8, 4, { ...options, learnPhm: false }, false);
    expect([...layer.ownParameters()].map(([n]) => n)).toEqual(['W_left', 'W_right']);
    expect(Object.keys(layer.stateDict())).toEqual(['W_left', 'W_right', 'phm_rule']);
    expect(layer.call(tf.ones([2, 8])).shape).toEqual([2, 4]);
    layer.dispose();
  });

  it('typed errors: indivisible sizes, shared rules or weights, bad inits', async () => {
    const backbone = await loadTinyBackbone('bert');
    const errorOf = (extra: object): DeltahubError | undefined => {
      try {
        new CompacterModel({ backboneModel: backbone, reductionFactor: 4, ...extra });
      } catch (error) {
        return error as DeltahubError;
      }
      return undefined;
    };
    expect(errorOf({ hypercomplexDivision: 5 })?.message).toMatch(
      /hidden size 32 .* hypercomplexDivision 5; no reductionFactor fits/,
    );
    expect(errorOf({ reductionFactor: 3 })?.code).toBe('DELTA_OPTIONS_INVALID'); // 32 // 3 = 10
    expect(errorOf({ sharedPhmRule: true })?.message).toMatch(/not supported/);
    expect(errorOf({ sharedWPhm: true })?.code).toBe('DELTA_OPTIONS_INVALID');
    expect(errorOf({ phmCInit: 'zeros' })?.code).toBe('DELTA_OPTIONS_INVALID');
    expect(errorOf({ hypercomplexNonlinearity: 'phm' })?.code).toBe('DELTA_OPTIONS_INVALID');
    expect(errorOf({ phmRank: 0 })?.code).toBe('DELTA_OPTIONS_INVALID');
    // OpenDelta's saved configs write null for unset options: the default is used.
    const delta = new CompacterModel({
      backboneModel: backbone,
      reductionFactor: 4,
      kroneckerProd: null as never,
    });
    expect(delta.hyperparameters()['kroneckerProd']).toBe(false);
    backbone.dispose();
  });
});
