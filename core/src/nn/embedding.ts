import { tf } from '../runtime/tf.js';
import { normalParameter, randomInitSkipped } from './init.js';
import { Module, type Parameter } from './module.js';

/** A lookup table `[numEmbeddings, embeddingDim]`; indices may have any shape. */
export class Embedding extends Module<[tf.Tensor], tf.Tensor> {
  /** `[numEmbeddings, embeddingDim]`. */
  get weight(): Parameter {
    return this.ownParameter('weight');
  }

  constructor(
    readonly numEmbeddings: number,
    readonly embeddingDim: number,
    options: { paddingIdx?: number | null; std?: number } = {},
  ) {
    super();
    this.paddingIdx = options.paddingIdx ?? null;
    this.registerParameter('weight', normalParameter([numEmbeddings, embeddingDim], options.std ?? 1));
    // Under withoutRandomInit the table is already zeros: rewriting a large table would only cost time.
    if (this.paddingIdx !== null && !randomInitSkipped()) this.zeroPaddingRow();
  }

  /** Row kept at zero at initialisation, as PyTorch's `padding_idx`. */
  readonly paddingIdx: number | null;

  /** Sets the padding row to zeros (transformers does this after initialising). */
  zeroPaddingRow(): void {
    const idx = this.paddingIdx;
    if (idx === null) return;
    tf.tidy(() => {
      const mask = tf.oneHot([idx], this.numEmbeddings).reshape([this.numEmbeddings, 1]);
      this.weight.assign(tf.mul(this.weight, tf.sub(1, mask)));
    });
  }

  forward(indices: tf.Tensor): tf.Tensor {
    return tf.tidy(() => {
      const flat = indices.reshape([-1]).asType('int32');
      return embeddingLookup(this.weight, flat).reshape([...indices.shape, this.embeddingDim]);
    });
  }
}

/**
 * `tf.gather(weight, ids)` with a ScatterNd gradient (duplicate ids sum). tf.gather's own gradient
 * uses the UnsortedSegmentSum kernel, which the wasm backend does not have: without this, training
 * any embedding table (or a weight tied to one) failed on wasm.
 */
const embeddingLookup = tf.customGrad((...args: Array<tf.Tensor | tf.GradSaveFunc>) => {
  const [weight, ids, save] = args as [tf.Tensor, tf.Tensor, tf.GradSaveFunc];
  save([ids]);
  return {
    value: tf.gather(weight, ids),
    gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
      const savedIds = saved[0]!;
      return [tf.scatterND(savedIds.reshape([-1, 1]), dy, weight.shape), tf.zerosLike(savedIds)];
    },
  };
}) as (weight: tf.Tensor, ids: tf.Tensor) => tf.Tensor;
