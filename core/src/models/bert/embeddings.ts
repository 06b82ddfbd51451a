import { DeltahubError } from '../../errors.js';
import { Dropout } from '../../nn/dropout.js';
import { Embedding } from '../../nn/embedding.js';
import { Module } from '../../nn/module.js';
import { LayerNorm } from '../../nn/normalization.js';
import { tf } from '../../runtime/tf.js';
import type { BertSettings } from './config.js';

/** What the embedding layer reads: token ids or ready embeddings, plus optional segments and positions. */
export interface BertEmbeddingsInputs {
  /** Token ids `[batch, seq]` (int32). Ignored when `inputsEmbeds` is given. */
  inputIds?: tf.Tensor2D;
  /** Word embeddings `[batch, seq, hidden]` used instead of looking up `inputIds` (soft prompts). */
  inputsEmbeds?: tf.Tensor3D;
  /** Segment ids `[batch, seq]`; zeros when absent. */
  tokenTypeIds?: tf.Tensor2D;
  /** Position ids `[batch, seq]`; the architecture's default when absent. */
  positionIds?: tf.Tensor2D;
}

/**
 * transformers' `BertEmbeddings`: word + token type + absolute position embeddings, then LayerNorm
 * and dropout. Subclasses change only how default position ids are made (RoBERTa).
 */
export class BertEmbeddings extends Module<[BertEmbeddingsInputs], tf.Tensor3D> {
  readonly word_embeddings: Embedding;
  readonly position_embeddings: Embedding;
  readonly token_type_embeddings: Embedding;
  readonly LayerNorm: LayerNorm;
  readonly dropout: Dropout;

  constructor(readonly settings: BertSettings) {
    super();
    const { vocabSize, hiddenSize, initializerRange: std } = settings;
    this.word_embeddings = this.registerModule(
      'word_embeddings',
      new Embedding(vocabSize, hiddenSize, { paddingIdx: settings.padTokenId, std }),
    );
    this.position_embeddings = this.registerModule(
      'position_embeddings',
      new Embedding(settings.maxPositionEmbeddings, hiddenSize, {
        paddingIdx: this.positionPaddingIdx(),
        std,
      }),
    );
    this.token_type_embeddings = this.registerModule(
      'token_type_embeddings',
      new Embedding(settings.typeVocabSize, hiddenSize, { std }),
    );
    this.LayerNorm = this.registerModule('LayerNorm', new LayerNorm(hiddenSize, settings.layerNormEps));
    this.dropout = this.registerModule('dropout', new Dropout(settings.hiddenDropoutProb));
  }

  /** Padding row of the position table: none for BERT (RoBERTa reserves `padding_idx`). */
  protected positionPaddingIdx(): number | null {
    return null;
  }

  /**
   * Position ids when the caller gives none, `[1 or batch, seq]`: BERT counts 0, 1, 2... Only the
   * sequence length is checked here, so no tensor has to be read back to the CPU.
   */
  protected defaultPositionIds(_inputs: BertEmbeddingsInputs, seqLength: number): tf.Tensor {
    this.checkLength(seqLength, seqLength);
    return tf.range(0, seqLength, 1, 'int32').reshape([1, seqLength]);
  }

  /** A typed error instead of tfjs' silent zero rows when positions run past the table. */
  protected checkLength(seqLength: number, largestPosition: number): void {
    const max = this.settings.maxPositionEmbeddings;
    if (largestPosition > max) {
      throw new DeltahubError(
        'SEQUENCE_TOO_LONG',
        `Sequence of length ${seqLength} needs ${largestPosition} position embeddings; the model has ${max}.`,
      );
    }
  }

  forward(inputs: BertEmbeddingsInputs): tf.Tensor3D {
    return tf.tidy(() => {
      const wordEmbeddings =
        inputs.inputsEmbeds ?? (this.word_embeddings.call(requireIds(inputs)) as tf.Tensor3D);
      const [batch, seqLength] = wordEmbeddings.shape;
      const tokenTypeIds = inputs.tokenTypeIds ?? tf.zeros([batch, seqLength], 'int32');
      const positionIds = inputs.positionIds ?? this.defaultPositionIds(inputs, seqLength);
      // Same summation order as transformers, so float rounding matches the reference.
      let embeddings = tf.add(wordEmbeddings, this.token_type_embeddings.call(tokenTypeIds));
      embeddings = tf.add(embeddings, this.position_embeddings.call(positionIds));
      embeddings = this.LayerNorm.call(embeddings);
      return this.dropout.call(embeddings) as tf.Tensor3D;
    });
  }
}

function requireIds(inputs: BertEmbeddingsInputs): tf.Tensor2D {
  if (!inputs.inputIds)
    throw new DeltahubError('BAD_INPUT', 'BertEmbeddings needs inputIds or inputsEmbeds.');
  return inputs.inputIds;
}
