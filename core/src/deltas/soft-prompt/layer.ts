import { parameterFrom, uniformParameter } from '../../nn/init.js';
import { Module, type Parameter } from '../../nn/module.js';
import { tf } from '../../runtime/tf.js';

/**
 * OpenDelta's `SoftPromptLayer`: `soft_embeds [softTokenNum, d]`, prepended to every row of the
 * input embeddings. Built either from given initial values (token init) or `U(-initRange, initRange)`.
 */
export class SoftPromptLayer extends Module<[tf.Tensor3D], tf.Tensor3D> {
  constructor(
    readonly softTokenNum: number,
    readonly hiddenDim: number,
    init: { values: tf.Tensor2D } | { initRange: number },
  ) {
    super();
    const parameter =
      'values' in init
        ? parameterFrom(init.values)
        : uniformParameter([softTokenNum, hiddenDim], init.initRange);
    this.registerParameter('soft_embeds', parameter);
  }

  /** `[softTokenNum, d]`. */
  get softEmbeds(): Parameter {
    return this.ownParameter('soft_embeds');
  }

  /** `[batch, seq, d]` → `[batch, softTokenNum + seq, d]`, the soft tokens first. */
  forward(embeds: tf.Tensor3D): tf.Tensor3D {
    return tf.tidy(() => {
      const [batch, , dim] = embeds.shape;
      const soft = tf.broadcastTo(this.softEmbeds.expandDims(0), [batch, this.softTokenNum, dim]);
      return tf.concat([soft, embeds], 1) as tf.Tensor3D;
    });
  }
}

/** A `[batch, seq]` 0/1 mask with `n` ones in front of each row (the soft tokens are attended). */
export function prependPromptMask(mask: tf.Tensor2D, n: number): tf.Tensor2D {
  return tf.tidy(() => tf.concat([tf.ones([mask.shape[0], n], mask.dtype), mask], 1));
}

/** `[batch, seq]` ids with `n` zeros in front of each row (token type 0 for the soft tokens). */
export function prependPromptTokenTypes(ids: tf.Tensor2D, n: number): tf.Tensor2D {
  return tf.tidy(() => tf.concat([tf.zeros([ids.shape[0], n], ids.dtype), ids], 1));
}

/**
 * Position ids `[batch, seq]` shifted past the `n` soft tokens, with (`prepend`) the soft tokens' own
 * positions `0..n-1` in front of each row.
 */
export function promptedPositions(positionIds: tf.Tensor2D, n: number, prepend: boolean): tf.Tensor2D {
  return tf.tidy(() => {
    const shifted = tf.add(positionIds, n) as tf.Tensor2D;
    if (!prepend) return shifted;
    const own = tf.tile(tf.range(0, n, 1, positionIds.dtype as 'int32').reshape([1, n]), [
      positionIds.shape[0],
      1,
    ]);
    return tf.concat([own, shifted], 1) as tf.Tensor2D;
  });
}
