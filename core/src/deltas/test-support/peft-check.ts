/** The merge checks the PEFT reference tests of mergeable methods (LoRA, (IA)³) share. */
import { expect } from 'vitest';
import type { ModelInputs, ModelOutput } from '../../models/inputs.js';
import type { PreTrainedModel } from '../../models/pretrained-model.js';
import type { JsonTensor } from '../../models/test-support/reference.js';
import { tf } from '../../runtime/tf.js';
import type { MergeableDeltaModel } from '../base/mergeable.js';
import { readDeltaTensors } from './opendelta-reference.js';
import { maxDiffBetween, maxOutputDiff, peftFixturePath, type PeftExpected } from './peft-reference.js';

/**
 * With the recorded weights loaded (`out`: the outputs then): `merge()` gives PEFT's merged outputs
 * and PEFT's `merge_and_unload()` weights, `unmerge()` the unmerged outputs again, `detach()` the
 * recorded base outputs.
 */
export async function checkPeftMergeAndDetach(
  name: string,
  expected: PeftExpected,
  backbone: PreTrainedModel,
  delta: MergeableDeltaModel,
  inputs: ModelInputs,
  mask: JsonTensor,
  out: ModelOutput,
): Promise<void> {
  delta.merge();
  const merged = backbone.forward(inputs);
  expect(maxOutputDiff(merged, expected.outputs_merged!, mask)).toBeLessThan(1e-4);
  expect(maxDiffBetween(merged, out)).toBeLessThan(1e-5);
  // The merged weights are PEFT's `merge_and_unload()` weights.
  const mergedModel = await readDeltaTensors(peftFixturePath(name, 'merged_model.safetensors'));
  for (const key of expected.merged_changed_keys!) {
    const diff = tf.tidy(
      () => tf.max(tf.abs(tf.sub(backbone.getParameter(key), mergedModel[key]!))).dataSync()[0]!,
    );
    expect(diff, key).toBeLessThan(1e-5);
  }
  delta.unmerge();
  const unmerged = backbone.forward(inputs);
  expect(maxDiffBetween(unmerged, out)).toBeLessThan(1e-5);

  delta.detach();
  const base = backbone.forward(inputs);
  expect(maxOutputDiff(base, expected.outputs_base, mask)).toBeLessThan(1e-4);
  tf.dispose([merged, unmerged, base, Object.values(mergedModel)] as never);
}
