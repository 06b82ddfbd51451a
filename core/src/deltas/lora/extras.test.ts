import { beforeAll, describe, expect, it } from 'vitest';
import type { DeltahubError } from '../../errors.js';
import type { PreTrainedModel } from '../../models/pretrained-model.js';
import { Conv1D, Linear } from '../../nn/linear.js';
import { Module, type Parameter } from '../../nn/module.js';
import { selectBackend } from '../../runtime/backend.js';
import { tf } from '../../runtime/tf.js';
import { ARCHS, loadTinyBackbone, run, snapshotDiff } from '../test-support/backbones.js';
import type { LowRankLinear } from './layer.js';
import { LoraModel } from './model.js';
import { tinyBertClassifier, trainSynthetic } from '../test-support/training.js';

/** LoRA's PEFT extras (rank/alpha patterns, DoRA) and merge()/unmerge() on every backbone. */

/** A root module holding one layer under `proj`, so DeltaModel can target it by name. */
class OneLayer extends Module<[tf.Tensor], tf.Tensor> {
  constructor(layer: Linear | Conv1D) {
    super();
    this.registerModule('proj', layer);
  }

  forward(x: tf.Tensor): tf.Tensor {
    return (this.getSubmodule('proj') as Linear).call(x);
  }
}

/** Fills every lora_B (and DoRA magnitude, scaled around its value) with noise, so updates count. */
function perturbLora(backbone: Module): void {
  let seed = 11;
  for (const [name, p] of backbone.namedParameters()) {
    if (name.endsWith('.lora_B'))
      tf.tidy(() => p.assign(tf.randomNormal(p.shape, 0, 0.1, 'float32', seed++)));
    if (name.endsWith('.lora_magnitude_vector')) {
      tf.tidy(() => p.assign(tf.mul(p, tf.add(1, tf.randomNormal(p.shape, 0, 0.1, 'float32', seed++)))));
    }
  }
}

function targetWeights(backbone: Module, delta: LoraModel): Float32Array[] {
  return delta.resolvedModules.map(
    (name) => (backbone.getSubmodule(name) as Linear | Conv1D).weight.dataSync() as Float32Array,
  );
}

function maxWeightDiff(a: Float32Array[], b: Float32Array[]): number {
  let max = 0;
  a.forEach((w, i) => {
    for (let j = 0; j < w.length; j++) max = Math.max(max, Math.abs(w[j]! - b[i]![j]!));
  });
  return max;
}

function maxTensorDiff(a: tf.Tensor, b: tf.Tensor): number {
  return tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0]!);
}

function errorCode(make: () => unknown): string {
  try {
    make();
  } catch (e) {
    return (e as DeltahubError).code;
  }
  return 'no error';
}

describe('LoRA extras', () => {
  beforeAll(async () => {
    await selectBackend('wasm');
  });

  describe.each([false, true])('merge()/unmerge() (DoRA %s)', (useDora) => {
    it.each(ARCHS)(
      'on %s: merged outputs equal unmerged within 1e-5, unmerge restores the weights',
      async (arch) => {
        const backbone = await loadTinyBackbone(arch);
        const base = run(backbone, arch);
        const delta = new LoraModel({ backboneModel: backbone, loraR: 4, loraAlpha: 8, useDora });
        // Fresh LoRA and fresh DoRA are the identity.
        expect(snapshotDiff(run(backbone, arch), base)).toBeLessThan(1e-6);
        perturbLora(backbone);
        const unmerged = run(backbone, arch);
        expect(snapshotDiff(unmerged, base)).toBeGreaterThan(1e-4);
        const weights = targetWeights(backbone, delta);

        delta.merge();
        expect(delta.isMerged).toBe(true);
        expect(maxWeightDiff(targetWeights(backbone, delta), weights)).toBeGreaterThan(1e-4);
        expect(snapshotDiff(run(backbone, arch), unmerged)).toBeLessThan(1e-5);
        delta.unmerge();
        expect(maxWeightDiff(targetWeights(backbone, delta), weights)).toBeLessThan(1e-6);
        expect(snapshotDiff(run(backbone, arch), unmerged)).toBeLessThan(1e-5);

        // Detaching a merged delta unmerges it first; merging a detached one is an error.
        delta.merge();
        delta.detach();
        expect(delta.isMerged).toBe(false);
        expect(snapshotDiff(run(backbone, arch), base)).toBeLessThan(1e-5);
        expect(errorCode(() => delta.merge())).toBe('DELTA_NOT_ATTACHED');
        backbone.dispose();
      },
    );
  });

  describe('rankPattern / alphaPattern (PEFT semantics)', () => {
    it('first matching key wins, matched as (.*\\.)?(key)$, per module rank, alpha and scaling', async () => {
      const backbone = await loadTinyBackbone('bert');
      const delta = new LoraModel({
        backboneModel: backbone,
        loraR: 4,
        loraAlpha: 8,
        rankPattern: { 'layer\\.0\\.attention\\.self\\.query': 2, query: 6, uery: 3 },
        alphaPattern: { value: 32 },
      });
      const lora = (name: string): LowRankLinear =>
        backbone.getSubmodule(`encoder.${name}.lora`) as LowRankLinear;
      expect(lora('layer.0.attention.self.query').loraA.shape).toEqual([2, 32]);
      expect(lora('layer.0.attention.self.query').loraB.shape).toEqual([32, 2]);
      expect(lora('layer.0.attention.self.query').scaling).toBe(8 / 2);
      // `uery` never matches: a key must match whole name parts.
      expect(lora('layer.1.attention.self.query').r).toBe(6);
      expect(lora('layer.1.attention.self.query').scaling).toBe(8 / 6);
      expect(lora('layer.0.attention.self.value').r).toBe(4);
      expect(lora('layer.1.attention.self.value').scaling).toBe(32 / 4);
      expect(delta.rankAndAlpha('encoder.layer.1.attention.self.value')).toEqual({ r: 4, alpha: 32 });
      expect(delta.hyperparameters()).toMatchObject({
        rankPattern: { query: 6 },
        alphaPattern: { value: 32 },
      });
      // Parameter count follows the per-module ranks: 2·32·(2 + 6 + 4 + 4).
      expect(delta.parameterCounts().delta).toBe(2 * 32 * (2 + 6 + 4 + 4));

      const base = run(backbone, 'bert');
      perturbLora(backbone);
      const unmerged = run(backbone, 'bert');
      expect(snapshotDiff(unmerged, base)).toBeGreaterThan(1e-4);
      delta.merge();
      expect(snapshotDiff(run(backbone, 'bert'), unmerged)).toBeLessThan(1e-5);
      delta.unmerge();
      delta.detach();
      backbone.dispose();
    });

    it('rsLoRA scales by alpha/√r of each module; bad patterns are DELTA_OPTIONS_INVALID', async () => {
      const backbone = await loadTinyBackbone('gpt2');
      const delta = new LoraModel({
        backboneModel: backbone,
        modifiedModules: ['c_attn', 'mlp.c_proj'],
        loraR: 4,
        loraAlpha: 8,
        useRslora: true,
        rankPattern: { '[hH]\\.1\\.attn\\.c_attn': 16 },
        alphaPattern: { c_proj: 2 },
      });
      const lora = (name: string): LowRankLinear => backbone.getSubmodule(`${name}.lora`) as LowRankLinear;
      expect(lora('h.1.attn.c_attn').scaling).toBe(8 / Math.sqrt(16));
      expect(lora('h.1.attn.c_attn').loraB.shape).toEqual([96, 16]);
      expect(lora('h.0.attn.c_attn').scaling).toBe(8 / 2);
      expect(lora('h.0.mlp.c_proj').scaling).toBe(2 / 2);
      expect(lora('h.0.mlp.c_proj').loraA.shape).toEqual([4, 37]);
      delta.detach();
      expect(errorCode(() => new LoraModel({ backboneModel: backbone, rankPattern: { c_attn: 0 } }))).toBe(
        'DELTA_OPTIONS_INVALID',
      );
      expect(errorCode(() => new LoraModel({ backboneModel: backbone, alphaPattern: { '(': 4 } }))).toBe(
        'DELTA_OPTIONS_INVALID',
      );
      expect([...backbone.namedModules()].some(([n]) => n.endsWith('.lora'))).toBe(false);
      backbone.dispose();
    });
  });

  describe('DoRA', () => {
    it.each(['Linear', 'Conv1D'] as const)(
      'follows PEFT’s formula on a %s target, merged and unmerged',
      (kind) => {
        const [inF, outF, r, alpha] = [6, 5, 2, 4];
        const layer = kind === 'Linear' ? new Linear(inF, outF) : new Conv1D(outF, inF);
        tf.tidy(() => layer.bias!.assign(tf.randomNormal([outF], 0, 0.5, 'float32', 3)));
        if (kind === 'Conv1D')
          tf.tidy(() => layer.weight.assign(tf.randomNormal([inF, outF], 0, 0.5, 'float32', 4)));
        const root = new OneLayer(layer);
        const x = tf.randomNormal([2, 3, inF], 0, 1, 'float32', 5);
        const base = root.call(x);
        const delta = new LoraModel({
          backboneModel: root,
          modifiedModules: ['proj'],
          loraR: r,
          loraAlpha: alpha,
          useDora: true,
        });
        const lora = root.getSubmodule('proj.lora') as LowRankLinear;
        const weightOutIn = (): tf.Tensor2D =>
          (kind === 'Linear' ? layer.weight : tf.transpose(layer.weight)) as tf.Tensor2D;
        // The magnitude starts at the row norms of W, so a fresh DoRA is the identity.
        expect(lora.magnitude!.shape).toEqual([outF]);
        expect(maxTensorDiff(lora.magnitude!, tf.norm(weightOutIn(), 'euclidean', 1))).toBeLessThan(1e-6);
        expect(maxTensorDiff(root.call(x), base)).toBeLessThan(1e-6);

        perturbLora(root);
        tf.tidy(() => lora.loraA.assign(tf.randomNormal([r, inF], 0, 0.5, 'float32', 6)));
        // PEFT: W' = W + s·B·A (in [out, in]); y = m / ‖W'‖_row ⊙ (x·W'ᵀ) + b.
        const expected = tf.tidy(() => {
          const updated = tf.add(weightOutIn(), tf.mul(tf.matMul(lora.loraB, lora.loraA), alpha / r));
          const norm = tf.sqrt(tf.sum(tf.square(updated), 1));
          const y = tf.matMul(x.reshape([-1, inF]), updated, false, true);
          return tf.add(tf.mul(y, tf.div(lora.magnitude!, norm)), layer.bias!).reshape([2, 3, outF]);
        });
        expect(maxTensorDiff(root.call(x), expected)).toBeLessThan(1e-5);
        delta.detach();
        expect(maxTensorDiff(root.call(x), base)).toBe(0);
        delta.attach();
        const weight = layer.weight.dataSync().slice();
        delta.merge();
        expect(maxTensorDiff(root.call(x), expected)).toBeLessThan(1e-5);
        delta.unmerge();
        expect(maxTensorDiff(layer.weight, tf.tensor(weight, layer.weight.shape))).toBeLessThan(1e-6);
        expect(maxTensorDiff(root.call(x), expected)).toBeLessThan(1e-5);
        delta.detach();
        // The weight went through merge and unmerge: float32 rounding, not bit-exact.
        expect(maxTensorDiff(root.call(x), base)).toBeLessThan(1e-5);
        root.dispose();
      },
    );

    it('detaches the weight norm from the gradient, as PEFT does; the magnitude is learned', () => {
      const [inF, outF, r] = [6, 5, 3];
      const layer = new Linear(inF, outF);
      const root = new OneLayer(layer);
      new LoraModel({
        backboneModel: root,
        modifiedModules: ['proj'],
        loraR: r,
        loraAlpha: r,
        useDora: true,
      });
      const lora = root.getSubmodule('proj.lora') as LowRankLinear;
      perturbLora(root);
      const x = tf.randomNormal([4, inF], 0, 1, 'float32', 8);
      const probe = tf.randomNormal([4, outF], 0, 1, 'float32', 9);
      const variables: Parameter[] = [lora.loraA, lora.loraB, lora.magnitude!];
      const { grads } = tf.variableGrads(() => tf.sum(tf.mul(root.call(x), probe)) as tf.Scalar, variables);
      // The same function with the norm as a constant (data copied out of the graph).
      const norm = tf.tensor(
        tf.tidy(() => tf.sqrt(tf.sum(tf.square(tf.add(layer.weight, lora.deltaWeight())), 1))).dataSync(),
      );
      const reference = tf.grads((a: tf.Tensor, b: tf.Tensor, m: tf.Tensor) => {
        const updated = tf.add(layer.weight, tf.matMul(b, a));
        const y = tf.mul(tf.matMul(x, updated, false, true), tf.div(m, norm));
        return tf.sum(tf.mul(tf.add(y, layer.bias!), probe));
      })([lora.loraA, lora.loraB, lora.magnitude!]);
      variables.forEach((v, i) => {
        const g = grads[v.name]!;
        expect(maxTensorDiff(g, reference[i]!)).toBeLessThan(1e-4);
        expect(tf.tidy(() => tf.max(tf.abs(g)).dataSync()[0]!)).toBeGreaterThan(1e-3);
      });
      root.dispose();
    });

    it('names the magnitude lora_magnitude_vector and counts it as a delta parameter', async () => {
      const backbone = await loadTinyBackbone('bert');
      const delta = new LoraModel({ backboneModel: backbone, useDora: true });
      delta.freezeModule({ exclude: ['deltas'], setStateDict: true });
      const dict = backbone.stateDict();
      expect(dict['encoder.layer.0.attention.self.query.lora.lora_magnitude_vector']!.shape).toEqual([32]);
      expect(Object.keys(dict)).toHaveLength(4 * 3);
      expect(delta.parameterCounts().delta).toBe(4 * (8 * 32 + 32 * 8 + 32));
      expect(delta.log({ print: false })).toContain(
        'lora (LowRankLinear) lora_A:[8, 32] lora_B:[32, 8] lora_magnitude_vector:[32] [delta]',
      );
      backbone.dispose();
    });

    it('trains: only DoRA (and the classifier) change, the synthetic task is learned', async () => {
      const model: PreTrainedModel = await tinyBertClassifier();
      const delta = new LoraModel({
        backboneModel: model,
        useDora: true,
        modifiedModules: ['query', 'value', 'attention.output.dense'],
      });
      const { evalLoss } = trainSynthetic(model, delta, { learningRate: 2e-2 });
      expect(evalLoss).toBeLessThan(0.3);
      model.dispose();
    });
  });
});
