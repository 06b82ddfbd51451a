import { tf } from '../runtime/tf.js';

/**
 * Scales `gradients` so their global L2 norm is at most `maxNorm` (PyTorch's `clip_grad_norm_`: the
 * factor is `maxNorm / (norm + 1e-6)` when below 1). Returns the clipped gradients (the input is
 * disposed when they differ) and the norm before clipping. `maxNorm` 0 only measures.
 */
export function clipByGlobalNorm(
  gradients: Record<string, tf.Tensor>,
  maxNorm: number,
): { gradients: Record<string, tf.Tensor>; norm: number } {
  const norm = tf.tidy(
    () => tf.sqrt(tf.addN(Object.values(gradients).map((g) => tf.sum(tf.square(g))))).dataSync()[0]!,
  );
  const factor = maxNorm / (norm + 1e-6);
  if (maxNorm <= 0 || factor >= 1) return { gradients, norm };
  const clipped = tf.tidy(() =>
    Object.fromEntries(Object.entries(gradients).map(([n, g]) => [n, tf.mul(g, factor)])),
  );
  tf.dispose(Object.values(gradients));
  return { gradients: clipped, norm };
}

/** Adds `next` into `sum` (disposing both inputs); `sum` undefined takes `next` as it is. */
export function accumulate(
  sum: Record<string, tf.Tensor> | undefined,
  next: Record<string, tf.Tensor>,
): Record<string, tf.Tensor> {
  if (!sum) return next;
  const added = tf.tidy(() =>
    Object.fromEntries(Object.entries(sum).map(([n, g]) => [n, tf.add(g, next[n]!)])),
  );
  tf.dispose([...Object.values(sum), ...Object.values(next)]);
  return added;
}

/** `gradients` × `factor` (disposing the input). */
export function scale(gradients: Record<string, tf.Tensor>, factor: number): Record<string, tf.Tensor> {
  if (factor === 1) return gradients;
  const scaled = tf.tidy(() =>
    Object.fromEntries(Object.entries(gradients).map(([n, g]) => [n, tf.mul(g, factor)])),
  );
  tf.dispose(Object.values(gradients));
  return scaled;
}
