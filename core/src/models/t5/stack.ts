import { ModuleList } from '../../nn/containers.js';
import { Dropout } from '../../nn/dropout.js';
import type { Embedding } from '../../nn/embedding.js';
import { Module } from '../../nn/module.js';
import { RMSNorm } from '../../nn/normalization.js';
import { tf } from '../../runtime/tf.js';
import { DeltahubError } from '../../errors.js';
import { additiveCausalMask, additivePaddingMask } from '../inputs.js';
import { child } from './child.js';
import type { T5Settings } from './config.js';
import { T5Block, type T5BlockOptions } from './layer.js';

/** Inputs of {@link T5Stack.forward}. */
export interface T5StackInputs {
  /** `[batch, seq]` token ids; ignored when `inputsEmbeds` is given. */
  inputIds?: tf.Tensor2D;
  /** `[batch, seq, dModel]`, used instead of looking up `inputIds` (soft prompts). */
  inputsEmbeds?: tf.Tensor3D;
  /** 0/1 padding mask `[batch, seq]`; all ones when absent. */
  attentionMask?: tf.Tensor2D;
  /** Encoder output, for the decoder's cross-attention. */
  encoderHiddenStates?: tf.Tensor3D;
  /** 0/1 encoder padding mask `[batch, sourceSeq]`; all ones when absent. */
  encoderAttentionMask?: tf.Tensor2D;
}

/**
 * A T5 encoder or decoder (transformers' `T5Stack`): `embed_tokens` (the model's `shared` embedding
 * weight), `block.N`, `final_layer_norm` and `dropout`. The relative-position bias is computed once
 * from block 0's `relative_attention_bias`, the mask is added to it, and the sum is passed to every
 * block, exactly as transformers threads `position_bias` through the layers.
 */
export class T5Stack extends Module<[T5StackInputs], tf.Tensor3D> {
  readonly isDecoder: boolean;

  constructor(settings: T5Settings, options: { isDecoder: boolean; embedTokens: Embedding }) {
    super();
    this.isDecoder = options.isDecoder;
    this.registerModule('embed_tokens', options.embedTokens);
    const numBlocks = options.isDecoder ? settings.numDecoderLayers : settings.numLayers;
    const blocks = new ModuleList<T5Block>();
    for (let i = 0; i < numBlocks; i++) {
      blocks.append(
        new T5Block(settings, { isDecoder: options.isDecoder, hasRelativeAttentionBias: i === 0 }),
      );
    }
    this.registerModule('block', blocks);
    this.registerModule('final_layer_norm', new RMSNorm(settings.dModel, settings.layerNormEpsilon));
    this.registerModule('dropout', new Dropout(settings.dropoutRate));
  }

  get embedTokens(): Embedding {
    return child<Embedding>(this, 'embed_tokens');
  }

  /** The blocks in order. */
  get blocks(): T5Block[] {
    return this.getSubmodule('block').children() as T5Block[];
  }

  forward(inputs: T5StackInputs): tf.Tensor3D {
    return tf.tidy(() => {
      let embeds = inputs.inputsEmbeds;
      if (!embeds) {
        if (!inputs.inputIds) {
          const which = this.isDecoder
            ? 'decoderInputIds or decoderInputsEmbeds'
            : 'inputIds or inputsEmbeds';
          throw new DeltahubError(
            'BAD_INPUT',
            `The T5 ${this.isDecoder ? 'decoder' : 'encoder'} needs ${which}.`,
          );
        }
        embeds = this.embedTokens.call(inputs.inputIds) as tf.Tensor3D;
      }
      const seq = embeds.shape[1];

      // Additive self-attention mask: padding (when given) plus, in the decoder, the causal mask.
      let mask: tf.Tensor | undefined = inputs.attentionMask
        ? additivePaddingMask(inputs.attentionMask)
        : undefined;
      if (this.isDecoder) mask = mask ? tf.add(additiveCausalMask(seq), mask) : additiveCausalMask(seq);

      const blocks = this.blocks;
      // The mask also goes separately: an attention with a prefix recomputes its bias over more keys.
      const options: T5BlockOptions = mask ? { attentionMask: mask } : {};
      const first = blocks[0];
      if (first) {
        const bias = first.selfAttentionLayer.selfAttention.computeBias(seq, seq);
        options.positionBias = mask ? tf.add(bias, mask) : bias;
      }
      if (this.isDecoder && inputs.encoderHiddenStates) {
        options.encoderHiddenStates = inputs.encoderHiddenStates;
        // Cross-attention has no relative bias: its "position bias" is zeros plus the encoder mask.
        const sourceLength = inputs.encoderHiddenStates.shape[1];
        options.encoderDecoderPositionBias = inputs.encoderAttentionMask
          ? additivePaddingMask(inputs.encoderAttentionMask)
          : tf.zeros([1, 1, 1, sourceLength]);
      }

      let hidden = child<Dropout>(this, 'dropout').call(embeds) as tf.Tensor3D;
      // A fresh options object per block, so a hook that edits one block's options cannot leak into the next.
      for (const block of blocks) hidden = block.call(hidden, { ...options });
      hidden = child<RMSNorm>(this, 'final_layer_norm').call(hidden) as tf.Tensor3D;
      return child<Dropout>(this, 'dropout').call(hidden) as tf.Tensor3D;
    });
  }
}
