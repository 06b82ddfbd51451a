import { checkpoint } from '../nn/checkpoint.js';
import type { Module } from '../nn/module.js';
import { tf } from '../runtime/tf.js';

/** Options of {@link causalLMLoss}. */
export interface CausalLMLossOptions {
  /** Positions whose logits are computed at once (default 32). */
  chunkSize?: number;
}

/**
 * The causal language-modelling loss: the mean cross-entropy of predicting token t+1 from the hidden
 * state at t, over every position of `inputIds` `[batch, seq]`, with `lmHead` mapping hidden states
 * `[batch, seq, width]` to vocabulary logits. The logits are made `chunkSize` positions at a time
 * under gradient checkpointing, so the `[seq, vocab]` logits (155 MB for Qwen2.5's 151,936 tokens at
 * 256 positions, several times over in the backward pass) never exist whole; gradients reach the
 * hidden states and `lmHead`'s trainable parameters.
 */
export function causalLMLoss(
  lmHead: Module<[tf.Tensor], tf.Tensor>,
  hidden: tf.Tensor3D,
  inputIds: tf.Tensor2D,
  options: CausalLMLossOptions = {},
): tf.Scalar {
  return tf.tidy(() => {
    const [batch, seq, width] = hidden.shape;
    const count = batch * (seq - 1);
    const states = hidden.slice([0, 0, 0], [batch, seq - 1, width]).reshape([count, width]);
    const labels = inputIds
      .slice([0, 1], [batch, seq - 1])
      .reshape([count])
      .asType('int32');
    const chunkSize = options.chunkSize ?? 32;
    const variables = lmHead.parameters().filter((parameter) => parameter.trainable);
    const crossEntropySum = (x: tf.Tensor, y: tf.Tensor): tf.Tensor => {
      const logProbabilities = tf.logSoftmax(lmHead.call(x) as tf.Tensor2D);
      const [rows, vocab] = logProbabilities.shape;
      return tf.neg(
        tf.sum(tf.mul(tf.oneHot(y as tf.Tensor1D, vocab).reshape([rows, vocab]), logProbabilities)),
      );
    };
    let total: tf.Tensor = tf.scalar(0);
    for (let start = 0; start < count; start += chunkSize) {
      const size = Math.min(chunkSize, count - start);
      const part = checkpoint(
        crossEntropySum,
        states.slice([start, 0], [size, width]),
        [labels.slice([start], [size])],
        variables,
      );
      total = tf.add(total, part);
    }
    return tf.div(total, count) as tf.Scalar;
  });
}
