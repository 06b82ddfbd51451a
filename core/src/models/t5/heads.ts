import { generate, type GenerateOutput } from '../../generation/generate.js';
import type { GenerateInputs } from '../../generation/inputs.js';
import type { GenerateOptions } from '../../generation/options.js';
import { DeltahubError } from '../../errors.js';
import { fillNormal, withoutRandomInit } from '../../nn/init.js';
import { Linear } from '../../nn/linear.js';
import { tf } from '../../runtime/tf.js';
import type { PretrainedConfig } from '../config.js';
import type { ModelOutput, NormalizedInputs } from '../inputs.js';
import { tieWeight } from '../tying.js';
import { child } from './child.js';
import { T5EncoderDecoderModel } from './model.js';

/**
 * transformers' `T5ForConditionalGeneration._shift_right`: decoder inputs for teacher forcing are the
 * labels shifted one step right, starting with `decoderStartTokenId`; ignored label positions (-100)
 * become `padTokenId`.
 */
export function t5ShiftTokensRight(
  labels: tf.Tensor2D,
  decoderStartTokenId: number,
  padTokenId: number,
): tf.Tensor2D {
  return tf.tidy(() => {
    const [batch, length] = labels.shape;
    const ids = labels.dtype === 'int32' ? labels : labels.cast('int32');
    const start = tf.fill([batch, 1], decoderStartTokenId, 'int32');
    const shifted = tf.concat([start, ids.slice([0, 0], [batch, length - 1])], 1);
    return tf.where(
      tf.equal(shifted, -100),
      tf.fill([batch, length], padTokenId, 'int32'),
      shifted,
    ) as tf.Tensor2D;
  });
}

/**
 * transformers' `T5ForConditionalGeneration`: `shared`, `encoder`, `decoder`, `lm_head` (no bias).
 * With `tie_word_embeddings` (the default) `lm_head.weight` is the `shared` variable and the decoder
 * output is scaled by `d_model^-½` before it, as in Mesh TensorFlow; untied heads (T5 v1.1, mT5) have
 * their own weight and no rescaling. Returns `logits` `[batch, targetSeq, vocab]` besides the hidden
 * states.
 */
export class T5ForConditionalGeneration extends T5EncoderDecoderModel {
  constructor(config: PretrainedConfig) {
    super(config);
    const { dModel, vocabSize, tieWordEmbeddings } = this.settings;
    if (tieWordEmbeddings) {
      const head = withoutRandomInit(() => new Linear(dModel, vocabSize, { bias: false }));
      tieWeight(head, this.shared.weight);
      this.registerModule('lm_head', head);
    } else {
      this.registerModule('lm_head', new Linear(dModel, vocabSize, { bias: false }));
    }
  }

  get lmHead(): Linear {
    return child<Linear>(this, 'lm_head');
  }

  override tiedKeys(): string[] {
    return this.settings.tieWordEmbeddings ? [...super.tiedKeys(), 'lm_head.weight'] : super.tiedKeys();
  }

  override initWeights(): void {
    super.initWeights();
    if (!this.settings.tieWordEmbeddings) fillNormal(this.lmHead.weight, this.settings.initializerFactor);
  }

  /**
   * Generates token ids after a prompt (greedy, sampling or beam search, with a key/value cache):
   * see {@link GenerateOptions}. Returns {@link GenerateOutput} `sequences` (the decoder start token followed by the new tokens).
   */
  generate(inputs: GenerateInputs, options?: GenerateOptions): Promise<GenerateOutput> {
    return generate(this, 'seq2seq', inputs, options);
  }

  /** Decoder inputs for teacher forcing from `labels` (see {@link t5ShiftTokensRight}). */
  prepareDecoderInputIdsFromLabels(labels: tf.Tensor2D): tf.Tensor2D {
    const start = this.settings.decoderStartTokenId;
    if (start === undefined) {
      throw new DeltahubError(
        'CONFIG_INVALID',
        'config.decoder_start_token_id is not set; T5 usually uses the pad token id (0).',
      );
    }
    return t5ShiftTokensRight(labels, start, this.settings.padTokenId);
  }

  protected compute(inputs: NormalizedInputs): ModelOutput {
    const { encoder, decoder } = this.encodeDecode(inputs);
    const scaled = this.settings.tieWordEmbeddings ? tf.mul(decoder, this.settings.dModel ** -0.5) : decoder;
    return { ...this.seq2seqOutput(inputs, encoder, decoder), logits: this.lmHead.call(scaled) };
  }
}
