/** Test helpers: the six tiny backbones with inputs, for default-placement and behaviour tests. */
import { join } from 'node:path';
import { tf } from '../../../runtime/tf.js';
import { BartModel } from '../../../models/bart/index.js';
import { BertModel } from '../../../models/bert/index.js';
import { DistilBertModel } from '../../../models/distilbert/index.js';
import { GPT2Model } from '../../../models/gpt2/index.js';
import type { ModelInputs, ModelOutput } from '../../../models/inputs.js';
import type { PreTrainedModel } from '../../../models/pretrained-model.js';
import { RobertaModel } from '../../../models/roberta/index.js';
import { T5Model } from '../../../models/t5/index.js';
import { HF_TINY } from '../../../models/test-support/reference.js';

/** The architectures every method must have a working default for. */
export const ARCHS = ['bert', 'roberta', 'distilbert', 'gpt2', 't5', 'bart'] as const;
export type Arch = (typeof ARCHS)[number];

/** Loads the tiny fixture backbone of `arch` (eval mode). */
export async function loadTinyBackbone(arch: Arch): Promise<PreTrainedModel> {
  const folder = join(HF_TINY, arch);
  switch (arch) {
    case 'bert':
      return BertModel.fromPretrained(folder);
    case 'roberta':
      return RobertaModel.fromPretrained(folder);
    case 'distilbert':
      return DistilBertModel.fromPretrained(folder);
    case 'gpt2':
      return GPT2Model.fromPretrained(folder);
    case 't5':
      return T5Model.fromPretrained(folder);
    case 'bart':
      return BartModel.fromPretrained(folder);
  }
}

/** A small padded batch (decoder ids for the encoder-decoders). */
export function tinyInputs(arch: Arch): ModelInputs {
  const inputs: ModelInputs = {
    inputIds: [
      [5, 17, 33, 47, 8, 61],
      [5, 64, 12, 77, 3, 3],
    ],
    attentionMask: [
      [1, 1, 1, 1, 1, 1],
      [1, 1, 1, 1, 0, 0],
    ],
  };
  if (arch === 't5' || arch === 'bart') {
    inputs.decoderInputIds = [
      [2, 9, 21, 5],
      [2, 40, 81, 7],
    ];
  }
  return inputs;
}

/** Every tensor of a model output, as one flat list of [name, values, shape]. */
export function snapshot(out: ModelOutput): Array<[string, Float32Array, number[]]> {
  const entries = Object.entries(out).filter(([, t]) => t instanceof tf.Tensor) as Array<[string, tf.Tensor]>;
  const result = entries.map(
    ([k, t]) => [k, t.dataSync() as Float32Array, t.shape] as [string, Float32Array, number[]],
  );
  tf.dispose(entries.map(([, t]) => t));
  return result;
}

/** Runs the model and snapshots its outputs. */
export function run(model: PreTrainedModel, arch: Arch): Array<[string, Float32Array, number[]]> {
  return snapshot(model.forward(tinyInputs(arch)));
}

/** Max abs difference between two snapshots of the same outputs (shapes must agree). */
export function snapshotDiff(
  a: Array<[string, Float32Array, number[]]>,
  b: Array<[string, Float32Array, number[]]>,
): number {
  let max = 0;
  for (const [i, [name, values, shape]] of a.entries()) {
    const [otherName, other, otherShape] = b[i]!;
    if (name !== otherName || shape.join() !== otherShape.join())
      throw new Error(`output ${name} differs in shape`);
    for (let j = 0; j < values.length; j++) max = Math.max(max, Math.abs(values[j]! - other[j]!));
  }
  return max;
}
