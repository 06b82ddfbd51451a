import { expect, it } from 'vitest';
import type { PreTrainedModel } from '../../models/pretrained-model.js';
import type { Conv1D, Linear } from '../../nn/linear.js';
import type { Parameter } from '../../nn/module.js';
import { tf } from '../../runtime/tf.js';
import { loadTinyBackbone, run, snapshotDiff, type Arch } from '../test-support/backbones.js';
import { BitFitModel } from '../bitfit/model.js';
import { LoraModel } from '../lora/model.js';
import { describeDeltaMethod, errorCodeOf } from '../test-support/method-suite.js';
import { tinyBertClassifier } from '../test-support/training.js';
import type { IA3Vector } from './layer.js';
import { IA3Model } from './model.js';

/** Per architecture: default targets that must be present, and which of them are feed-forward. */
const DEFAULTS: Record<Arch, { output: string[]; feedforward: string[] }> = {
  bert: {
    output: ['encoder.layer.0.attention.self.key', 'encoder.layer.1.attention.self.value'],
    feedforward: ['encoder.layer.0.output.dense', 'encoder.layer.0.attention.output.dense'],
  },
  roberta: {
    output: ['encoder.layer.0.attention.self.key', 'encoder.layer.1.attention.self.value'],
    feedforward: ['encoder.layer.1.output.dense'],
  },
  distilbert: {
    output: ['transformer.layer.0.attention.k_lin', 'transformer.layer.1.attention.v_lin'],
    feedforward: ['transformer.layer.0.ffn.lin2'],
  },
  gpt2: { output: ['h.0.attn.c_attn', 'h.1.attn.c_attn'], feedforward: ['h.0.mlp.c_proj', 'h.1.mlp.c_proj'] },
  t5: {
    output: ['encoder.block.0.layer.0.SelfAttention.k', 'decoder.block.1.layer.1.EncDecAttention.v'],
    feedforward: ['encoder.block.1.layer.1.DenseReluDense.wo', 'decoder.block.0.layer.2.DenseReluDense.wo'],
  },
  bart: {
    output: ['encoder.layers.0.self_attn.q_proj', 'decoder.layers.1.encoder_attn.v_proj'],
    feedforward: ['decoder.layers.1.fc2', 'encoder.layers.0.fc2'],
  },
  llama: {
    output: ['layers.0.self_attn.k_proj', 'layers.1.self_attn.v_proj'],
    feedforward: ['layers.0.mlp.down_proj', 'layers.1.mlp.down_proj'],
  },
};

/** Weights (and biases) of every target, for exact before/after comparisons. */
function targetWeights(backbone: PreTrainedModel, delta: IA3Model): Float32Array[] {
  return delta.resolvedModules.flatMap((name) => {
    const target = backbone.getSubmodule(name) as Linear | Conv1D;
    return [target.weight, target.bias]
      .filter((p): p is Parameter => p !== undefined)
      .map((p) => p.dataSync() as Float32Array);
  });
}

function perturbVectors(backbone: PreTrainedModel): void {
  let seed = 7;
  for (const [name, p] of backbone.namedParameters()) {
    if (name.endsWith('.ia3.ia3_l'))
      tf.tidy(() => p.assign(tf.add(1, tf.randomNormal(p.shape, 0, 0.2, 'float32', seed++))));
  }
}

describeDeltaMethod(
  {
    label: 'IA3',
    defaultPlacement: {
      make: (options) => new IA3Model(options),
      modules: Object.fromEntries(
        Object.entries(DEFAULTS).map(([arch, { output, feedforward }]) => [
          arch,
          [...output, ...feedforward],
        ]),
      ) as Record<Arch, string[]>,
      inspect: (delta, backbone, arch) => {
        const ia3 = delta as IA3Model;
        const { output, feedforward } = DEFAULTS[arch];
        for (const name of output) {
          expect(ia3.isFeedforward(name)).toBe(false);
          const target = backbone.getSubmodule(name) as Linear | Conv1D;
          expect((backbone.getSubmodule(`${name}.ia3`) as IA3Vector).ia3L.shape).toEqual([
            target.outFeatures,
          ]);
        }
        for (const name of feedforward) {
          expect(ia3.isFeedforward(name)).toBe(true);
          const target = backbone.getSubmodule(name) as Linear | Conv1D;
          expect((backbone.getSubmodule(`${name}.ia3`) as IA3Vector).ia3L.shape).toEqual([target.inFeatures]);
        }
      },
      // Ones at initialisation: exactly the backbone's outputs.
      perturb: (_delta, backbone) => perturbVectors(backbone),
      afterwards: (delta, backbone, arch, { base, withDelta }) => {
        const ia3 = delta as IA3Model;
        // Merging folds the vectors into the weights; unmerging divides them out again, as PEFT does,
        // so weights come back to float32 rounding (not bit-exactly).
        const weights = targetWeights(backbone, ia3);
        ia3.merge();
        expect(ia3.isMerged).toBe(true);
        expect(snapshotDiff(run(backbone, arch), withDelta)).toBeLessThan(1e-5);
        ia3.unmerge();
        targetWeights(backbone, ia3).forEach((w, i) => {
          for (let j = 0; j < w.length; j++) expect(Math.abs(w[j]! - weights[i]![j]!)).toBeLessThan(1e-6);
        });
        expect(snapshotDiff(run(backbone, arch), withDelta)).toBeLessThan(1e-5);
        // Detaching a merged delta unmerges it first.
        ia3.merge();
        ia3.detach();
        expect(ia3.isMerged).toBe(false);
        expect(snapshotDiff(run(backbone, arch), base)).toBeLessThan(1e-5);
        expect(() => ia3.merge()).toThrow(/attach/);
      },
    },
    training: {
      changes: 'the vectors (and the classifier)',
      // As for BitFit: at the checkpoint's weight scale (std 0.02) the pooled output barely depends on
      // the tokens; weight matrices ×10 make the task learnable for a method without new matrices.
      model: () => tinyBertClassifier(10),
      make: (model) => new IA3Model({ backboneModel: model }),
      options: () => ({ learningRate: 5e-2 }),
      evalLossBelow: 0.3,
    },
  },
  () => {
    it('stacks with LoRA and BitFit on one module; detach/attach in any order restores exactly', async () => {
      const backbone = await loadTinyBackbone('bert');
      const base = run(backbone, 'bert');
      const target = 'encoder.layer.0.attention.output.dense';
      const ia3 = new IA3Model({
        backboneModel: backbone,
        modifiedModules: [target],
        feedforwardModules: [],
      });
      const lora = new LoraModel({ backboneModel: backbone, modifiedModules: [target] });
      const bitfit = new BitFitModel({ backboneModel: backbone, modifiedModules: [target] });
      perturbVectors(backbone);
      for (const [name, p] of backbone.namedParameters())
        if (name.endsWith('lora_B')) p.assign(tf.randomNormal(p.shape, 0, 0.1));
      for (const p of bitfit.deltaParameters()) p.assign(tf.randomNormal(p.shape, 0, 0.1));
      const all = run(backbone, 'bert');
      expect(snapshotDiff(all, base)).toBeGreaterThan(1e-4);

      lora.detach();
      const ia3Bitfit = run(backbone, 'bert');
      expect(snapshotDiff(ia3Bitfit, all)).toBeGreaterThan(1e-4);
      ia3.detach();
      bitfit.detach();
      expect(snapshotDiff(run(backbone, 'bert'), base)).toBe(0);
      bitfit.attach();
      ia3.attach();
      expect(snapshotDiff(run(backbone, 'bert'), ia3Bitfit)).toBe(0);
      ia3.detach();
      lora.attach();
      ia3.attach();
      // Hooks run in attach order; LoRA (parallel, reading the input) and IA3 (scaling the output)
      // no longer commute, so the output differs from the first order but stays the same on repeat.
      const reordered = run(backbone, 'bert');
      ia3.detach();
      ia3.attach();
      expect(snapshotDiff(run(backbone, 'bert'), reordered)).toBe(0);
      bitfit.detach();
      ia3.detach();
      lora.detach();
      expect(snapshotDiff(run(backbone, 'bert'), base)).toBe(0);
      expect([...backbone.namedModules()].some(([n]) => n.endsWith('.ia3') || n.endsWith('.lora'))).toBe(
        false,
      );
      backbone.dispose();
    });

    it('validates options and targets', async () => {
      const backbone = await loadTinyBackbone('bert');
      const custom = new IA3Model({
        backboneModel: backbone,
        modifiedModules: ['attention.self.query', 'intermediate.dense'],
        feedforwardModules: ['intermediate.dense'],
      });
      expect(custom.hyperparameters()).toEqual({ feedforwardModules: ['intermediate.dense'] });
      expect(custom.isFeedforward('encoder.layer.0.intermediate.dense')).toBe(true);
      expect(
        (backbone.getSubmodule('encoder.layer.0.intermediate.dense.ia3') as IA3Vector).ia3L.shape,
      ).toEqual([32]);
      expect(
        (backbone.getSubmodule('encoder.layer.0.attention.self.query.ia3') as IA3Vector).ia3L.shape,
      ).toEqual([32]);
      custom.detach();
      expect(
        errorCodeOf(
          () =>
            new IA3Model({
              backboneModel: backbone,
              modifiedModules: ['attention.self.key'],
              feedforwardModules: ['fc2'],
            }),
        ),
      ).toBe('DELTA_OPTIONS_INVALID');
      expect(
        errorCodeOf(
          () => new IA3Model({ backboneModel: backbone, modifiedModules: ['attention.output.LayerNorm'] }),
        ),
      ).toBe('DELTA_TARGET_UNSUPPORTED');
      // Nothing was left attached by the failed constructions.
      expect([...backbone.namedModules()].some(([n]) => n.endsWith('.ia3'))).toBe(false);
      backbone.dispose();
    });
  },
);
