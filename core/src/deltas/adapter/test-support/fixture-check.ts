/** Test helpers shared by the adapter-family tests: one OpenDelta reference checked end to end. */
import { join } from 'node:path';
import { expect } from 'vitest';
import { tf } from '../../../runtime/tf.js';
import { BartModel } from '../../../models/bart/index.js';
import { BertModel } from '../../../models/bert/index.js';
import type { ModelOutput } from '../../../models/inputs.js';
import type { PreTrainedModel } from '../../../models/pretrained-model.js';
import { HF_TINY, maxAbsDiff, toTensor, type JsonTensor } from '../../../models/test-support/reference.js';
import type { DeltaModel } from '../../base/delta-model.js';
import {
  DELTA_FIXTURES,
  camelCaseKwargs,
  readDeltaTensors,
  readOpenDeltaExpected,
  stripMarks,
  type OpenDeltaExpected,
} from '../../test-support/opendelta-reference.js';

/** The tiny backbone an OpenDelta reference was made on (`bert` → BertModel, `bart` → BartModel). */
export async function loadFixtureBackbone(arch: string): Promise<PreTrainedModel> {
  if (arch === 'bert') return BertModel.fromPretrained(join(HF_TINY, 'bert'));
  if (arch === 'bart') return BartModel.fromPretrained(join(HF_TINY, 'bart'));
  throw new Error(`no fixture backbone for ${arch}`);
}

/** The reference's inputs as model inputs. */
export function fixtureInputs(expected: OpenDeltaExpected): Record<string, tf.Tensor> {
  const inputs: Record<string, tf.Tensor> = {
    inputIds: toTensor(expected.inputs['input_ids']!),
    attentionMask: toTensor(expected.inputs['attention_mask']!),
  };
  if (expected.inputs['decoder_input_ids'])
    inputs['decoderInputIds'] = toTensor(expected.inputs['decoder_input_ids']);
  return inputs;
}

/** Max abs difference of every recorded output (encoder-side outputs on unmasked positions only). */
export function outputDiffs(
  out: ModelOutput,
  reference: Record<string, JsonTensor>,
  mask: JsonTensor,
): Record<string, number> {
  const diffs: Record<string, number> = {};
  for (const [key, tensor] of Object.entries(reference)) {
    if (key === 'last_hidden_state') {
      // BART's last_hidden_state is the decoder's, whose inputs have no padding.
      diffs[key] = maxAbsDiff(out.lastHiddenState, tensor, out.encoderLastHiddenState ? undefined : mask);
    } else if (key === 'pooler_output') {
      diffs[key] = maxAbsDiff(out.poolerOutput!, tensor);
    } else if (key === 'encoder_last_hidden_state') {
      diffs[key] = maxAbsDiff(out.encoderLastHiddenState!, tensor, mask);
    } else {
      throw new Error(`unknown output ${key}`);
    }
  }
  return diffs;
}

/** Largest value of a diff record. */
export function maxOf(diffs: Record<string, number>): number {
  return Math.max(...Object.values(diffs));
}

/**
 * Rebuilds an OpenDelta reference with deltahub (same method, options and backbone) and checks it
 * as the LoRA reference test does: placement, counts, state-dict names and shapes, the structure
 * graph and ratio lines, outputs after loading `delta.safetensors`, detach and re-attach.
 * Returns the largest output difference for the report.
 */
export async function checkOpenDeltaReference(
  name: string,
  build: (backbone: PreTrainedModel, kwargs: Record<string, unknown>) => DeltaModel,
): Promise<{ outputs: number; base: number; reattached: number; delta: DeltaModel }> {
  const expected = readOpenDeltaExpected(name);
  const backbone = await loadFixtureBackbone(expected.arch);
  const delta = build(backbone, camelCaseKwargs(expected.delta_kwargs));
  expect([...delta.resolvedModules].sort()).toEqual([...expected.modified_module_keys].sort());

  delta.freezeModule({ exclude: ['deltas'], setStateDict: true });
  const counts = delta.parameterCounts();
  expect(counts.trainable).toBe(expected.trainable_params);
  expect(counts.total).toBe(expected.total_params);
  expect(counts.delta).toBe(expected.trainable_params);
  const stateDict = backbone.stateDict();
  expect(Object.keys(stateDict)).toEqual(Object.keys(expected.state_dict_after_set_state_dict));
  expect(Object.fromEntries(Object.entries(stateDict).map(([k, t]) => [k, t.shape]))).toEqual(
    expected.state_dict_after_set_state_dict,
  );
  expect(backbone.trainableVariables().length).toBe(expected.trainable_parameter_names.length);

  const log = delta.log({ print: false });
  const [graph, ...ratios] = log.split('\nTrainable');
  expect(stripMarks(graph!)).toBe(expected.log_tree_text.trimEnd());
  expect(`Trainable${ratios.join('')}`).toBe(expected.log_lines.split('\n').slice(0, 2).join('\n'));

  const weights = await readDeltaTensors(join(DELTA_FIXTURES, `opendelta/${name}/delta.safetensors`));
  expect(Object.keys(weights).sort()).toEqual(Object.keys(expected.state_dict_after_set_state_dict).sort());
  const result = backbone.loadStateDict(weights, { strict: false });
  expect(result.unexpectedKeys).toEqual([]);
  expect(result.mismatchedKeys).toEqual([]);

  const inputs = fixtureInputs(expected);
  const mask = expected.inputs['attention_mask']!;
  const out = backbone.forward(inputs);
  const outputs = maxOf(outputDiffs(out, expected.outputs, mask));
  expect(outputs).toBeLessThan(1e-4);

  delta.detach();
  const baseOut = backbone.forward(inputs);
  const base = maxOf(outputDiffs(baseOut, expected.outputs_base, mask));
  expect(base).toBeLessThan(1e-4);
  delta.attach();
  const again = backbone.forward(inputs);
  const reattached = maxOf(outputDiffs(again, expected.outputs, mask));
  expect(reattached).toBeLessThan(1e-4);

  tf.dispose([out, baseOut, again, Object.values(weights), Object.values(inputs)] as never);
  backbone.dispose();
  return { outputs, base, reattached, delta };
}
