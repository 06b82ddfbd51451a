import type { Conv1D, Linear } from '../../nn/linear.js';
import type { Module } from '../../nn/module.js';
import { tf } from '../../runtime/tf.js';
import { matchesAny } from '../base/addressing.js';
import type { CommonStructure } from '../base/common-structure.js';
import type { DeltaAttachment, DeltaModelOptions } from '../base/delta-model.js';
import { MergeableDeltaModel, assignOutIn, linearTarget, weightOutIn } from '../base/mergeable.js';
import { IA3_DEFAULTS, checkFeedforwardModules, resolveIa3Config, type Ia3Config } from './config.js';
import { IA3Vector } from './layer.js';

/** Options of {@link IA3Model}. */
export type IA3ModelOptions = DeltaModelOptions & Partial<Ia3Config>;

/**
 * (IA)³ as in PEFT: a learned vector per target linear layer rescales its output
 * (`y = l ⊙ (W·x + b)`), or for feed-forward targets its input (`y = W·(l ⊙ x) + b`). Vectors start
 * at ones, so a fresh delta changes nothing. Defaults follow PEFT per architecture (keys, values,
 * feed-forward output projections). `merge()` folds the vectors into the weights.
 */
export class IA3Model extends MergeableDeltaModel {
  readonly deltaType = 'ia3' as const;
  /** The options in use; `feedforwardModules` as given, or the defaults that apply to the targets. */
  readonly config: Ia3Config;
  #vectors = new Map<Linear | Conv1D, IA3Vector>();
  /** Whether feedforwardModules was given (then each pattern must name a target). */
  readonly #checkFeedforward: boolean;

  constructor(options: IA3ModelOptions) {
    super(options);
    this.config = resolveIa3Config(options, this.modelType);
    this.#checkFeedforward = options.feedforwardModules !== undefined;
    this.applyDeltas();
  }

  /** Resolves the targets, then checks the feed-forward patterns against them. */
  protected override resolveTargets(patterns: readonly string[]): string[] {
    const names = super.resolveTargets(patterns);
    this.config.feedforwardModules = checkFeedforwardModules(
      this.config.feedforwardModules,
      names,
      this.#checkFeedforward,
    );
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
    const linear = linearTarget(target, name, 'IA3');
    const feedforward = this.isFeedforward(name);
    const vector = new IA3Vector(feedforward ? linear.inFeatures : linear.outFeatures, feedforward);
    this.#vectors.set(linear, vector);
    return {
      children: [['ia3', vector]],
      install: () => [
        feedforward
          ? target.registerForwardPreHook((_module, inputs) => {
              if (this.isMerged) return inputs;
              const [x, ...rest] = inputs;
              return [vector.call(x as tf.Tensor), ...rest] as [tf.Tensor];
            })
          : target.registerForwardHook((_module, _inputs, output) => {
              if (this.isMerged) return output;
              return vector.call(output as tf.Tensor);
            }),
      ],
    };
  }

  /**
   * Folds every vector into its target: `W·diag(l)` for feed-forward targets (columns scaled),
   * `diag(l)·W` and `l ⊙ b` otherwise (rows and bias scaled), in GPT-2 Conv1D's `[in, out]` layout
   * where the target is one. Outputs stay the same, the extra multiplications go.
   */
  protected mergeWeights(): void {
    this.#scale('multiply');
  }

  /** Divides the vectors back out (as PEFT does), restoring the weights to float32 rounding. */
  protected unmergeWeights(): void {
    this.#scale('divide');
  }

  #scale(mode: 'multiply' | 'divide'): void {
    const apply = (a: tf.Tensor, b: tf.Tensor): tf.Tensor =>
      mode === 'multiply' ? tf.mul(a, b) : tf.div(a, b);
    for (const [target, vector] of this.#vectors) {
      tf.tidy(() => {
        const l = vector.ia3L;
        // In `[out, in]` layout: scale the input axis (columns) for feed-forward targets, the output
        // axis (rows) otherwise.
        const scale = vector.isFeedforward ? l.reshape([1, -1]) : l.reshape([-1, 1]);
        assignOutIn(target, apply(weightOutIn(target), scale) as tf.Tensor2D);
        const bias = target.bias;
        if (!vector.isFeedforward && bias) bias.assign(apply(bias, l));
      });
    }
  }
}
