import { DeltahubError } from '../errors.js';
import { KeyValueCache, type PastKeyValues } from '../generation/cache.js';
import { tf } from '../runtime/tf.js';

/** A tensor, or nested arrays of numbers that become one (`[[101, 2023, 102]]`). */
export type TensorLike = tf.Tensor | number[] | number[][] | number[][][];

/** Inputs every model's `forward` accepts; each applies only where the architecture uses it. */
export interface ModelInputs {
  /** Token ids `[batch, seq]`. Either this or `inputsEmbeds`. */
  inputIds?: TensorLike;
  /** Already embedded inputs `[batch, seq, hidden]`, instead of `inputIds` (soft prompts use this). */
  inputsEmbeds?: tf.Tensor;
  /** 1 for tokens to attend to, 0 for padding, `[batch, seq]`. Defaults to all ones. */
  attentionMask?: TensorLike;
  /** Segment ids `[batch, seq]` (BERT). Defaults to zeros. */
  tokenTypeIds?: TensorLike;
  /** Position ids `[batch, seq]`; defaults follow the architecture. */
  positionIds?: TensorLike;
  /** Decoder token ids for encoder-decoder models (T5, BART). */
  decoderInputIds?: TensorLike;
  /** Decoder inputs already embedded, instead of `decoderInputIds`. */
  decoderInputsEmbeds?: tf.Tensor;
  /** Decoder padding mask. Defaults to all ones (causal masking is always applied). */
  decoderAttentionMask?: TensorLike;
  /**
   * The keys and values of earlier calls (decoders only): this call's tokens continue them, their
   * positions start at `pastKeyValues.seqLength`, and the padding mask (`attentionMask` for decoder-only
   * models, `decoderAttentionMask` for encoder-decoders) covers the cached positions and the new ones.
   * Updated in place and returned as `pastKeyValues`. Once it holds the cross-attention keys, the
   * encoder inputs may be left out.
   */
  pastKeyValues?: PastKeyValues;
  /** Starts a new cache when `pastKeyValues` is not given (default false: nothing is kept). */
  useCache?: boolean;
}

/** The same inputs after {@link normalizeInputs}: int32 / float32 tensors, undefined where absent. */
export interface NormalizedInputs {
  inputIds?: tf.Tensor2D;
  inputsEmbeds?: tf.Tensor3D;
  attentionMask?: tf.Tensor2D;
  tokenTypeIds?: tf.Tensor2D;
  positionIds?: tf.Tensor2D;
  decoderInputIds?: tf.Tensor2D;
  decoderInputsEmbeds?: tf.Tensor3D;
  decoderAttentionMask?: tf.Tensor2D;
  /** The cache to read and extend (given, or new with `useCache`). */
  pastKeyValues?: PastKeyValues;
}

/** What a model's forward returns; each field is present where it applies. */
export interface ModelOutput {
  /** Final hidden states of the base model (the decoder's for encoder-decoders) `[batch, seq, hidden]`. */
  lastHiddenState: tf.Tensor3D;
  /** BERT/RoBERTa pooled first token `[batch, hidden]`. */
  poolerOutput?: tf.Tensor2D;
  /** Head outputs: `[batch, seq, vocab]` for LM heads, `[batch, numLabels]` for classifiers. */
  logits?: tf.Tensor;
  /**
   * Encoder final hidden states of encoder-decoders `[batch, srcSeq, hidden]` (absent when a cache
   * holding the cross-attention keys let the encoder be skipped).
   */
  encoderLastHiddenState?: tf.Tensor3D;
  /** The cache, updated with this call's keys and values (when given or `useCache`). */
  pastKeyValues?: PastKeyValues;
}

function toTensor2D(
  name: string,
  value: TensorLike | undefined,
  dtype: 'int32' | 'float32',
): tf.Tensor2D | undefined {
  if (value === undefined) return undefined;
  const tensor = value instanceof tf.Tensor ? value : tf.tensor(value as number[][]);
  if (tensor.rank !== 2) {
    throw new DeltahubError(
      'BAD_INPUT',
      `${name} must have shape [batch, sequence]; got [${tensor.shape.join(', ')}].`,
    );
  }
  return (tensor.dtype === dtype ? tensor : tensor.cast(dtype)) as tf.Tensor2D;
}

function toTensor3D(name: string, value: tf.Tensor | undefined): tf.Tensor3D | undefined {
  if (value === undefined) return undefined;
  if (value.rank !== 3) {
    throw new DeltahubError(
      'BAD_INPUT',
      `${name} must have shape [batch, sequence, hidden]; got [${value.shape.join(', ')}].`,
    );
  }
  return (value.dtype === 'float32' ? value : value.cast('float32')) as tf.Tensor3D;
}

/** Converts user inputs to tensors of the right rank and dtype, with errors that name the field. */
export function normalizeInputs(inputs: ModelInputs): NormalizedInputs {
  const normalized: NormalizedInputs = {};
  const set = <K extends keyof NormalizedInputs>(key: K, value: NormalizedInputs[K]): void => {
    if (value !== undefined) normalized[key] = value;
  };
  set('inputIds', toTensor2D('inputIds', inputs.inputIds, 'int32'));
  set('inputsEmbeds', toTensor3D('inputsEmbeds', inputs.inputsEmbeds));
  set('attentionMask', toTensor2D('attentionMask', inputs.attentionMask, 'float32'));
  set('tokenTypeIds', toTensor2D('tokenTypeIds', inputs.tokenTypeIds, 'int32'));
  set('positionIds', toTensor2D('positionIds', inputs.positionIds, 'int32'));
  set('decoderInputIds', toTensor2D('decoderInputIds', inputs.decoderInputIds, 'int32'));
  set('decoderInputsEmbeds', toTensor3D('decoderInputsEmbeds', inputs.decoderInputsEmbeds));
  set('decoderAttentionMask', toTensor2D('decoderAttentionMask', inputs.decoderAttentionMask, 'float32'));
  const cache = inputs.pastKeyValues ?? (inputs.useCache ? new KeyValueCache() : undefined);
  if (cache !== undefined && typeof (cache as Partial<PastKeyValues>).selfAttention !== 'function') {
    throw new DeltahubError('BAD_INPUT', 'pastKeyValues must be a KeyValueCache (from an earlier forward).');
  }
  set('pastKeyValues', cache);
  // An encoder-decoder whose cache holds the cross-attention keys needs no encoder inputs.
  const encoderDone = cache?.hasCrossAttention === true;
  if (!normalized.inputIds && !normalized.inputsEmbeds && !encoderDone) {
    throw new DeltahubError('BAD_INPUT', 'forward needs inputIds or inputsEmbeds.');
  }
  return normalized;
}

/**
 * Turns a `[batch, keySeq]` 0/1 padding mask into the additive mask attention adds to its scores,
 * `[batch, 1, 1, keySeq]`: 0 where attended, a large negative number where masked (transformers uses
 * the dtype's minimum; -1e9 keeps softmax finite in float32 on every backend).
 */
export function additivePaddingMask(mask: tf.Tensor2D): tf.Tensor4D {
  return tf.tidy(() => {
    const [batch, keys] = mask.shape;
    return tf.mul(tf.sub(1, mask.reshape([batch, 1, 1, keys])), MASKED_SCORE) as tf.Tensor4D;
  });
}

/** The additive score for masked positions. */
export const MASKED_SCORE = -1e9;

/** A `[1, 1, seq, seq]` additive mask that hides future positions (decoder self-attention). */
export function additiveCausalMask(seq: number, pastLength = 0): tf.Tensor4D {
  return tf.tidy(() => {
    const total = seq + pastLength;
    const rows = tf.range(0, seq, 1, 'int32').add(pastLength).reshape([seq, 1]);
    const cols = tf.range(0, total, 1, 'int32').reshape([1, total]);
    const future = tf.greater(cols, rows).cast('float32');
    return tf.mul(future, MASKED_SCORE).reshape([1, 1, seq, total]) as tf.Tensor4D;
  });
}

/**
 * `mask` after checking that it covers `keys` positions (with a cache: the cached ones and the new
 * ones), else a `BAD_INPUT` error that says so.
 */
export function checkedMask<T extends tf.Tensor2D>(mask: T, keys: number, name = 'attentionMask'): T {
  if (mask.shape[1] !== keys) {
    throw new DeltahubError(
      'BAD_INPUT',
      `${name} covers ${mask.shape[1]} positions; expected ${keys} (cached positions plus new tokens).`,
    );
  }
  return mask;
}
