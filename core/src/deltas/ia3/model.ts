import { DeltahubError } from '../../errors.js';
import { Conv1D, Linear } from '../../nn/linear.js';
import type { Module } from '../../nn/module.js';
import { tf } from '../../runtime/tf.js';
import { matchesAny } from '../base/addressing.js';
import type { CommonStructure } from '../base/common-structure.js';
import { DeltaModel, type DeltaAttachment, type DeltaModelOptions } from '../base/delta-model.js';
import { IA3_DEFAULTS, type Ia3Config } from './config.js';
import { IA3Vector } from './layer.js';

/** Options of {@link IA3Model}. */
export type IA3ModelOptions = DeltaModelOptions & Partial<Ia3Config>;

/**
 * (IA)³ as in PEFT: a learned vector per target linear layer rescales its output
 * (`y = l ⊙ (W·x + b)`), or for feed-forward targets its input (`y = W·(l ⊙ x) + b`). Vectors start
 * at ones, so a fresh delta changes nothing. Defaults follow PEFT per architecture (keys, values,
 * feed-forward output projections). `merge()` folds the vectors into the weights.
 */
export class IA3Model extends DeltaModel {
  readonly deltaType = 'ia3' as const;
  /** The options in use; `feedforwardModules` as given, or the defaults that apply to the targets. */
  readonly config: Ia3Config;
  #vectors = new Map<Linear | Conv1D, IA3Vector>();
  #merged = false;
  /** Whether feedforwardModules was given (then each pattern must name a target). */
  readonly #checkFeedforward: boolean;

  constructor(options: IA3ModelOptions) {
    super(options);
    const defaults = IA3_DEFAULTS[this.modelType ?? ''];
    this.config = { feedforwardModules: [...(options.feedforwardModules ?? defaults?.feedforward ?? [])] };
    this.#checkFeedforward = options.feedforwardModules !== undefined;
    this.applyDeltas();
  }

  /** Resolves the targets, then checks that each given feed-forward pattern names one of them. */
  protected override resolveTargets(patterns: readonly string[]): string[] {
    const names = super.resolveTargets(patterns);
    if (!this.#checkFeedforward) {
      // Keep only the default feed-forward patterns that apply, so the saved config rebuilds.
      this.config.feedforwardModules = this.config.feedforwardModules.filter((pattern) =>
        names.some((name) => matchesAny(name, [pattern])),
      );
    } else {
      for (const pattern of this.config.feedforwardModules) {
        if (!names.some((name) => matchesAny(name, [pattern]))) {
          throw new DeltahubError(
            'DELTA_OPTIONS_INVALID',
            `feedforwardModules pattern '${pattern}' matches none of the modified modules (${names.join(', ')}).`,
          );
        }
      }
    }
    return names;
  }

  protected defaultModifiedModules(structure: CommonStructure): string[] {
    const defaults = IA3_DEFAULTS[this.modelType ?? ''];
    if (defaults) return [...defaults.targets];
    return [...(structure.fusedQkv ?? [...structure.key, ...structure.value]), ...structure.ffnOut];
  }

  hyperparameters(): Record<string, unknown> {
    return { feedforwardModules: [...this.config.feedforwardModules] };
  }

  /** Whether a module (full name) has its input scaled rather than its output. */
  isFeedforward(moduleName: string): boolean {
    return matchesAny(moduleName, this.config.feedforwardModules);
  }

  protected createDelta(target: Module, name: string): DeltaAttachment {
    if (!(target instanceof Linear || target instanceof Conv1D)) {
      throw new DeltahubError(
        'DELTA_TARGET_UNSUPPORTED',
        `IA3 needs a Linear or Conv1D target, but '${name}' is a ${target.typeName}.`,
      );
    }
    const feedforward = this.isFeedforward(name);
    const vector = new IA3Vector(feedforward ? target.inFeatures : target.outFeatures, feedforward);
    this.#vectors.set(target, vector);
    return {
      children: [['ia3', vector]],
      install: () => [
        feedforward
          ? target.registerForwardPreHook((_module, inputs) => {
              if (this.#merged) return inputs;
              const [x, ...rest] = inputs;
              return [vector.call(x as tf.Tensor), ...rest] as [tf.Tensor];
            })
          : target.registerForwardHook((_module, _inputs, output) => {
              if (this.#merged) return output;
              return vector.call(output as tf.Tensor);
            }),
      ],
    };
  }

  /**
   * Takes the delta out; merged weights are unmerged first, so the backbone computes as before
   * (to float32 rounding of the merge round trip; exactly when it was never merged).
   */
  override detach(): void {
    if (this.#merged) this.unmerge();
    super.detach();
  }

  /** Whether the vectors are currently folded into the backbone weights. */
  get isMerged(): boolean {
    return this.#merged;
  }

  /**
   * Folds every vector into its target: `W·diag(l)` for feed-forward targets (columns scaled),
   * `diag(l)·W` and `l ⊙ b` otherwise (rows and bias scaled), in GPT-2 Conv1D's `[in, out]` layout
   * where the target is one. Outputs stay the same, the extra multiplications go.
   */
  merge(): void {
    if (this.#merged) return;
    if (!this.isAttached) {
      throw new DeltahubError(
        'DELTA_NOT_ATTACHED',
        'merge() folds an attached delta into the backbone: attach() it first.',
      );
    }
    this.#scale('multiply');
    this.#merged = true;
  }

  /** Divides the vectors back out (as PEFT does), restoring the weights to float32 rounding. */
  unmerge(): void {
    if (!this.#merged) return;
    this.#scale('divide');
    this.#merged = false;
  }

  #scale(mode: 'multiply' | 'divide'): void {
    const apply = (a: tf.Tensor, b: tf.Tensor): tf.Tensor =>
      mode === 'multiply' ? tf.mul(a, b) : tf.div(a, b);
    for (const [target, vector] of this.#vectors) {
      tf.tidy(() => {
        const l = vector.ia3L;
        // Weight layouts: Linear [out, in], Conv1D [in, out]. Scale the input axis for feed-forward
        // targets, the output axis otherwise.
        const scalesRows = vector.isFeedforward === target instanceof Conv1D;
        target.weight.assign(apply(target.weight, scalesRows ? l.reshape([-1, 1]) : l.reshape([1, -1])));
        const bias = target.bias;
        if (!vector.isFeedforward && bias) bias.assign(apply(bias, l));
      });
    }
  }
}
