import { beforeAll, describe, expect, it } from 'vitest';
import type { DeltahubError } from '../../errors.js';
import type { PreTrainedModel } from '../../models/pretrained-model.js';
import type { Conv1D, Linear } from '../../nn/linear.js';
import type { Parameter } from '../../nn/module.js';
import { selectBackend } from '../../runtime/backend.js';
import { tf } from '../../runtime/tf.js';
import {
  ARCHS,
  loadTinyBackbone,
  run,
  snapshotDiff,
  expectDetachAttachExact,
  type Arch,
} from '../test-support/backbones.js';
import { BitFitModel } from '../bitfit/model.js';
import { LoraModel } from '../lora/model.js';
import { tinyBertClassifier, trainSynthetic } from '../test-support/training.js';
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

describe('IA3: behaviour', () => {
  beforeAll(async () => {
    await selectBackend('wasm');
  });

  it.each(ARCHS)(
    'default placement on %s: PEFT targets, unchanged when fresh, merge = unmerged, exact detach',
    async (arch) => {
      const backbone = await loadTinyBackbone(arch);
      const base = run(backbone, arch);
      const delta = new IA3Model({ backboneModel: backbone });
      expect(delta.usesDefaultPlacement).toBe(true);
      const { output, feedforward } = DEFAULTS[arch];
      for (const name of [...output, ...feedforward]) expect(delta.resolvedModules).toContain(name);
      for (const name of output) {
        expect(delta.isFeedforward(name)).toBe(false);
        const target = backbone.getSubmodule(name) as Linear | Conv1D;
        expect((backbone.getSubmodule(`${name}.ia3`) as IA3Vector).ia3L.shape).toEqual([target.outFeatures]);
      }
      for (const name of feedforward) {
        expect(delta.isFeedforward(name)).toBe(true);
        const target = backbone.getSubmodule(name) as Linear | Conv1D;
        expect((backbone.getSubmodule(`${name}.ia3`) as IA3Vector).ia3L.shape).toEqual([target.inFeatures]);
      }
      // Ones at initialisation: exactly the backbone's outputs.
      expect(snapshotDiff(run(backbone, arch), base)).toBe(0);
      perturbVectors(backbone);
      const withDelta = run(backbone, arch);
      expect(snapshotDiff(withDelta, base)).toBeGreaterThan(1e-4);

      expectDetachAttachExact(backbone, arch, delta, base, withDelta);

      // Merging folds the vectors into the weights; unmerging divides them out again, as PEFT does,
      // so weights come back to float32 rounding (not bit-exactly).
      const weights = targetWeights(backbone, delta);
      delta.merge();
      expect(delta.isMerged).toBe(true);
      expect(snapshotDiff(run(backbone, arch), withDelta)).toBeLessThan(1e-5);
      delta.unmerge();
      targetWeights(backbone, delta).forEach((w, i) => {
        for (let j = 0; j < w.length; j++) expect(Math.abs(w[j]! - weights[i]![j]!)).toBeLessThan(1e-6);
      });
      expect(snapshotDiff(run(backbone, arch), withDelta)).toBeLessThan(1e-5);
      // Detaching a merged delta unmerges it first.
      delta.merge();
      delta.detach();
      expect(delta.isMerged).toBe(false);
      expect(snapshotDiff(run(backbone, arch), base)).toBeLessThan(1e-5);
      expect(() => delta.merge()).toThrow(/attach/);
      backbone.dispose();
    },
  );

  it('stacks with LoRA and BitFit on one module; detach/attach in any order restores exactly', async () => {
    const backbone = await loadTinyBackbone('bert');
    const base = run(backbone, 'bert');
    const target = 'encoder.layer.0.attention.output.dense';
    const ia3 = new IA3Model({ backboneModel: backbone, modifiedModules: [target], feedforwardModules: [] });
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
    expect([...backbone.namedModules()].some(([n]) => n.endsWith('.ia3') || n.endsWith('.lora'))).toBe(false);
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
    expect((backbone.getSubmodule('encoder.layer.0.intermediate.dense.ia3') as IA3Vector).ia3L.shape).toEqual(
      [32],
    );
    expect(
      (backbone.getSubmodule('encoder.layer.0.attention.self.query.ia3') as IA3Vector).ia3L.shape,
    ).toEqual([32]);
    custom.detach();
    const errorOf = (make: () => unknown): DeltahubError => {
      try {
        make();
      } catch (e) {
        return e as DeltahubError;
      }
      throw new Error('no error');
    };
    expect(
      errorOf(
        () =>
          new IA3Model({
            backboneModel: backbone,
            modifiedModules: ['attention.self.key'],
            feedforwardModules: ['fc2'],
          }),
      ).code,
    ).toBe('DELTA_OPTIONS_INVALID');
    expect(
      errorOf(
        () => new IA3Model({ backboneModel: backbone, modifiedModules: ['attention.output.LayerNorm'] }),
      ).code,
    ).toBe('DELTA_TARGET_UNSUPPORTED');
    // Nothing was left attached by the failed constructions.
    expect([...backbone.namedModules()].some(([n]) => n.endsWith('.ia3'))).toBe(false);
    backbone.dispose();
  });

  it('training changes only the vectors (and the classifier) and learns a synthetic task', async () => {
    // As for BitFit: at the checkpoint's weight scale (std 0.02) the pooled output barely depends on
    // the tokens; weight matrices ×10 make the task learnable for a method without new matrices.
    const model = await tinyBertClassifier(10);
    const { evalLoss } = trainSynthetic(model, new IA3Model({ backboneModel: model }), {
      learningRate: 5e-2,
    });
    expect(evalLoss).toBeLessThan(0.3);
    model.dispose();
  });
});
