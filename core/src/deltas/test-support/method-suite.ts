/**
 * The behaviour tests the methods outside the adapter family share (BitFit, (IA)³, Prefix,
 * SoftPrompt): default placement on six backbones, detach/attach with another delta stacked,
 * typed option errors and training, written once and instantiated next to each method (the adapter
 * family has its own, `adapter-family/test-support/suite.ts`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DeltahubError } from '../../errors.js';
import type { PreTrainedModel } from '../../models/pretrained-model.js';
import { selectBackend } from '../../runtime/backend.js';
import type { DeltaModel, DeltaModelOptions } from '../base/delta-model.js';
import {
  ARCHS,
  expectDetachAttachExact,
  loadTinyBackbone,
  run,
  snapshotDiff,
  type Arch,
  type Snapshot,
} from './backbones.js';
import { checkDropoutOnlyInTraining, trainSynthetic, type SyntheticTraining } from './training.js';

/** A method built on one backbone, and how the default-placement test checks it. */
export interface DefaultPlacementSpec {
  /** Builds the method with its default placement (and test-sized options). */
  readonly make: (options: DeltaModelOptions) => DeltaModel;
  /** Module names the default placement must include, per architecture. */
  readonly modules: Readonly<Record<Arch, readonly string[]>>;
  /**
   * For methods that start as the identity (BitFit's zero biases, (IA)³'s ones): sets the delta's
   * parameters to noise once the fresh delta is checked to change nothing. Without it, a fresh
   * delta must already change the outputs.
   */
  readonly perturb?: (delta: DeltaModel, backbone: PreTrainedModel) => void;
  /** Method-specific checks of the fresh delta (where its modules sit, their shapes...). */
  readonly inspect?: (delta: DeltaModel, backbone: PreTrainedModel, arch: Arch) => void;
  /** Method-specific checks once detach/attach is known to be exact (merging...). */
  readonly afterwards?: (
    delta: DeltaModel,
    backbone: PreTrainedModel,
    arch: Arch,
    outputs: { base: Snapshot; withDelta: Snapshot },
  ) => void;
}

/** Two deltas on the same modules, detached and attached in every order. */
export interface StackedSpec {
  /** Method name of the other delta, for the test title. */
  readonly other: string;
  readonly arch: Arch;
  /** Builds both on `backbone` (the other one's parameters set so it visibly acts). */
  readonly build: (backbone: PreTrainedModel) => { method: DeltaModel; other: DeltaModel };
  /** When set, each delta alone and both together must change the outputs by more than this. */
  readonly effect?: number;
  /** Module names that must be gone once the method and the other delta are detached. */
  readonly leftover?: RegExp;
}

/** How the training test builds its classifier and delta, and the eval loss it must reach. */
export interface TrainingSpec {
  /** What training may change, for the title (`the biases (and the classifier)`). */
  readonly changes: string;
  readonly model: () => Promise<PreTrainedModel>;
  readonly make: (model: PreTrainedModel) => DeltaModel;
  readonly options: (delta: DeltaModel) => SyntheticTraining;
  readonly evalLossBelow: number;
}

/** What {@link describeDeltaMethod} registers for one method. */
export interface DeltaMethodSpec {
  /** Method name in test titles. */
  readonly label: string;
  readonly defaultPlacement?: DefaultPlacementSpec;
  readonly stacked?: StackedSpec;
  readonly training: TrainingSpec;
  /** Builds the method for the dropout test; absent for methods without dropout. */
  readonly dropout?: (model: PreTrainedModel) => DeltaModel;
}

const parameterNames = (model: PreTrainedModel): Set<string> =>
  new Set([...model.namedParameters()].map(([name]) => name));

/** The code of the `DeltahubError` `build` throws (another error's text; undefined when none). */
export function errorCodeOf(build: () => unknown): string | undefined {
  try {
    build();
  } catch (e) {
    return e instanceof DeltahubError ? e.code : String(e);
  }
  return undefined;
}

/**
 * `method` and `other` act on the same modules: detaching either leaves the other's outputs,
 * re-attaching in any order gives the same outputs as before, and detaching both (the method twice)
 * gives back the backbone exactly.
 */
function checkStackedDetachAttach(
  backbone: PreTrainedModel,
  spec: StackedSpec,
  base: Snapshot,
  method: DeltaModel,
  other: DeltaModel,
): void {
  const { arch, effect } = spec;
  const both = run(backbone, arch);
  if (effect !== undefined) expect(snapshotDiff(both, base)).toBeGreaterThan(effect);
  method.detach();
  const otherOnly = run(backbone, arch);
  if (effect !== undefined) {
    expect(snapshotDiff(otherOnly, base)).toBeGreaterThan(effect);
    expect(snapshotDiff(otherOnly, both)).toBeGreaterThan(effect);
  }
  other.detach();
  expect(snapshotDiff(run(backbone, arch), base)).toBe(0);
  method.attach();
  const methodOnly = run(backbone, arch);
  if (effect !== undefined) expect(snapshotDiff(methodOnly, base)).toBeGreaterThan(effect);
  other.attach();
  expect(snapshotDiff(run(backbone, arch), both)).toBe(0);
  method.detach();
  expect(snapshotDiff(run(backbone, arch), otherOnly)).toBe(0);
  method.attach();
  other.detach();
  expect(snapshotDiff(run(backbone, arch), methodOnly)).toBe(0);
  // Detaching twice is harmless; attach after detach brings the delta back.
  method.detach();
  method.detach();
  expect(snapshotDiff(run(backbone, arch), base)).toBe(0);
  if (spec.leftover) {
    const leftover = spec.leftover;
    expect([...backbone.namedModules()].some(([name]) => leftover.test(name))).toBe(false);
  }
  method.attach();
  expect(snapshotDiff(run(backbone, arch), methodOnly)).toBe(0);
}

/**
 * Registers the shared behaviour tests of one method under `<label>: behaviour`; `more` registers
 * the method's own tests in the same block.
 */
export function describeDeltaMethod(spec: DeltaMethodSpec, more?: () => void): void {
  describe(`${spec.label}: behaviour`, () => {
    beforeAll(async () => {
      await selectBackend('wasm');
    });

    const placement = spec.defaultPlacement;
    if (placement) {
      it.each(ARCHS)(
        `default placement on %s: real names, same shapes, ${placement.perturb ? 'unchanged when fresh' : 'outputs change'}, exact detach`,
        async (arch) => {
          const backbone = await loadTinyBackbone(arch);
          const names = parameterNames(backbone);
          const base = run(backbone, arch);
          const delta = placement.make({ backboneModel: backbone });
          expect(delta.usesDefaultPlacement).toBe(true);
          for (const name of placement.modules[arch]) expect(delta.resolvedModules).toContain(name);
          // Real module names only: OpenDelta's `@` common-structure marks never leak out.
          expect(delta.modifiedModules.some((p) => p.includes('@'))).toBe(false);
          expect(delta.deltaParameters().length).toBeGreaterThan(0);
          placement.inspect?.(delta, backbone, arch);
          if (placement.perturb) {
            expect(snapshotDiff(run(backbone, arch), base)).toBe(0);
            placement.perturb(delta, backbone);
          }
          const withDelta = run(backbone, arch);
          // Same output names and shapes (snapshotDiff checks them); the delta changes the outputs.
          expect(snapshotDiff(withDelta, base)).toBeGreaterThan(1e-4);
          expectDetachAttachExact(backbone, arch, delta, base, withDelta, () => {
            // Whatever the delta added is gone again: the parameter names are the backbone's own.
            expect(parameterNames(backbone)).toEqual(names);
          });
          placement.afterwards?.(delta, backbone, arch, { base, withDelta });
          backbone.dispose();
        },
      );
    }

    const stacked = spec.stacked;
    if (stacked) {
      it(`detach/attach in any order with ${stacked.other} stacked on the same modules; detach restores exactly`, async () => {
        const backbone = await loadTinyBackbone(stacked.arch);
        const base = run(backbone, stacked.arch);
        const { method, other } = stacked.build(backbone);
        checkStackedDetachAttach(backbone, stacked, base, method, other);
        backbone.dispose();
      });
    }

    more?.();

    const training = spec.training;
    it(`training changes only ${training.changes} and learns a synthetic task`, async () => {
      const model = await training.model();
      const delta = training.make(model);
      const { evalLoss } = trainSynthetic(model, delta, training.options(delta));
      expect(evalLoss).toBeLessThan(training.evalLossBelow);
      model.dispose();
    });

    const dropout = spec.dropout;
    if (dropout) {
      it('dropout acts only in train mode', async () => {
        await checkDropoutOnlyInTraining(dropout);
      });
    }
  });
}
