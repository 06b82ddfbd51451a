/**
 * Padding invariance: a padded row's outputs at its real positions must equal those of the same row
 * run alone without padding. This is what a correctly extended mask guarantees in encoder
 * self-attention, decoder self-attention and cross-attention (junk tokens, not pad ids, fill the
 * padded positions, so a leaking mask shows).
 */
import type { ModelInputs, ModelOutput } from '../../models/inputs.js';
import type { PreTrainedModel } from '../../models/pretrained-model.js';
import { tf } from '../../runtime/tf.js';
import type { Arch } from './backbones.js';

/** A padded batch and, for its second row, the same row without padding. */
export interface PaddingCase {
  readonly padded: ModelInputs;
  readonly alone: ModelInputs;
  /** Real positions of row 1 in the padded run and in the lone run (encoder side / decoder side). */
  readonly encoderPositions: readonly number[];
  readonly decoderPositions: readonly number[];
  readonly decoderAlonePositions: readonly number[];
}

/**
 * Row 1 of the encoder input is right-padded (junk 90, 91 masked). Decoder inputs: T5 left-pads row 1
 * (relative positions make the unpadded run comparable, and causal masking alone would not hide a
 * left pad); BART right-pads it (learned absolute positions). The decoder-only GPT-2 and Llama
 * left-pad with explicit position ids when `allowPositionIds` (a right pad is hidden by causality
 * alone, mask or not), else right-pad. `rightPadDecoder` right-pads T5's decoder too: a T5
 * self-attention prefix is a past whose distance to each query counts in the position bias, so a
 * left pad legitimately changes the padded row.
 */
export function paddingCase(
  arch: Arch,
  allowPositionIds: boolean,
  options: { rightPadDecoder?: boolean } = {},
): PaddingCase {
  const real = [5, 64, 12, 77];
  if ((arch === 'gpt2' || arch === 'llama') && allowPositionIds) {
    return {
      padded: {
        inputIds: [
          [5, 17, 33, 47, 8, 61],
          [90, 91, ...real],
        ],
        attentionMask: [
          [1, 1, 1, 1, 1, 1],
          [0, 0, 1, 1, 1, 1],
        ],
        positionIds: [
          [0, 1, 2, 3, 4, 5],
          [0, 0, 0, 1, 2, 3],
        ],
      },
      alone: { inputIds: [real] },
      encoderPositions: [2, 3, 4, 5],
      decoderPositions: [],
      decoderAlonePositions: [],
    };
  }
  const padded: ModelInputs = {
    inputIds: [
      [5, 17, 33, 47, 8, 61],
      [...real, 90, 91],
    ],
    attentionMask: [
      [1, 1, 1, 1, 1, 1],
      [1, 1, 1, 1, 0, 0],
    ],
  };
  const alone: ModelInputs = { inputIds: [real] };
  if (arch !== 't5' && arch !== 'bart') {
    return { padded, alone, encoderPositions: [0, 1, 2, 3], decoderPositions: [], decoderAlonePositions: [] };
  }
  const decoderReal = [2, 40, 81];
  const leftPadDecoder = arch === 't5' && !options.rightPadDecoder;
  if (leftPadDecoder) {
    padded.decoderInputIds = [
      [2, 9, 21, 5],
      [95, ...decoderReal],
    ];
    padded.decoderAttentionMask = [
      [1, 1, 1, 1],
      [0, 1, 1, 1],
    ];
  } else {
    padded.decoderInputIds = [
      [2, 9, 21, 5],
      [...decoderReal, 95],
    ];
    padded.decoderAttentionMask = [
      [1, 1, 1, 1],
      [1, 1, 1, 0],
    ];
  }
  alone.decoderInputIds = [decoderReal];
  return {
    padded,
    alone,
    encoderPositions: [0, 1, 2, 3],
    decoderPositions: leftPadDecoder ? [1, 2, 3] : [0, 1, 2],
    decoderAlonePositions: [0, 1, 2],
  };
}

/** Rows of `t[batch]` at `positions` (along axis 1), as nested arrays. */
function rowsAt(t: tf.Tensor, batch: number, positions: readonly number[]): number[][] {
  const all = t.arraySync() as number[][][];
  return positions.map((p) => all[batch]![p]!);
}

function maxDiff(a: number[][], b: number[][]): number {
  let max = 0;
  a.forEach((row, i) => row.forEach((v, j) => (max = Math.max(max, Math.abs(v - b[i]![j]!)))));
  return max;
}

/**
 * Max difference between row 1 of the padded run and the lone run, over real positions, for the
 * encoder side (or the only stack) and the decoder side. `offset` shifts encoder-side positions
 * (soft prompts lengthen the encoder side; their own positions are compared too).
 */
export function paddingDiffs(
  model: PreTrainedModel,
  c: PaddingCase,
  offset = 0,
): { encoder: number; decoder: number } {
  const padded: ModelOutput = model.forward(c.padded);
  const alone: ModelOutput = model.forward(c.alone);
  const encoderPadded = padded.encoderLastHiddenState ?? padded.lastHiddenState;
  const encoderAlone = alone.encoderLastHiddenState ?? alone.lastHiddenState;
  const soft = Array.from({ length: offset }, (_, i) => i);
  const encoder = maxDiff(
    rowsAt(encoderPadded, 1, [...soft, ...c.encoderPositions.map((p) => p + offset)]),
    rowsAt(encoderAlone, 0, [...soft, ...c.encoderPositions.map((_, i) => i + offset)]),
  );
  const decoder = padded.encoderLastHiddenState
    ? maxDiff(
        rowsAt(padded.lastHiddenState, 1, c.decoderPositions),
        rowsAt(alone.lastHiddenState, 0, c.decoderAlonePositions),
      )
    : 0;
  tf.dispose([padded, alone] as never);
  return { encoder, decoder };
}
