import { tieWeight } from '../tying.js';
import { DeltahubError } from '../../errors.js';
import { ModuleList } from '../../nn/containers.js';
import { Embedding } from '../../nn/embedding.js';
import { fillConstant, fillNormal } from '../../nn/init.js';
import { Linear } from '../../nn/linear.js';
import { Module, type Parameter } from '../../nn/module.js';
import { LayerNorm } from '../../nn/normalization.js';
import { tf } from '../../runtime/tf.js';
import type { PretrainedConfig } from '../config.js';
import type { PastKeyValues } from '../../generation/cache.js';
import {
  additiveCausalMask,
  additivePaddingMask,
  checkedMask,
  type ModelOutput,
  type NormalizedInputs,
} from '../inputs.js';
import { PreTrainedModel } from '../pretrained-model.js';
import { readBartSettings, type BartSettings } from './config.js';
import { functionalDropout } from './dropout.js';
import { BartLearnedPositionalEmbedding, shiftTokensRight } from './embeddings.js';
import { BartDecoderLayer, BartEncoderLayer, type BartDecoderLayerOptions } from './layer.js';

/** Inputs of {@link BartEncoder}: token ids or embeddings, and a 0/1 padding mask. */
export interface BartEncoderInputs {
  inputIds?: tf.Tensor2D | undefined;
  /** Used instead of embedding `inputIds` (not scaled by `embed_scale`, as in transformers). */
  inputsEmbeds?: tf.Tensor3D | undefined;
  /** `[batch, seq]`, 1 = attend; defaults to all ones. */
  attentionMask?: tf.Tensor2D | undefined;
}

/**
 * What {@link BartEncoder} returns: its last hidden states and the padding mask it applied. The
 * decoder's cross-attention uses that mask, so a hook that lengthens the encoder input (a soft
 * prompt prepended to `inputsEmbeds`, with a longer mask) stays consistent.
 */
export interface BartEncoderOutput {
  lastHiddenState: tf.Tensor3D;
  attentionMask?: tf.Tensor2D | undefined;
}

/** Inputs of {@link BartDecoder}. */
export interface BartDecoderInputs {
  inputIds?: tf.Tensor2D | undefined;
  /** Used instead of embedding `inputIds` (not scaled by `embed_scale`, as in transformers). */
  inputsEmbeds?: tf.Tensor3D | undefined;
  /** Decoder padding mask `[batch, tgt]`; causal masking is always applied on top. */
  attentionMask?: tf.Tensor2D | undefined;
  /** Encoder output for cross-attention `[batch, src, d_model]`. */
  encoderHiddenStates?: tf.Tensor3D | undefined;
  /** Encoder padding mask `[batch, src]`. */
  encoderAttentionMask?: tf.Tensor2D | undefined;
  /**
   * The key/value cache: positions continue after the cached ones, `attentionMask` covers both, and
   * once the cache holds the cross-attention keys the encoder states are not needed.
   */
  cache?: PastKeyValues | undefined;
}

/**
 * A token embedding for the encoder or decoder that reads the shared matrix. transformers 4.32 builds
 * a separate `nn.Embedding` whose weight is `shared.weight`, so `encoder.embed_tokens` and
 * `decoder.embed_tokens` are modules of their own (in `named_modules()`, with their own hooks) and
 * appear in the state dict, while the variable is one.
 */
function tiedTokenEmbedding(settings: BartSettings, shared: Parameter | undefined): Embedding {
  const embedding = new Embedding(settings.vocabSize, settings.dModel, { paddingIdx: settings.padTokenId });
  if (shared) tieWeight(embedding, shared);
  return embedding;
}

/** Token embeddings (scaled unless given as `inputsEmbeds`) plus learned positions, then norm and dropout. */
function embed(
  stack: BartEncoder | BartDecoder,
  inputIds: tf.Tensor2D | undefined,
  inputsEmbeds: tf.Tensor3D | undefined,
  pastLength = 0,
): tf.Tensor3D {
  let tokens: tf.Tensor;
  if (inputsEmbeds) {
    tokens = inputsEmbeds;
  } else if (inputIds) {
    tokens = stack.embedTokens.call(inputIds);
    if (stack.embedScale !== 1) tokens = tf.mul(tokens, stack.embedScale);
  } else {
    throw new DeltahubError('BAD_INPUT', `${stack.typeName} needs inputIds or inputsEmbeds.`);
  }
  // Positions depend only on [batch, seq]: pass whichever input defined them.
  const positions = stack.embedPositions.call(inputsEmbeds ?? (inputIds as tf.Tensor2D), pastLength);
  const hidden = stack.layernormEmbedding.call(tf.add(tokens, positions));
  return functionalDropout(hidden, stack.dropout, stack.training) as tf.Tensor3D;
}

/** Shared structure of the encoder and decoder stacks. */
abstract class BartStack<L extends Module, I, O> extends Module<[I], O> {
  /** Dropout after the embeddings (`dropout`). */
  readonly dropout: number;
  /** Probability of skipping a layer in training (LayerDrop). */
  readonly layerdrop: number;
  /** `√d_model` when `scale_embedding`, else 1. */
  readonly embedScale: number;

  protected constructor(settings: BartSettings, layerdrop: number) {
    super();
    this.dropout = settings.dropout;
    this.layerdrop = layerdrop;
    this.embedScale = settings.scaleEmbedding ? Math.sqrt(settings.dModel) : 1;
  }

  // Looked up by name on each use, so a module swapped in under the same name is the one called.
  get embedTokens(): Embedding {
    return this.getSubmodule('embed_tokens') as Embedding;
  }
  get embedPositions(): BartLearnedPositionalEmbedding {
    return this.getSubmodule('embed_positions') as BartLearnedPositionalEmbedding;
  }
  get layers(): ModuleList<L> {
    return this.getSubmodule('layers') as ModuleList<L>;
  }
  get layernormEmbedding(): LayerNorm {
    return this.getSubmodule('layernorm_embedding') as LayerNorm;
  }

  /** LayerDrop: in training each layer is skipped with probability `layerdrop`. */
  protected skipLayer(): boolean {
    return this.training && this.layerdrop > 0 && Math.random() < this.layerdrop;
  }
}

/**
 * transformers' `BartEncoder`: `embed_tokens` (sharing `shared.weight`), `embed_positions`, `layers`
 * of {@link BartEncoderLayer}, `layernorm_embedding` applied to the summed embeddings.
 */
export class BartEncoder extends BartStack<BartEncoderLayer, BartEncoderInputs, BartEncoderOutput> {
  constructor(settings: BartSettings, sharedWeight?: Parameter) {
    super(settings, settings.encoderLayerdrop);
    this.registerModule('embed_tokens', tiedTokenEmbedding(settings, sharedWeight));
    this.registerModule(
      'embed_positions',
      new BartLearnedPositionalEmbedding(settings.maxPositionEmbeddings, settings.dModel),
    );
    const layers = Array.from({ length: settings.encoderLayers }, () => new BartEncoderLayer(settings));
    this.registerModule('layers', new ModuleList(layers));
    this.registerModule('layernorm_embedding', new LayerNorm(settings.dModel));
  }

  forward(inputs: BartEncoderInputs): BartEncoderOutput {
    let hidden = embed(this, inputs.inputIds, inputs.inputsEmbeds);
    const attentionMask = inputs.attentionMask ? additivePaddingMask(inputs.attentionMask) : undefined;
    for (const layer of this.layers) {
      if (this.skipLayer()) continue;
      hidden = layer.call(hidden, { attentionMask });
    }
    return { lastHiddenState: hidden, attentionMask: inputs.attentionMask };
  }
}

/**
 * transformers' `BartDecoder`: like the encoder, with causal self-attention and cross-attention over
 * the encoder output in each {@link BartDecoderLayer}. Positions start at 0, or after the cached ones.
 */
export class BartDecoder extends BartStack<BartDecoderLayer, BartDecoderInputs, tf.Tensor3D> {
  constructor(settings: BartSettings, sharedWeight?: Parameter) {
    super(settings, settings.decoderLayerdrop);
    this.registerModule('embed_tokens', tiedTokenEmbedding(settings, sharedWeight));
    this.registerModule(
      'embed_positions',
      new BartLearnedPositionalEmbedding(settings.maxPositionEmbeddings, settings.dModel),
    );
    const layers = Array.from({ length: settings.decoderLayers }, () => new BartDecoderLayer(settings));
    this.registerModule('layers', new ModuleList(layers));
    this.registerModule('layernorm_embedding', new LayerNorm(settings.dModel));
  }

  forward(inputs: BartDecoderInputs): tf.Tensor3D {
    const cache = inputs.cache;
    const past = cache?.seqLength ?? 0;
    let hidden = embed(this, inputs.inputIds, inputs.inputsEmbeds, past);
    const tgt = hidden.shape[1];
    // [1, 1, tgt, past+tgt] causal part plus [batch, 1, 1, past+tgt] padding part, over the decoder's
    // own keys; attention modules prepend visible prefix positions themselves.
    let selfMask: tf.Tensor = additiveCausalMask(tgt, past);
    if (inputs.attentionMask) {
      const padding = checkedMask(inputs.attentionMask, past + tgt, 'decoderAttentionMask');
      selfMask = tf.add(selfMask, additivePaddingMask(padding));
    }
    // With the cross-attention keys cached, the encoder mask they go with is cached too.
    const reuse = cache?.hasCrossAttention === true;
    if (cache && !reuse && inputs.encoderHiddenStates)
      cache.setEncoderAttentionMask(inputs.encoderAttentionMask);
    const encoderMask = reuse ? cache.encoderAttentionMask : inputs.encoderAttentionMask;
    const encoderAttentionMask = encoderMask ? additivePaddingMask(encoderMask) : undefined;
    [...this.layers].forEach((layer, i) => {
      if (this.skipLayer()) return;
      const options: BartDecoderLayerOptions = {
        attentionMask: selfMask,
        encoderHiddenStates: inputs.encoderHiddenStates,
        encoderAttentionMask,
      };
      if (cache) {
        options.selfAttentionCache = cache.selfAttention(i);
        options.crossAttentionCache = cache.crossAttention(i);
      }
      hidden = layer.call(hidden, options);
    });
    return hidden;
  }
}

/**
 * Base of the BART classes (transformers' `BartPretrainedModel`): reads the config and initialises
 * weights as `_init_weights` does.
 */
export abstract class BartPreTrainedModel extends PreTrainedModel {
  static readonly modelType: string = 'bart';
  readonly baseModelPrefix = 'model';
  /** The config, read and checked. */
  readonly settings: BartSettings;

  constructor(config: PretrainedConfig) {
    super(config);
    this.settings = readBartSettings(config);
  }

  /**
   * `_init_weights`: `N(0, init_std)` for every Linear and Embedding weight, zero biases, zero
   * padding rows; layer norms back to 1/0 (their construction values, which transformers keeps).
   * A tied matrix is drawn once, at its first owner (`shared`, which zeroes its padding row).
   */
  initWeights(): void {
    const std = this.settings.initStd;
    const done = new Set<Parameter>();
    const once = (parameter: Parameter | undefined, init: (p: Parameter) => void): void => {
      if (!parameter || done.has(parameter)) return;
      done.add(parameter);
      init(parameter);
    };
    for (const module of this.modules()) {
      if (module instanceof Linear) {
        once(module.weight, (p) => fillNormal(p, std));
        once(module.bias, (p) => fillConstant(p, 0));
      } else if (module instanceof Embedding) {
        once(module.weight, (p) => {
          fillNormal(p, std);
          module.zeroPaddingRow();
        });
      } else if (module instanceof LayerNorm) {
        once(module.weight, (p) => fillConstant(p, 1));
        once(module.bias, (p) => fillConstant(p, 0));
      }
    }
  }
}

/**
 * transformers' `BartModel`: `shared` token embedding, {@link BartEncoder}, {@link BartDecoder}.
 * When neither `decoderInputIds` nor `decoderInputsEmbeds` is given, decoder inputs are
 * `shift_tokens_right(inputIds)`. Returns the decoder's last hidden state and the encoder's.
 */
export class BartModel extends BartPreTrainedModel {
  static override readonly modelType = 'bart';
  readonly hasBaseModelPrefix = false;

  constructor(config: PretrainedConfig) {
    super(config);
    const s = this.settings;
    const shared = this.registerModule(
      'shared',
      new Embedding(s.vocabSize, s.dModel, { paddingIdx: s.padTokenId }),
    );
    this.registerModule('encoder', new BartEncoder(s, shared.weight));
    this.registerModule('decoder', new BartDecoder(s, shared.weight));
  }

  get shared(): Embedding {
    return this.getSubmodule('shared') as Embedding;
  }
  get encoder(): BartEncoder {
    return this.getSubmodule('encoder') as BartEncoder;
  }
  get decoder(): BartDecoder {
    return this.getSubmodule('decoder') as BartDecoder;
  }

  /** The encoder and decoder token embeddings alias `shared.weight`; hub files often omit them. */
  override tiedKeys(): string[] {
    return ['encoder.embed_tokens.weight', 'decoder.embed_tokens.weight'];
  }

  protected compute(inputs: NormalizedInputs): ModelOutput {
    const cache = inputs.pastKeyValues;
    const decoderInputIds =
      inputs.decoderInputIds ?? (inputs.decoderInputsEmbeds ? undefined : this.shiftedInputs(inputs));
    // A cache holding the cross-attention keys makes the encoder pass unnecessary.
    const encoded = cache?.hasCrossAttention
      ? undefined
      : this.encoder.call({
          inputIds: inputs.inputIds,
          inputsEmbeds: inputs.inputsEmbeds,
          attentionMask: inputs.attentionMask,
        });
    const encoderHidden = encoded?.lastHiddenState;
    const crossMask = encoded?.attentionMask;
    if (encoderHidden && crossMask && crossMask.shape[1] !== encoderHidden.shape[1]) {
      throw new DeltahubError(
        'BAD_INPUT',
        `attentionMask covers ${crossMask.shape[1]} positions but the encoder output has ${encoderHidden.shape[1]}.`,
      );
    }
    const decoderHidden = this.decoder.call({
      inputIds: decoderInputIds,
      inputsEmbeds: inputs.decoderInputsEmbeds,
      attentionMask: inputs.decoderAttentionMask,
      encoderHiddenStates: encoderHidden,
      encoderAttentionMask: crossMask,
      cache,
    });
    const output: ModelOutput = { lastHiddenState: decoderHidden };
    if (encoderHidden) output.encoderLastHiddenState = encoderHidden;
    if (cache) output.pastKeyValues = cache;
    return output;
  }

  /** `shift_tokens_right(inputIds, pad_token_id, decoder_start_token_id)`, with transformers' checks. */
  private shiftedInputs(inputs: NormalizedInputs): tf.Tensor2D {
    if (!inputs.inputIds) {
      throw new DeltahubError(
        'BAD_INPUT',
        'BART derives decoder inputs from inputIds: pass decoderInputIds or decoderInputsEmbeds when using inputsEmbeds.',
      );
    }
    const start = this.settings.decoderStartTokenId;
    if (start === null) {
      throw new DeltahubError(
        'CONFIG_INVALID',
        'decoder_start_token_id is not set: pass decoderInputIds explicitly.',
      );
    }
    return shiftTokensRight(inputs.inputIds, this.settings.padTokenId, start);
  }
}
