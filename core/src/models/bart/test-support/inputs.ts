/** Test helpers: the BART fixtures' inputs as model inputs. */
import type { tf } from '../../../runtime/tf.js';
import { toTensor, type Reference } from '../../test-support/reference.js';

/** The reference inputs (decoder_input_ids given, as the fixtures do). */
export function referenceInputs(ref: Reference): {
  inputIds: tf.Tensor;
  attentionMask: tf.Tensor;
  decoderInputIds: tf.Tensor;
} {
  return {
    inputIds: toTensor(ref.inputs['input_ids']!),
    attentionMask: toTensor(ref.inputs['attention_mask']!),
    decoderInputIds: toTensor(ref.inputs['decoder_input_ids']!),
  };
}
