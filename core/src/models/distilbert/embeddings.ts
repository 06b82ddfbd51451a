import { DeltahubError } from '../../errors.js';
import { Dropout } from '../../nn/dropout.js';
import { Embedding } from '../../nn/embedding.js';
import { Module } from '../../nn/module.js';
import { LayerNorm } from '../../nn/normalization.js';
import { tf } from '../../runtime/tf.js';
import type { DistilBertSettings } from './config.js';

/** What {@link Embeddings} embeds: token ids or ready-made embeddings, and optional position ids. */
export interface DistilBertEmbeddingInputs {
  inputIds?: tf.Tensor2D;
  /** Used instead of the word embeddings of `inputIds` when given (soft prompts build these). */
  inputsEmbeds?: tf.Tensor3D;
  /** Defaults to `0..seq-1` for every row. */
  positionIds?: tf.Tensor2D;
}

/**
 * transformers' `create_sinusoidal_embeddings`: row `pos`, column `j` holds
 * `sin(pos / 10000^(2⌊j/2⌋/dim))` for even `j` and the cosine for odd `j`.
 */
export function sinusoidalPositionTable(numPositions: number, dim: number): Float32Array {
  const table = new Float32Array(numPositions * dim);
  for (let pos = 0; pos < numPositions; pos++) {
    for (let j = 0; j < dim; j++) {
      const angle = pos / Math.pow(10000, (2 * Math.floor(j / 2)) / dim);
      table[pos * dim + j] = j % 2 === 0 ? Math.sin(angle) : Math.cos(angle);
    }
  }
  return table;
}

/**
 * DistilBERT's embeddings (transformers' `Embeddings`): word + position embeddings, LayerNorm
 * (eps 1e-12), dropout. No token type embeddings.
 */
export class Embeddings extends Module<[DistilBertEmbeddingInputs], tf.Tensor3D> {
  readonly wordEmbeddings: Embedding;
  readonly positionEmbeddings: Embedding;
  readonly layerNorm: LayerNorm;
  readonly dropout: Dropout;

  constructor(readonly settings: DistilBertSettings) {
    super();
    const { vocabSize, dim, maxPositionEmbeddings, padTokenId, initializerRange } = settings;
    this.wordEmbeddings = this.registerModule(
      'word_embeddings',
      new Embedding(vocabSize, dim, { paddingIdx: padTokenId, std: initializerRange }),
    );
    this.positionEmbeddings = this.registerModule(
      'position_embeddings',
      new Embedding(maxPositionEmbeddings, dim, { std: initializerRange }),
    );
    if (settings.sinusoidalPosEmbds) this.resetSinusoidalPositions();
    this.layerNorm = this.registerModule('LayerNorm', new LayerNorm(dim, 1e-12));
    this.dropout = this.registerModule('dropout', new Dropout(settings.dropout));
  }

  /** Writes the fixed sinusoidal table into the position embeddings and freezes them, as transformers does. */
  resetSinusoidalPositions(): void {
    const { maxPositionEmbeddings, dim } = this.settings;
    const weight = this.positionEmbeddings.weight;
    tf.tidy(() =>
      weight.assign(
        tf.tensor2d(sinusoidalPositionTable(maxPositionEmbeddings, dim), [maxPositionEmbeddings, dim]),
      ),
    );
    weight.trainable = false;
  }

  forward(inputs: DistilBertEmbeddingInputs): tf.Tensor3D {
    return tf.tidy(() => {
      const words = inputs.inputsEmbeds ?? this.embedIds(inputs.inputIds);
      const seq = words.shape[1];
      if (seq > this.settings.maxPositionEmbeddings) {
        throw new DeltahubError(
          'BAD_INPUT',
          `Sequence length ${seq} exceeds DistilBERT's max_position_embeddings (${this.settings.maxPositionEmbeddings}).`,
        );
      }
      const positionIds = inputs.positionIds ?? tf.range(0, seq, 1, 'int32').reshape([1, seq]);
      const positions = this.positionEmbeddings.call(positionIds);
      const summed = tf.add(words, positions);
      return this.dropout.call(this.layerNorm.call(summed)) as tf.Tensor3D;
    });
  }

  private embedIds(inputIds: tf.Tensor2D | undefined): tf.Tensor3D {
    if (!inputIds)
      throw new DeltahubError('BAD_INPUT', 'DistilBERT embeddings need inputIds or inputsEmbeds.');
    return this.wordEmbeddings.call(inputIds) as tf.Tensor3D;
  }
}
