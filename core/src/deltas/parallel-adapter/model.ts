import { DeltahubError } from '../../errors.js';
import type { HookHandle, Module, StateDict } from '../../nn/module.js';
import { Conv1D, Linear } from '../../nn/linear.js';
import { tf } from '../../runtime/tf.js';
import { checkLastDim, firstInputTensor, inputFeatures, mapHiddenStates } from '../adapter-family/targets.js';
import { matchesModulePattern, resolveModules } from '../base/addressing.js';
import type { CommonStructure } from '../base/common-structure.js';
import { DeltaModel, type DeltaAttachment, type DeltaModelOptions } from '../base/delta-model.js';
import { resolveParallelAdapterConfig, type ParallelAdapterConfig } from './config.js';
import { ParallelAdapterLayer } from './layer.js';
import { pairModules, type ModulePair } from './pairing.js';

/** Options of {@link ParallelAdapterModel}. */
export type ParallelAdapterModelOptions = DeltaModelOptions & Partial<ParallelAdapterConfig>;

const CHILD = 'parallel_adapter';
const METHOD = 'ParallelAdapter';

/**
 * Parallel adapters as OpenDelta's `ParallelAdapterModel`: `modifiedModules` are read in pairs; each
 * pair gets one adapter computing from the first module's input, added to the second module's
 * output. The adapter is the child `parallel_adapter` of both ends (one set of parameters, named
 * under the first: `...intermediate.dense.parallel_adapter.modulelist.down_proj.weight`).
 * Defaults: from the attention block's input to its output, and from the FFN's first projection's
 * input to its second's output, in every layer (OpenDelta's `attn@, attn@, ff@.w1@, ff@.w2@`; on T5
 * `block.N.layer.0` with itself and `DenseReluDense.wi` → `DenseReluDense.wo`).
 */
export class ParallelAdapterModel extends DeltaModel {
  readonly deltaType = 'parallel_adapter' as const;
  readonly config: ParallelAdapterConfig;
  #pairs: ModulePair[] = [];

  constructor(options: ParallelAdapterModelOptions) {
    super(options);
    this.config = resolveParallelAdapterConfig(options);
    this.applyDeltas();
  }

  /** The (first, second) module pairs, one adapter each. */
  get pairs(): readonly ModulePair[] {
    return this.#pairs;
  }

  protected defaultModifiedModules(structure: CommonStructure): string[] {
    const modelType = this.modelType;
    // OpenDelta's `attn@`: BERT's attention block (self-attention, output projection and its
    // LayerNorm), T5's T5LayerSelfAttention (`block.N.layer.0`: layer norm, attention, residual).
    const attention =
      modelType === 'bert' || modelType === 'roberta'
        ? 'attention'
        : (structure.attentionBlock?.[0] ?? structure.selfAttention[0]);
    // `ff@.w1@` → `ff@.w2@`: T5's `DenseReluDense.wi` → `.wo`; a gated T5 FFN reads `wi_0`'s input.
    const ffnIn = structure.ffnIn.find((pattern) => this.#hasModule(pattern));
    const patterns = [attention, attention, ffnIn, structure.ffnOut[0]];
    if (patterns.some((p) => p === undefined)) {
      throw new DeltahubError(
        'NO_DEFAULT_PLACEMENT',
        `No default ParallelAdapter placement for model_type '${String(modelType)}'.`,
      );
    }
    return patterns as string[];
  }

  #hasModule(pattern: string): boolean {
    for (const [name] of this.backboneModel.namedModules())
      if (matchesModulePattern(name, pattern)) return true;
    return false;
  }

  hyperparameters(): Record<string, unknown> {
    return { ...this.config };
  }

  protected override resolveTargets(patterns: readonly string[]): string[] {
    const names = resolveModules(this.backboneModel, patterns, this.excludeModules);
    this.#pairs = pairModules(names, patterns);
    return names;
  }

  protected override buildAttachments(): Array<{ target: Module; attachment: DeltaAttachment }> {
    const out: Array<{ target: Module; attachment: DeltaAttachment }> = [];
    for (const pair of this.#pairs) out.push(...this.#pairAttachments(pair));
    return out;
  }

  protected createDelta(): DeltaAttachment {
    // Unused: attachments are built per pair in buildAttachments.
    throw new Error('ParallelAdapterModel builds its deltas per module pair.');
  }

  #pairAttachments({ first, second }: ModulePair): Array<{ target: Module; attachment: DeltaAttachment }> {
    const from = this.backboneModel.getSubmodule(first);
    const to = this.backboneModel.getSubmodule(second);
    const hidden = inputFeatures(from, first, this.backboneModel, METHOD);
    if ((to instanceof Linear || to instanceof Conv1D) && to.outFeatures !== hidden) {
      throw new DeltahubError(
        'DELTA_TARGET_UNSUPPORTED',
        `ParallelAdapter from '${first}' to '${second}': the input of '${first}' has ${hidden} features but '${second}' outputs ${to.outFeatures}.`,
      );
    }
    const layer = new ParallelAdapterLayer(
      hidden,
      this.config.bottleneckDim,
      this.config.nonLinearity,
      this.config.scaled,
    );
    const add = (output: unknown, adapterOutput: tf.Tensor): unknown =>
      mapHiddenStates(output, second, METHOD, (h) => {
        checkLastDim(h, hidden, second, METHOD);
        return h.add(adapterOutput);
      });
    const adapterOf = (inputs: readonly unknown[]): tf.Tensor => {
      const x = firstInputTensor(inputs, first, METHOD);
      checkLastDim(x, hidden, first, METHOD);
      return layer.call(x);
    };

    if (from === to) {
      return [
        {
          target: from,
          attachment: {
            children: [[CHILD, layer]],
            install: () => [from.registerForwardHook((_m, inputs, output) => add(output, adapterOf(inputs)))],
          },
        },
      ];
    }

    // The adapter's output waits between the first module's forward and the second's. The first
    // usually runs inside a tf.tidy that ends before the second runs (BERT's intermediate.dense in
    // BertIntermediate, output.dense in BertOutput), so it is kept and disposed once added.
    let pending: tf.Tensor | undefined;
    const start: DeltaAttachment = {
      children: [[CHILD, layer]],
      install: () => [
        from.registerForwardPreHook((_m, inputs) => {
          pending?.dispose();
          pending = tf.keep(adapterOf(inputs));
        }),
        { remove: () => void (pending?.dispose(), (pending = undefined)) },
      ],
    };
    const end: DeltaAttachment = {
      // Registered under both ends, as OpenDelta does, so the structure graph shows it at both.
      children: [[CHILD, layer]],
      install: (): HookHandle[] => [
        to.registerForwardHook((_m, _inputs, output) => {
          if (!pending) {
            throw new DeltahubError(
              'DELTA_TARGET_UNSUPPORTED',
              `ParallelAdapter: '${second}' ran before '${first}', so there is no adapter output to add.`,
            );
          }
          const adapterOutput = pending;
          pending = undefined;
          // Gradient tapes keep their own copies of saved inputs, so disposing here is safe in training.
          const result = add(output, adapterOutput);
          adapterOutput.dispose();
          return result;
        }),
        // The parameters live under the first end; the second end's names are aliases that would
        // duplicate every tensor in a saved state dict (OpenDelta saves them once, too).
        this.backboneModel.registerStateDictHook((dict) => withoutPrefix(dict, `${second}.${CHILD}.`)),
      ],
    };
    return [
      { target: from, attachment: start },
      { target: to, attachment: end },
    ];
  }
}

function withoutPrefix(dict: StateDict, prefix: string): StateDict {
  return Object.fromEntries(Object.entries(dict).filter(([key]) => !key.startsWith(prefix)));
}
