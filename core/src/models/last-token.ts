import { tf } from '../runtime/tf.js';

/**
 * Per row, the index of the last token that is not padding, where decoder classification heads
 * (GPT-2, Llama) read their logits: the largest position whose id differs from `padTokenId` (0 for a
 * row of padding only). This is what current transformers computes; 4.32 took "first pad − 1", which
 * differs only when a pad id also occurs before the end (e.g. as BOS, since GPT-2 checkpoints often set
 * pad = eos = bos) and then picked a padding position. Without `padTokenId`, or without ids of the
 * sequence's length (only `inputsEmbeds` given), the last position, as transformers does.
 */
export function lastNonPaddingIndex(
  inputIds: tf.Tensor2D | undefined,
  padTokenId: number | undefined,
  batch: number,
  seq: number,
): tf.Tensor1D {
  if (padTokenId === undefined || !inputIds || inputIds.shape[1] !== seq)
    return tf.fill([batch], seq - 1, 'int32');
  const notPad = tf.notEqual(inputIds, padTokenId).asType('int32');
  return tf.argMax(tf.mul(tf.range(0, seq, 1, 'int32').reshape([1, seq]), notPad), -1) as tf.Tensor1D;
}

/** `logits` `[batch, seq, labels]` at each row's {@link lastNonPaddingIndex}: `[batch, labels]`. */
export function logitsAtLastToken(
  allLogits: tf.Tensor3D,
  inputIds: tf.Tensor2D | undefined,
  padTokenId: number | undefined,
): tf.Tensor2D {
  const [batch, seq, labels] = allLogits.shape;
  const pick = tf.oneHot(lastNonPaddingIndex(inputIds, padTokenId, batch, seq), seq).asType('float32');
  return tf.matMul(pick.reshape([batch, 1, seq]), allLogits).reshape([batch, labels]);
}
