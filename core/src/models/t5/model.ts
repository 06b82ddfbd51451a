import { DeltahubError } from '../../errors.js';
import { Embedding } from '../../nn/embedding.js';
import { fillConstant, fillNormal, withoutRandomInit } from '../../nn/init.js';
import type { Linear } from '../../nn/linear.js';
import { RMSNorm } from '../../nn/normalization.js';
import type { tf } from '../../runtime/tf.js';
import type { PretrainedConfig } from '../config.js';
import type { ModelOutput, NormalizedInputs } from '../inputs.js';
import { PreTrainedModel } from '../pretrained-model.js';
import { T5Attention } from './attention.js';
import { tieWeight } from '../tying.js';
import { child } from './child.js';
import { readT5Config, type T5Settings } from './config.js';
import { T5DenseActDense, T5DenseGatedActDense } from './feed-forward.js';
import { T5Stack, type T5StackInputs } from './stack.js';

/**
 * An `Embedding` module whose weight is `shared`'s variable. transformers passes the very same
 * `shared` module to both stacks; here each stack gets its own module object over the same
 * variable, so `stateDict()` lists `encoder.embed_tokens.weight` / `decoder.embed_tokens.weight`
 * as PyTorch does (the module tree lists a module reachable twice only once). Hooks on `shared`
 * therefore do not fire for the stacks' lookups; hook `embed_tokens` for that.
 */
export function tiedEmbedding(shared: Embedding): Embedding {
  // The placeholder weight is zeros (no random draw) and is replaced at once.
  const alias = withoutRandomInit(() => new Embedding(shared.numEmbeddings, shared.embeddingDim));
  tieWeight(alias, shared.weight);
  return alias;
}

/**
 * What every T5 class shares (transformers' `T5PreTrainedModel`): the config, the `shared`
 * embedding, the encoder, and the factor-based weight initialisation. T5 checkpoints have no base
 * prefix: every class keeps `shared` / `encoder` / `decoder` at the root.
 */
export abstract class T5PreTrainedModel extends PreTrainedModel {
  static readonly modelType: string = 't5';
  readonly baseModelPrefix = 'transformer';
  readonly hasBaseModelPrefix = false;
  /** The config with T5's defaults applied. */
  readonly settings: T5Settings;

  constructor(config: PretrainedConfig) {
    super(config);
    this.settings = readT5Config(config);
    const shared = this.registerModule(
      'shared',
      new Embedding(this.settings.vocabSize, this.settings.dModel),
    );
    this.registerModule(
      'encoder',
      new T5Stack(this.settings, { isDecoder: false, embedTokens: tiedEmbedding(shared) }),
    );
  }

  /** The token embedding shared by both stacks (and by `lm_head` when tied). */
  get shared(): Embedding {
    return child<Embedding>(this, 'shared');
  }

  get encoder(): T5Stack {
    return child<T5Stack>(this, 'encoder');
  }

  /**
   * transformers' `T5PreTrainedModel._init_weights`: every std is scaled by `initializer_factor`;
   * `q` gets `(d_model·d_kv)^-½` (this is where T5 puts the attention scaling other models apply to
   * the scores), `k`/`v` `d_model^-½`, `o` `(heads·d_kv)^-½`, `wi` `d_model^-½`, `wo` `d_ff^-½`,
   * the shared embedding (and an untied `lm_head`) 1, layer norms the factor itself.
   */
  initWeights(): void {
    const { initializerFactor: factor, dModel, dKv, dFf, numHeads } = this.settings;
    for (const [, module] of this.namedModules()) {
      if (module instanceof RMSNorm) {
        fillConstant(module.weight, factor);
      } else if (module instanceof T5DenseActDense) {
        initLinear(child<Linear>(module, 'wi'), factor * dModel ** -0.5);
        initLinear(child<Linear>(module, 'wo'), factor * dFf ** -0.5);
      } else if (module instanceof T5DenseGatedActDense) {
        initLinear(child<Linear>(module, 'wi_0'), factor * dModel ** -0.5);
        initLinear(child<Linear>(module, 'wi_1'), factor * dModel ** -0.5);
        initLinear(child<Linear>(module, 'wo'), factor * dFf ** -0.5);
      } else if (module instanceof T5Attention) {
        fillNormal(module.q.weight, factor * (dModel * dKv) ** -0.5);
        fillNormal(module.k.weight, factor * dModel ** -0.5);
        fillNormal(module.v.weight, factor * dModel ** -0.5);
        fillNormal(module.o.weight, factor * (numHeads * dKv) ** -0.5);
        const table = module.relativeAttentionBias;
        if (table) fillNormal(table.weight, factor * dModel ** -0.5);
      }
    }
    fillNormal(this.shared.weight, factor);
  }

  /** Runs the encoder on `inputIds` / `inputsEmbeds` with `attentionMask`. */
  protected encode(inputs: NormalizedInputs): tf.Tensor3D {
    return this.encoder.call({
      inputIds: inputs.inputIds,
      inputsEmbeds: inputs.inputsEmbeds,
      attentionMask: inputs.attentionMask,
    });
  }
}

/** Normal weight, zero bias (a bias exists only if a delta method such as BitFit added one). */
function initLinear(linear: Linear, std: number): void {
  fillNormal(linear.weight, std);
  const bias = linear.bias;
  if (bias) fillConstant(bias, 0);
}

/**
 * An encoder and a decoder (the T5 base model shared by the encoder-decoder classes). Decoder
 * inputs are required: pass `decoderInputIds` (e.g. from `t5ShiftTokensRight(labels)`) or
 * `decoderInputsEmbeds`.
 */
export abstract class T5EncoderDecoderModel extends T5PreTrainedModel {
  constructor(config: PretrainedConfig) {
    super(config);
    this.registerModule(
      'decoder',
      new T5Stack(this.settings, { isDecoder: true, embedTokens: tiedEmbedding(this.shared) }),
    );
  }

  get decoder(): T5Stack {
    return child<T5Stack>(this, 'decoder');
  }

  override tiedKeys(): string[] {
    return ['encoder.embed_tokens.weight', 'decoder.embed_tokens.weight'];
  }

  /** A legacy key of old checkpoints, which transformers also ignores (cross-attention has no bias). */
  override ignoredCheckpointKeys(): RegExp[] {
    return [/^decoder\.block\.0\.layer\.1\.EncDecAttention\.relative_attention_bias\.weight$/];
  }

  /**
   * Encoder, then decoder with causal self-attention and cross-attention over the encoder output.
   * With a cache that already holds the cross-attention keys, the encoder is skipped (`encoder` is
   * undefined).
   */
  protected encodeDecode(inputs: NormalizedInputs): {
    encoder: tf.Tensor3D | undefined;
    decoder: tf.Tensor3D;
  } {
    if (!inputs.decoderInputIds && !inputs.decoderInputsEmbeds) {
      throw new DeltahubError(
        'BAD_INPUT',
        `${this.constructor.name} needs decoderInputIds or decoderInputsEmbeds (shift the labels right with t5ShiftTokensRight).`,
      );
    }
    const cache = inputs.pastKeyValues;
    const encoder = cache?.hasCrossAttention ? undefined : this.encode(inputs);
    const decoderInputs: T5StackInputs = {
      inputIds: inputs.decoderInputIds,
      inputsEmbeds: inputs.decoderInputsEmbeds,
      attentionMask: inputs.decoderAttentionMask,
      encoderHiddenStates: encoder,
      encoderAttentionMask: inputs.attentionMask,
    };
    if (cache) decoderInputs.cache = cache;
    return { encoder, decoder: this.decoder.call(decoderInputs) };
  }

  /** The model's outputs besides the logits: hidden states, and the cache when one is kept. */
  protected seq2seqOutput(
    inputs: NormalizedInputs,
    encoder: tf.Tensor3D | undefined,
    decoder: tf.Tensor3D,
  ): ModelOutput {
    const output: ModelOutput = { lastHiddenState: decoder };
    if (encoder) output.encoderLastHiddenState = encoder;
    if (inputs.pastKeyValues) output.pastKeyValues = inputs.pastKeyValues;
    return output;
  }
}

/** transformers' `T5Model`: `shared`, `encoder`, `decoder`; returns the decoder's last hidden state. */
export class T5Model extends T5EncoderDecoderModel {
  protected compute(inputs: NormalizedInputs): ModelOutput {
    const { encoder, decoder } = this.encodeDecode(inputs);
    return this.seq2seqOutput(inputs, encoder, decoder);
  }
}

/**
 * transformers' `T5EncoderModel`: `shared` and `encoder` only. Loading a full T5 checkpoint ignores
 * its `decoder.*` keys without a warning, as transformers does.
 */
export class T5EncoderModel extends T5PreTrainedModel {
  override tiedKeys(): string[] {
    return ['encoder.embed_tokens.weight'];
  }

  override ignoredCheckpointKeys(): RegExp[] {
    return [/^decoder\./];
  }

  protected compute(inputs: NormalizedInputs): ModelOutput {
    return { lastHiddenState: this.encode(inputs) };
  }
}
