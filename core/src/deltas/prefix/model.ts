import type { Module } from '../../nn/module.js';
import type { tf } from '../../runtime/tf.js';
import type { CommonStructure } from '../base/common-structure.js';
import { DeltaModel, type DeltaAttachment, type DeltaModelOptions } from '../base/delta-model.js';
import { resolvePrefixConfig, type PrefixConfig } from './config.js';
import { PrefixLayer, ReparameterizeFunction } from './layer.js';
import type { T5AttentionOptions } from '../../models/t5/attention.js';
import {
  dropSharedPositionBias,
  firstBlockAttention,
  sharedPastBias,
  t5AttentionsAfterPrefix,
} from './t5-position-bias.js';
import { prefixedAttention, prefixTarget, withPrefix } from './targets.js';

/** Options of {@link PrefixModel}. */
export type PrefixModelOptions = DeltaModelOptions & Partial<PrefixConfig>;

/**
 * Prefix tuning (Li & Liang, 2021), as OpenDelta implements it: every modified attention module gets
 * `prefixTokenNum` learned keys and values prepended after its projections, always visible to every
 * query (the module extends its padding / causal mask and T5's position bias with zeros for them).
 * Output shapes are unchanged: prefixes add keys, not positions.
 *
 * With `reparameterize` (default) one MLP shared by all layers, `reparams`, lives on the first
 * modified module (`encoder.layer.0.attention.reparams.wte.weight`, `...control_trans.0.weight`...),
 * exactly where OpenDelta puts it, so its state dicts load as they are. Without it each module's
 * `prefix` owns `past_key` / `past_value` `[p, hidden]`.
 *
 * Default placement: the self-attention of every layer (encoder and decoder), OpenDelta's `attn@`:
 * BERT/RoBERTa's `attention` (BertAttention), DistilBERT's `layer.N.attention`, GPT-2's `h.N.attn`,
 * T5's `block.N.layer.0` (T5LayerSelfAttention: `reparams` sits there, each `prefix` under its
 * `SelfAttention`, as in OpenDelta), BART's `self_attn`. Cross-attention (`EncDecAttention`,
 * `encoder_attn`) works when named explicitly. A fresh delta changes outputs (the prefixes are
 * random), as in OpenDelta and PEFT.
 *
 * On T5 a self-attention prefix is a past, as transformers' `T5Attention` treats OpenDelta's: the
 * queries sit after it in the relative position bias, and from the first prefixed block on, the
 * blocks without `relative_attention_bias` (all but the first of each stack) have no position bias,
 * prefixed or not (OpenDelta's prefix layer hands them none). `t5PositionBias: 'shared'` gives
 * transformers' behaviour for `past_key_values` instead (PEFT's prefix tuning).
 *
 * Note: transformers' own prefix handling (PEFT's `past_key_values`) also shifts the position ids of
 * BERT and GPT-2 by the prefix length, since it treats prefixes as past tokens; OpenDelta's hooks, and
 * this class, do not. Pass `positionIds` starting at `prefixTokenNum` to reproduce PEFT.
 */
export class PrefixModel extends DeltaModel {
  readonly deltaType = 'prefix' as const;
  readonly config: PrefixConfig;
  /** The shared MLP, when reparameterised. */
  #reparams: ReparameterizeFunction | undefined;
  /** Each prefix layer with the name of the attention module it extends, in placement order. */
  #layers: Array<{ attention: string; layer: PrefixLayer }> = [];

  constructor(options: PrefixModelOptions) {
    super(options);
    this.config = resolvePrefixConfig(options);
    this.applyDeltas();
  }

  protected defaultModifiedModules(structure: CommonStructure): string[] {
    // OpenDelta's `attn@` is BERT's `BertAttention` (`attention`), the parent of `attention.self`,
    // and T5's `T5LayerSelfAttention`: it holds `reparams`, so parameter names match OpenDelta's
    // only with that placement.
    return [...(structure.attentionBlock ?? structure.selfAttention.map((p) => p.replace(/\.self$/, '')))];
  }

  hyperparameters(): Record<string, unknown> {
    return { ...this.config };
  }

  /**
   * Each prefix layer and the attention it extends (`...layer.0.SelfAttention` for a T5 block
   * target), in placement order: the order of the shared MLP's output columns.
   */
  get prefixLayers(): ReadonlyArray<{ readonly attention: string; readonly layer: PrefixLayer }> {
    return this.#layers;
  }

  /** The shared reparameterisation MLP (undefined with `reparameterize: false`). */
  get reparams(): ReparameterizeFunction | undefined {
    return this.#reparams;
  }

  protected createDelta(target: Module, name: string): DeltaAttachment {
    const layer = new PrefixLayer(this.config.prefixTokenNum, prefixTarget(target, name), {
      direct: !this.config.reparameterize,
    });
    const first = this.config.t5PositionBias === 'shared' ? firstBlockAttention(this.backboneModel, name) : undefined;
    return {
      children: [['prefix', layer]],
      install: () => [
        // Attention modules take `forward(hiddenStates, options)`; the prefix goes into the options.
        target.registerForwardPreHook((_module, inputs: unknown[]) => {
          const [hidden, options, ...rest] = inputs as [tf.Tensor3D, T5AttentionOptions | undefined];
          const prefixed = withPrefix(options, layer.call(hidden.shape[0]));
          if (first) {
            const past = prefixed.prefixKeyValue!.key.shape[2];
            prefixed.positionBias = sharedPastBias(first, hidden.shape[1], past, prefixed);
          }
          return [hidden, prefixed, ...rest];
        }),
      ],
    };
  }

  /**
   * One prefix layer per target, registered under the attention that takes it; with
   * reparameterisation the shared MLP goes on the first target itself.
   */
  protected override buildAttachments(
    names: readonly string[],
  ): Array<{ target: Module; attachment: DeltaAttachment }> {
    const built = names.map((name) => {
      const module = this.backboneModel.getSubmodule(name);
      const attention = prefixedAttention(module);
      const attentionName = attention === module ? name : `${name}.SelfAttention`;
      return { target: attention, attachment: this.createDelta(attention, attentionName), attentionName };
    });
    this.#layers = built.map(({ attachment, attentionName }) => ({
      attention: attentionName,
      layer: attachment.children[0]![1] as PrefixLayer,
    }));
    if (this.config.t5PositionBias === 'perLayer') {
      const prefixed = built.map(({ attentionName }) => attentionName);
      for (const attention of t5AttentionsAfterPrefix(this.backboneModel, prefixed)) {
        const attachment = { children: [], install: () => [dropSharedPositionBias(attention)] };
        built.push({ target: attention, attachment, attentionName: '' });
      }
    }
    const first = names[0];
    if (!this.config.reparameterize || first === undefined) return built;
    const { prefixTokenNum, embedDim, midDim } = this.config;
    this.#reparams = new ReparameterizeFunction(
      prefixTokenNum,
      embedDim,
      midDim,
      this.#layers.map(({ layer }) => layer),
    );
    const holder = { children: [['reparams', this.#reparams]] as const, install: () => [] };
    // Registered after the prefixes, as OpenDelta inserts it once every prefix layer exists.
    return [...built, { target: this.backboneModel.getSubmodule(first), attachment: holder }];
  }

  /**
   * As {@link DeltaModel.freezeModule}; the reparameterisation's `input_tokens` index stays
   * untrainable whatever `exclude` says (it is an index, not a weight), as in OpenDelta.
   */
  override freezeModule(options: { exclude?: string[]; setStateDict?: boolean } = {}): void {
    super.freezeModule(options);
    if (this.#reparams) this.#reparams.inputTokens.trainable = false;
  }
}

