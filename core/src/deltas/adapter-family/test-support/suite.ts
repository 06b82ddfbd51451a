/**
 * The behaviour tests every adapter-family method runs (default placement on six backbones,
 * detach/attach and stacking, training), written once and instantiated next to each method.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { tf } from '../../../runtime/tf.js';
import { selectBackend } from '../../../runtime/backend.js';
import { DeltahubError } from '../../../errors.js';
import type { DeltaModel, DeltaModelOptions } from '../../base/delta-model.js';
import { LoraModel } from '../../lora/model.js';
import {
  ARCHS,
  loadTinyBackbone,
  run,
  snapshotDiff,
  expectDetachAttachExact,
  type Arch,
} from '../../test-support/backbones.js';
import {
  checkDropoutOnlyInTraining,
  tinyBertClassifier,
  trainSynthetic,
} from '../../test-support/training.js';

/**
 * Module names the default placement of the sequential adapters (Adapter, LowRankAdapter,
 * Compacter: after the attention output and the second FFN projection) must include.
 */
export const AFTER_ATTENTION_AND_FFN: Readonly<Record<Arch, readonly string[]>> = {
  bert: ['encoder.layer.0.attention.output.dense', 'encoder.layer.1.output.dense'],
  roberta: ['encoder.layer.0.attention.output.dense', 'encoder.layer.1.output.dense'],
  distilbert: ['transformer.layer.0.attention.out_lin', 'transformer.layer.1.ffn.lin2'],
  gpt2: ['h.0.attn.c_proj', 'h.1.mlp.c_proj'],
  t5: [
    'encoder.block.0.layer.0.SelfAttention.o',
    'encoder.block.1.layer.1.DenseReluDense.wo',
    'decoder.block.0.layer.0.SelfAttention.o',
    'decoder.block.1.layer.2.DenseReluDense.wo',
  ],
  bart: [
    'encoder.layers.0.self_attn.out_proj',
    'encoder.layers.1.fc2',
    'decoder.layers.0.self_attn.out_proj',
    'decoder.layers.1.fc2',
  ],
  llama: ['layers.0.self_attn.o_proj', 'layers.1.mlp.down_proj'],
};

/** How a method is built and where its default placement must land. */
export interface FamilySpec {
  /** Method name in test titles. */
  readonly label: string;
  /** Builds the method with the given base options (extra method options added by the spec). */
  readonly make: (options: DeltaModelOptions) => DeltaModel;
  /** Module names the default placement must include, per architecture. */
  readonly defaultModules: Readonly<Record<Arch, readonly string[]>>;
  /** The child name the method registers under its targets (`adapter`, `compactor`...). */
  readonly childName: string;
  /** Adam learning rate for the synthetic task. */
  readonly learningRate?: number;
  /** Placement for the training test when not the default (see the ParallelAdapter spec for why). */
  readonly trainOn?: string[];
  /** `modifiedModules` putting one delta on the module `pattern` (ParallelAdapter needs a pair). */
  readonly on?: (pattern: string) => string[];
}

/** Registers the shared behaviour tests for one method. */
export function describeAdapterFamily(spec: FamilySpec): void {
  const on = spec.on ?? ((pattern: string) => [pattern]);
  describe(`${spec.label}: behaviour`, () => {
    beforeAll(async () => {
      await selectBackend('wasm');
    });

    it.each(ARCHS)(
      'default placement on %s: real names, same shapes, outputs change, detach restores',
      async (arch) => {
        const backbone = await loadTinyBackbone(arch);
        const base = run(backbone, arch);
        const delta = spec.make({ backboneModel: backbone });
        expect(delta.usesDefaultPlacement).toBe(true);
        for (const name of spec.defaultModules[arch]) expect(delta.resolvedModules).toContain(name);
        // Real module names only: OpenDelta's `@` common-structure marks never leak out.
        expect(delta.modifiedModules.some((p) => p.includes('@'))).toBe(false);
        expect(delta.deltaParameters().length).toBeGreaterThan(0);
        const withDelta = run(backbone, arch);
        // Same output names and shapes (snapshotDiff checks them), and a fresh delta is not the identity.
        expect(snapshotDiff(withDelta, base)).toBeGreaterThan(1e-7);
        expectDetachAttachExact(backbone, arch, delta, base, withDelta);
        backbone.dispose();
      },
    );

    it('detach/attach in any order with LoRA stacked on the same modules; detach restores exactly', async () => {
      const backbone = await loadTinyBackbone('bert');
      const base = run(backbone, 'bert');
      const method = spec.make({ backboneModel: backbone, modifiedModules: on('attention.output.dense') });
      const lora = new LoraModel({ backboneModel: backbone, modifiedModules: ['attention.output.dense'] });
      // LoRA's B starts at zero; make it count so both deltas visibly act on the same module.
      for (const [name, p] of backbone.namedParameters())
        if (name.endsWith('lora_B')) p.assign(tf.randomNormal(p.shape, 0, 0.1));
      const both = run(backbone, 'bert');
      expect(snapshotDiff(both, base)).toBeGreaterThan(1e-7);

      method.detach();
      const loraOnly = run(backbone, 'bert');
      expect(snapshotDiff(loraOnly, base)).toBeGreaterThan(1e-7);
      lora.detach();
      expect(snapshotDiff(run(backbone, 'bert'), base)).toBe(0);
      method.attach();
      const methodOnly = run(backbone, 'bert');
      lora.attach();
      expect(snapshotDiff(run(backbone, 'bert'), both)).toBe(0);

      lora.detach();
      expect(snapshotDiff(run(backbone, 'bert'), methodOnly)).toBe(0);
      method.detach();
      expect(snapshotDiff(run(backbone, 'bert'), base)).toBe(0);
      // Detaching twice is harmless; attach after detach works (OpenDelta's is broken).
      method.detach();
      method.attach();
      expect(snapshotDiff(run(backbone, 'bert'), methodOnly)).toBe(0);
      method.detach();
      expect([...backbone.namedModules()].some(([n]) => n.endsWith(`.${spec.childName}`))).toBe(false);
      backbone.dispose();
    });

    it('a second delta of the same kind on the same module is a DELTA_NAME_TAKEN error', async () => {
      const backbone = await loadTinyBackbone('bert');
      spec.make({ backboneModel: backbone, modifiedModules: on('encoder.layer.0.attention.output.dense') });
      let error: unknown;
      try {
        spec.make({ backboneModel: backbone, modifiedModules: on('encoder.layer.0.attention.output.dense') });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DeltahubError);
      expect((error as DeltahubError).code).toBe('DELTA_NAME_TAKEN');
      backbone.dispose();
    });

    it('a pattern matching nothing is an error, excludeModules is honoured', async () => {
      const backbone = await loadTinyBackbone('bert');
      expect(() => spec.make({ backboneModel: backbone, modifiedModules: on('no_such_module') })).toThrow(
        /matches no module/,
      );
      const delta = spec.make({ backboneModel: backbone, excludeModules: ['[r]encoder\\.layer\\.1\\..*'] });
      expect(delta.resolvedModules.length).toBeGreaterThan(0);
      expect(delta.resolvedModules.every((n) => n.startsWith('encoder.layer.0.'))).toBe(true);
      backbone.dispose();
    });

    it('training changes only delta parameters and learns a synthetic task', async () => {
      const model = await tinyBertClassifier();
      const delta = spec.make({
        backboneModel: model,
        ...(spec.trainOn ? { modifiedModules: spec.trainOn } : {}),
      });
      // The class token fills the first four positions, the rest is noise. The tiny random
      // backbone's attention is nearly uniform, so a single marker token is a faint signal at
      // [CLS]: with one, 25 runs each left Adapter and LowRankAdapter above the bound 3 times.
      const { evalLoss } = trainSynthetic(model, delta, {
        learningRate: spec.learningRate ?? 2e-2,
        markers: 4,
        moved: 'most',
        label: spec.label,
      });
      expect(evalLoss).toBeLessThan(0.3);
      model.dispose();
    });

    it('dropout acts only in train mode', async () => {
      await checkDropoutOnlyInTraining((model) =>
        spec.make({ backboneModel: model, ...(spec.trainOn ? { modifiedModules: spec.trainOn } : {}) }),
      );
    });

    it('constructs its parameters eagerly: counted and loadable before any forward', async () => {
      const backbone = await loadTinyBackbone('bart');
      const delta = spec.make({ backboneModel: backbone, modifiedModules: on('self_attn.out_proj') });
      delta.freezeModule({ exclude: ['deltas'], setStateDict: true });
      const dict = backbone.stateDict();
      expect(Object.keys(dict).length).toBeGreaterThan(0);
      expect(Object.keys(dict).every((k) => k.includes(`.${spec.childName}.`))).toBe(true);
      expect(delta.parameterCounts().trainable).toBe(delta.parameterCounts().delta);
      backbone.dispose();
    });
  });
}
