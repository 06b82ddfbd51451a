import { DeltahubError } from '../../errors.js';
import { Embedding } from '../../nn/embedding.js';
import { tf } from '../../runtime/tf.js';

/**
 * BART's learned positions: an `Embedding` of `maxPositions + 2` rows indexed by `position + 2`
 * (a fairseq legacy: the first two rows were reserved for padding). Called with the token ids
 * `[batch, seq]` (or embeddings `[batch, seq, hidden]`): only their shape is used, positions start
 * at `pastLength` (0, or the positions already in a key/value cache) for every row, as transformers
 * does.
 */
export class BartLearnedPositionalEmbedding extends Embedding {
  /** Rows skipped before position 0. */
  readonly offset = 2;

  constructor(
    readonly maxPositions: number,
    embeddingDim: number,
  ) {
    super(maxPositions + 2, embeddingDim);
  }

  /** Runs the hooks and {@link BartLearnedPositionalEmbedding.forward} with positions from `pastLength`. */
  override call(input: tf.Tensor, pastLength = 0): tf.Tensor {
    return this.runWithHooks([input], (x) => this.forward(x, pastLength));
  }

  override forward(input: tf.Tensor, pastLength = 0): tf.Tensor {
    const [batch, seq] = input.shape as [number, number];
    if (pastLength + seq > this.maxPositions) {
      throw new DeltahubError(
        'BAD_INPUT',
        `Sequence length ${pastLength + seq} exceeds BART's max_position_embeddings (${this.maxPositions}).`,
      );
    }
    return tf.tidy(() => {
      const start = this.offset + pastLength;
      const positions = tf.range(start, start + seq, 1, 'int32').reshape([1, seq]);
      return super.forward(tf.tile(positions, [batch, 1]));
    });
  }
}

/**
 * transformers' `shift_tokens_right`: the decoder inputs BART derives from `inputIds` when none are
 * given — `decoderStartTokenId` then the ids shifted right by one, with label padding (-100)
 * replaced by `padTokenId`.
 */
export function shiftTokensRight(
  inputIds: tf.Tensor2D,
  padTokenId: number,
  decoderStartTokenId: number,
): tf.Tensor2D {
  return tf.tidy(() => {
    const [batch, seq] = inputIds.shape;
    const ids = inputIds.toInt();
    const start = tf.fill([batch, 1], decoderStartTokenId, 'int32');
    const shifted = tf.concat([start, ids.slice([0, 0], [batch, seq - 1])], 1);
    return tf.where(
      tf.equal(shifted, -100),
      tf.fill([batch, seq], padTokenId, 'int32'),
      shifted,
    ) as tf.Tensor2D;
  });
}
