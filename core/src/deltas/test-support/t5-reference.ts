/**
 * The hand-built T5 references of `test-fixtures/deltas/t5/` (OpenDelta's and PEFT's T5 deltas,
 * re-implemented in PyTorch by `make_t5_references.py` from their sources): reading them, and the
 * OpenDelta check every method's T5 test runs.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { JsonTensor } from '../../models/test-support/reference.js';
import type { ModelInputs, ModelOutput } from '../../models/inputs.js';
import type { PreTrainedModel } from '../../models/pretrained-model.js';
import { tf } from '../../runtime/tf.js';
import type { DeltaModel } from '../base/delta-model.js';
import { loadTinyBackbone, maxAbsDiffMasked } from './backbones.js';
import { DELTA_FIXTURES, camelCaseKwargs, readDeltaTensors } from './opendelta-reference.js';

/** Folder of the hand-built T5 references. */
export const T5_REFERENCES = `${DELTA_FIXTURES}t5/`;

/** A T5 reference's `expected.json` (OpenDelta cases carry the delta fields). */
export interface T5Expected {
  delta_kwargs?: Record<string, unknown>;
  modified_module_keys?: string[];
  trainable_params: number;
  total_params?: number;
  untrainable_delta_params?: number;
  state_dict_after_set_state_dict?: Record<string, number[]>;
  inputs: Record<string, JsonTensor>;
  outputs_base: Record<string, JsonTensor>;
  outputs: Record<string, JsonTensor>;
}

/** Reads `test-fixtures/deltas/t5/<name>/expected.json`. */
export function readT5Expected(name: string): T5Expected {
  return JSON.parse(readFileSync(`${T5_REFERENCES}${name}/expected.json`, 'utf8')) as T5Expected;
}

/** The recorded inputs as model inputs (the hf-tiny T5 inputs: encoder mask, decoder ids). */
export function t5Inputs(expected: T5Expected): ModelInputs {
  const tensor = (t: JsonTensor): tf.Tensor2D => tf.tensor2d(t.data, t.shape as [number, number], 'int32');
  return {
    inputIds: tensor(expected.inputs['input_ids']!),
    attentionMask: tensor(expected.inputs['attention_mask']!),
    decoderInputIds: tensor(expected.inputs['decoder_input_ids']!),
  };
}

/**
 * Max differences of the decoder and encoder outputs against the recorded ones; encoder positions
 * are compared where `encoderMask` (default: the recorded mask) is 1.
 */
export function t5OutputDiffs(
  out: ModelOutput,
  reference: Record<string, JsonTensor>,
  encoderMask: JsonTensor,
): Record<string, number> {
  return {
    last_hidden_state: maxAbsDiffMasked(out.lastHiddenState, reference['last_hidden_state']!),
    encoder_last_hidden_state: maxAbsDiffMasked(
      out.encoderLastHiddenState!,
      reference['encoder_last_hidden_state']!,
      encoderMask,
    ),
  };
}

/**
 * Builds the OpenDelta T5 reference `name` with deltahub (same options, default placement) and
 * checks placement, counts, state-dict names and shapes, the outputs with the recorded weights
 * loaded through the strict `loadDeltaStateDict`, and detach. Returns the output differences.
 */
export async function checkT5OpenDeltaReference(
  name: string,
  build: (backbone: PreTrainedModel, kwargs: Record<string, unknown>) => DeltaModel,
): Promise<Record<string, number>> {
  const expected = readT5Expected(name);
  const backbone = await loadTinyBackbone('t5');
  const inputs = t5Inputs(expected);
  const mask = expected.inputs['attention_mask']!;
  const delta = build(backbone, camelCaseKwargs(expected.delta_kwargs ?? {}));
  expect([...delta.resolvedModules].sort()).toEqual([...expected.modified_module_keys!].sort());

  delta.freezeModule({ exclude: ['deltas'], setStateDict: true });
  const untrainable = expected.untrainable_delta_params ?? 0;
  expect(delta.parameterCounts()).toEqual({
    trainable: expected.trainable_params,
    delta: expected.trainable_params + untrainable,
    total: expected.total_params,
  });
  const shapes = Object.fromEntries(Object.entries(backbone.stateDict()).map(([k, t]) => [k, t.shape]));
  expect(shapes).toEqual(expected.state_dict_after_set_state_dict);

  const weights = await readDeltaTensors(`${T5_REFERENCES}${name}/delta.safetensors`);
  delta.loadDeltaStateDict(weights);
  const out = backbone.forward(inputs);
  const diffs = t5OutputDiffs(out, expected.outputs, mask);
  for (const [key, diff] of Object.entries(diffs)) expect(diff, key).toBeLessThan(1e-4);
  // The check has teeth: the delta moves the outputs far more than the tolerance.
  expect(maxAbsDiffMasked(out.lastHiddenState, expected.outputs_base['last_hidden_state']!)).toBeGreaterThan(
    0.1,
  );

  delta.detach();
  const detached = backbone.forward(inputs);
  for (const [key, diff] of Object.entries(t5OutputDiffs(detached, expected.outputs_base, mask)))
    expect(diff, `detached ${key}`).toBeLessThan(1e-4);
  tf.dispose([out, detached, Object.values(weights), Object.values(inputs)] as never);
  backbone.dispose();
  return diffs;
}
