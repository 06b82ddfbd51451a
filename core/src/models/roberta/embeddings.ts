import { DeltahubError } from '../../errors.js';
import { tf } from '../../runtime/tf.js';
import { BertEmbeddings, type BertEmbeddingsInputs } from '../bert/embeddings.js';

/**
 * transformers' `create_position_ids_from_input_ids`: padding tokens get `paddingIdx`, the others
 * `paddingIdx + 1, paddingIdx + 2...` counting only non-padding tokens, `[batch, seq]` int32.
 */
export function createPositionIdsFromInputIds(inputIds: tf.Tensor2D, paddingIdx: number): tf.Tensor2D {
  return tf.tidy(() => {
    const mask = tf.notEqual(inputIds, paddingIdx).cast('int32');
    return tf.add(tf.mul(tf.cumsum(mask, 1), mask), paddingIdx).cast('int32') as tf.Tensor2D;
  });
}

/**
 * transformers' `create_position_ids_from_inputs_embeds`: with no ids to find padding in, positions
 * are sequential from `paddingIdx + 1`, `[1, seq]` (broadcast over the batch).
 */
export function createPositionIdsFromInputsEmbeds(seqLength: number, paddingIdx: number): tf.Tensor2D {
  return tf.range(paddingIdx + 1, seqLength + paddingIdx + 1, 1, 'int32').reshape([1, seqLength]);
}

/**
 * transformers' `RobertaEmbeddings`: BERT's embeddings with a padding row in the position table and
 * position ids that start after `padding_idx` and skip padding tokens.
 */
export class RobertaEmbeddings extends BertEmbeddings {
  /** RoBERTa's `padding_idx` (the config's `pad_token_id`). */
  get paddingIdx(): number {
    const pad = this.settings.padTokenId;
    if (pad === null) {
      throw new DeltahubError(
        'CONFIG_INVALID',
        'RoBERTa needs a pad_token_id: its position ids are counted from it.',
      );
    }
    return pad;
  }

  protected override positionPaddingIdx(): number | null {
    return this.paddingIdx;
  }

  protected override defaultPositionIds(inputs: BertEmbeddingsInputs, seqLength: number): tf.Tensor {
    const pad = this.paddingIdx;
    this.checkLength(seqLength, seqLength + pad + 1);
    // transformers refuses ids and embeddings together; here embeddings win (a soft prompt may have
    // lengthened them past the ids), so positions then follow the inputs_embeds rule.
    return inputs.inputsEmbeds || !inputs.inputIds
      ? createPositionIdsFromInputsEmbeds(seqLength, pad)
      : createPositionIdsFromInputIds(inputs.inputIds, pad);
  }
}
