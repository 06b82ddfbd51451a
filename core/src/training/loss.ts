import { IGNORE_INDEX } from '../data/collators/features.js';
import { tf } from '../runtime/tf.js';

/**
 * The loss transformers' heads compute from `labels`: mean squared error for regression (float
 * labels, one output), otherwise cross-entropy averaged over the labels that are not -100 — one label
 * per example for sequence classification, one per token for token classification and language
 * modeling (deltahub's LM collators align labels with positions, so no shift happens here).
 */
export function lossFromLogits(logits: tf.Tensor, labels: tf.Tensor): tf.Scalar {
  return tf.tidy(() => {
    if (labels.dtype === 'float32') {
      return tf.losses.meanSquaredError(labels.reshape([-1]), logits.reshape([-1])) as tf.Scalar;
    }
    const classes = logits.shape[logits.rank - 1]!;
    const flatLogits = logits.reshape([-1, classes]);
    const flatLabels = labels.reshape([-1]);
    const keep = tf.notEqual(flatLabels, IGNORE_INDEX);
    const safeLabels = tf.where(keep, flatLabels, tf.zerosLike(flatLabels));
    // One-hot rather than gather: gather's gradient (UnsortedSegmentSum) has no wasm kernel.
    const picked = tf.sum(tf.mul(tf.logSoftmax(flatLogits), tf.oneHot(safeLabels, classes)), -1);
    const weights = tf.cast(keep, 'float32');
    return tf.div(tf.neg(tf.sum(tf.mul(picked, weights))), tf.maximum(tf.sum(weights), 1)) as tf.Scalar;
  });
}
