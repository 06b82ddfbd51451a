/**
 * Test helpers shared by every delta method's tests: the seven tiny backbones, their inputs (the tiny
 * batch and an OpenDelta reference's), output snapshots and comparisons.
 */
import { join } from 'node:path';
import { expect } from 'vitest';
import { BartModel } from '../../models/bart/index.js';
import { BertModel } from '../../models/bert/index.js';
import { DistilBertModel } from '../../models/distilbert/index.js';
import { GPT2Model } from '../../models/gpt2/index.js';
import type { ModelInputs, ModelOutput } from '../../models/inputs.js';
import { LlamaModel } from '../../models/llama/index.js';
import type { PreTrainedModel } from '../../models/pretrained-model.js';
import { RobertaModel } from '../../models/roberta/index.js';
import { T5Model } from '../../models/t5/index.js';
import { HF_TINY, toTensor, type JsonTensor } from '../../models/test-support/reference.js';
import { tf } from '../../runtime/tf.js';
import type { DeltaModel } from '../base/delta-model.js';
import type { OpenDeltaExpected } from './opendelta-reference.js';
import { TINY_ARCHS as ARCHS, tinyInputs, type TinyArch as Arch } from '@deltahub/testing/fixtures';

// The tiny backbones' architectures (every method must have a working default for each) and
// their small padded batch: one definition, shared with the SDK's tests.
export { TINY_ARCHS as ARCHS, tinyInputs, type TinyArch as Arch } from '@deltahub/testing/fixtures';

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
    case 'llama':
      return LlamaModel.fromPretrained(folder, { onWarning: () => {} });
  }
}

/** The tiny backbone a reference was made on (its recorded `arch`, e.g. `bert` → BertModel). */
export async function loadFixtureBackbone(arch: string): Promise<PreTrainedModel> {
  if (!(ARCHS as readonly string[]).includes(arch)) throw new Error(`no fixture backbone for ${arch}`);
  return loadTinyBackbone(arch as Arch);
}

/** An OpenDelta reference's inputs as model inputs. */
export function fixtureInputs(expected: OpenDeltaExpected): ModelInputs {
  const inputs: ModelInputs = {
    inputIds: toTensor(expected.inputs['input_ids']!),
    attentionMask: toTensor(expected.inputs['attention_mask']!),
  };
  if (expected.inputs['decoder_input_ids'])
    inputs.decoderInputIds = toTensor(expected.inputs['decoder_input_ids']);
  return inputs;
}

const FIELDS: Record<string, keyof ModelOutput> = {
  last_hidden_state: 'lastHiddenState',
  pooler_output: 'poolerOutput',
  encoder_last_hidden_state: 'encoderLastHiddenState',
  logits: 'logits',
};

/**
 * Max |actual − expected| of every recorded output. `encoderMask` masks encoder-side `[batch, seq,
 * ...]` outputs (the last hidden state of encoder-only models, the encoder's of encoder-decoders);
 * decoder outputs have no padding in the fixtures.
 */
export function outputDiffs(
  out: ModelOutput,
  reference: Record<string, JsonTensor>,
  encoderMask: JsonTensor,
): Record<string, number> {
  const encoderDecoder = out.encoderLastHiddenState !== undefined;
  const diffs: Record<string, number> = {};
  for (const [key, tensor] of Object.entries(reference)) {
    const field = FIELDS[key];
    if (!field) throw new Error(`unknown output ${key}`);
    const actual = out[field] as tf.Tensor;
    const encoderSide = key === 'encoder_last_hidden_state' || (!encoderDecoder && tensor.shape.length >= 3);
    diffs[key] = maxAbsDiffMasked(actual, tensor, encoderSide ? encoderMask : undefined);
  }
  return diffs;
}

/** Max |actual − expected| over positions whose `[batch, seq]` mask is 1 (all positions without one). */
export function maxAbsDiffMasked(actual: tf.Tensor, expected: JsonTensor, mask?: JsonTensor): number {
  if (actual.shape.join() !== expected.shape.join()) {
    throw new Error(`shape [${actual.shape.join(', ')}] != expected [${expected.shape.join(', ')}]`);
  }
  const values = actual.dataSync();
  const perPosition = expected.shape.slice(2).reduce((a, b) => a * b, 1);
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    if (mask && mask.data[Math.floor(i / perPosition)] === 0) continue;
    max = Math.max(max, Math.abs(values[i]! - expected.data[i]!));
  }
  return max;
}

/** Every tensor of a model output as plain arrays, by output name. */
export type Snapshot = Record<string, { shape: number[]; data: Float32Array }>;

/** Every tensor of a model output as plain arrays (the tensors are disposed). */
export function snapshot(out: ModelOutput): Snapshot {
  const result: Snapshot = {};
  for (const [key, t] of Object.entries(out)) {
    if (!(t instanceof tf.Tensor)) continue;
    result[key] = { shape: t.shape, data: t.dataSync() as Float32Array };
    t.dispose();
  }
  return result;
}

/** Runs the model on the tiny batch of `arch` and snapshots its outputs. */
export function run(model: PreTrainedModel, arch: Arch): Snapshot {
  return snapshot(model.forward(tinyInputs(arch)));
}

/** Max difference between two snapshots with the same fields and shapes (throws when they differ). */
export function snapshotDiff(a: Snapshot, b: Snapshot): number {
  if (Object.keys(a).join() !== Object.keys(b).join())
    throw new Error(`outputs differ: [${Object.keys(a).join(', ')}] vs [${Object.keys(b).join(', ')}]`);
  let max = 0;
  for (const [key, x] of Object.entries(a)) {
    const y = b[key]!;
    if (y.shape.join() !== x.shape.join()) throw new Error(`output ${key} differs in shape`);
    for (let i = 0; i < x.data.length; i++) max = Math.max(max, Math.abs(x.data[i]! - y.data[i]!));
  }
  return max;
}

/**
 * `detach()` gives back the backbone's outputs `base` exactly, `attach()` the delta's `withDelta`
 * exactly (on the tiny batch of `arch`); `whileDetached` runs in between.
 */
export function expectDetachAttachExact(
  backbone: PreTrainedModel,
  arch: Arch,
  delta: DeltaModel,
  base: Snapshot,
  withDelta: Snapshot,
  whileDetached?: () => void,
): void {
  delta.detach();
  expect(snapshotDiff(run(backbone, arch), base)).toBe(0);
  whileDetached?.();
  delta.attach();
  expect(snapshotDiff(run(backbone, arch), withDelta)).toBe(0);
}
