/**
 * The behaviour tests every adapter-family method runs (default placement on six backbones,
 * detach/attach and stacking, training), written once and instantiated next to each method.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tf } from '../../../runtime/tf.js';
import { selectBackend } from '../../../runtime/backend.js';
import { DeltahubError } from '../../../errors.js';
import { BertForSequenceClassification } from '../../../models/bert/index.js';
import type { PreTrainedModel } from '../../../models/pretrained-model.js';
import { HF_TINY } from '../../../models/test-support/reference.js';
import type { Parameter } from '../../../nn/module.js';
import type { DeltaModel, DeltaModelOptions } from '../../base/delta-model.js';
import { LoraModel } from '../../lora/model.js';
import { ARCHS, loadTinyBackbone, run, snapshotDiff, type Arch } from './backbones.js';

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
        delta.detach();
        expect(snapshotDiff(run(backbone, arch), base)).toBe(0);
        delta.attach();
        expect(snapshotDiff(run(backbone, arch), withDelta)).toBe(0);
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
      const model = (await BertForSequenceClassification.fromPretrained(
        join(HF_TINY, 'bert'),
      )) as PreTrainedModel;
      const delta = spec.make({
        backboneModel: model,
        ...(spec.trainOn ? { modifiedModules: spec.trainOn } : {}),
      });
      delta.freezeModule({ exclude: ['deltas', 'classifier'] });
      const deltaParams = new Set<Parameter>(delta.deltaParameters());
      const trainable = delta.trainableVariables();
      const classifier = [...model.namedParameters()]
        .filter(([n]) => n.startsWith('classifier.'))
        .map(([, p]) => p);
      expect(new Set(trainable)).toEqual(new Set([...deltaParams, ...classifier]));
      const frozen = [...model.namedParameters()].filter(([, p]) => !p.trainable);
      const frozenBefore = frozen.map(([, p]) => p.dataSync().slice());
      const deltaBefore = [...deltaParams].map((p) => p.dataSync().slice());

      // The class token (7 → 1, 9 → 0) fills the first four positions, the rest is noise. (The tiny
      // random backbone's attention is nearly uniform, so a single marker token is a faint signal
      // at [CLS] that dropout noise drowns within 60 steps.)
      const ids: number[][] = [];
      const labels: number[] = [];
      for (let i = 0; i < 16; i++) {
        const marker = i % 2 === 1 ? 7 : 9;
        const noise = Array.from({ length: 4 }, (_, j) => 10 + ((i * 7 + j * 13) % 80));
        ids.push([2, marker, marker, marker, marker, ...noise, 3]);
        labels.push(i % 2);
      }
      const inputIds = tf.tensor2d(ids, undefined, 'int32');
      const onehot = tf.oneHot(tf.tensor1d(labels, 'int32'), 2);
      const optimizer = tf.train.adam(spec.learningRate ?? 2e-2);
      const lossOf = (): tf.Scalar =>
        tf.losses.softmaxCrossEntropy(onehot, model.forward({ inputIds }).logits!) as tf.Scalar;
      model.train();
      let loss = Infinity;
      // All 60 steps: a single step's loss under dropout is too noisy to stop on.
      for (let step = 0; step < 60; step++) {
        const value = optimizer.minimize(lossOf, true, trainable)!;
        loss = value.dataSync()[0]!;
        value.dispose();
      }
      model.eval();
      const evalLoss = tf.tidy(() => lossOf().dataSync()[0]!);
      console.log(
        `[${spec.label}] synthetic task: train loss ${loss.toFixed(4)}, eval loss ${evalLoss.toFixed(4)} (chance ${Math.LN2.toFixed(4)})`,
      );
      expect(evalLoss).toBeLessThan(0.3);

      frozen.forEach(([name, p], i) => {
        expect(Buffer.from(p.dataSync().buffer).equals(Buffer.from(frozenBefore[i]!.buffer)), name).toBe(
          true,
        );
      });
      const changed = [...deltaParams].filter(
        (p, i) => snapshotDiffArrays(p.dataSync(), deltaBefore[i]!) > 0,
      );
      expect(changed.length).toBeGreaterThan(deltaParams.size / 2);

      // Dropout only in train mode: eval forwards are deterministic.
      const a = tf.tidy(() => model.forward({ inputIds }).logits!.dataSync());
      const b = tf.tidy(() => model.forward({ inputIds }).logits!.dataSync());
      expect(snapshotDiffArrays(a, b)).toBe(0);
      model.train();
      const c = tf.tidy(() => model.forward({ inputIds }).logits!.dataSync());
      expect(snapshotDiffArrays(a, c)).toBeGreaterThan(0);
      model.eval();
      tf.dispose([inputIds, onehot]);
      optimizer.dispose();
      model.dispose();
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

function snapshotDiffArrays(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i]! - b[i]!));
  return max;
}
