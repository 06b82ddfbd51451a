import { checkpoint } from '../../nn/checkpoint.js';
import { ModuleList } from '../../nn/containers.js';
import type { Module } from '../../nn/module.js';
import { Embedding } from '../../nn/embedding.js';
import { tf } from '../../runtime/tf.js';
import type { PretrainedConfig } from '../config.js';
import { additivePaddingMask, type ModelOutput, type NormalizedInputs } from '../inputs.js';
import { PreTrainedModel } from '../pretrained-model.js';
import { llamaSettings, type LlamaConfig, type LlamaSettings } from './config.js';
import { initLlamaWeights, LLAMA_IGNORED_CHECKPOINT_KEYS } from './init.js';
import { LlamaDecoderLayer, LlamaRMSNorm } from './layer.js';

/**
 * The bare Llama-family decoder (transformers' `LlamaModel`, `MistralModel`, `Qwen2Model`): token
 * embeddings `embed_tokens`, the layers `layers.0` … `layers.{n-1}` and the final RMSNorm `norm`.
 * There are no position embeddings: each attention rotates its queries and keys. Returns
 * `lastHiddenState` (after `norm`).
 */
export class LlamaModel extends PreTrainedModel<LlamaConfig> {
  static readonly modelType: string = 'llama';
  readonly baseModelPrefix = 'model';
  readonly hasBaseModelPrefix = false;
  readonly settings: LlamaSettings;
  readonly embedTokens: Embedding;
  readonly layers: ModuleList<LlamaDecoderLayer>;
  readonly norm: LlamaRMSNorm;

  /**
   * Recompute each layer's activations in the backward pass instead of keeping them (transformers'
   * `gradient_checkpointing_enable()`): a training step then holds one layer's activations rather
   * than every layer's, which is what lets a 0.5 B model train within the wasm heap. Off by default.
   */
  gradientCheckpointing = false;

  constructor(config: PretrainedConfig) {
    super(config as LlamaConfig);
    const settings = llamaSettings(config);
    this.settings = settings;
    this.embedTokens = this.registerModule(
      'embed_tokens',
      new Embedding(settings.vocabSize, settings.hiddenSize, {
        paddingIdx: settings.padTokenId ?? null,
        std: settings.initializerRange,
      }),
    );
    this.layers = this.registerModule(
      'layers',
      new ModuleList(
        Array.from({ length: settings.numHiddenLayers }, (_, i) => new LlamaDecoderLayer(settings, i)),
      ),
    );
    this.norm = this.registerModule('norm', new LlamaRMSNorm(settings));
  }

  initWeights(): void {
    initLlamaWeights(this, this.settings);
  }

  override ignoredCheckpointKeys(): RegExp[] {
    return [...LLAMA_IGNORED_CHECKPOINT_KEYS];
  }

  protected compute(inputs: NormalizedInputs): ModelOutput {
    const output: ModelOutput = { lastHiddenState: this.decode(inputs) };
    if (inputs.pastKeyValues) output.pastKeyValues = inputs.pastKeyValues;
    return output;
  }

  /**
   * The decoder on normalised inputs. With `inputs.pastKeyValues` (incremental decoding) positions
   * start after the cached ones and `attentionMask` covers the cached positions too, as in
   * transformers.
   */
  decode(inputs: NormalizedInputs): tf.Tensor3D {
    const embeds = inputs.inputsEmbeds ?? (this.embedTokens.call(inputs.inputIds!) as tf.Tensor3D);
    const seq = embeds.shape[1];
    const caches = inputs.pastKeyValues;
    const past = caches?.seqLength ?? 0;
    const positionIds =
      inputs.positionIds ?? (tf.range(past, past + seq, 1, 'int32').reshape([1, seq]) as tf.Tensor2D);
    const attentionMask = inputs.attentionMask ? additivePaddingMask(inputs.attentionMask) : undefined;
    let hidden = embeds;
    [...this.layers].forEach((layer, i) => {
      const cache = caches?.selfAttention(i);
      const run = (x: tf.Tensor, positions: tf.Tensor, mask?: tf.Tensor): tf.Tensor3D =>
        layer.call(x as tf.Tensor3D, {
          positionIds: positions as tf.Tensor2D,
          ...(mask ? { attentionMask: mask } : {}),
          ...(cache ? { cache } : {}),
        });
      hidden =
        this.gradientCheckpointing && !cache
          ? (checkpoint(
              run,
              hidden,
              attentionMask ? [positionIds, attentionMask] : [positionIds],
              trainableOf(layer),
            ) as tf.Tensor3D)
          : run(hidden, positionIds, attentionMask);
    });
    return this.norm.call(hidden) as tf.Tensor3D;
  }
}

/** The trainable parameters of `module` (the deltas attached to a frozen layer, say). */
function trainableOf(module: Module): tf.Variable[] {
  return module.parameters().filter((parameter) => parameter.trainable);
}
