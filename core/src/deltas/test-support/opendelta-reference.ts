import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tf } from '../../runtime/tf.js';
import { loadSafetensorsFile, toFloat32 } from '../../safetensors/index.js';
import type { JsonTensor } from '../../models/test-support/reference.js';

/** Root of the in-repo copy of the deltas made by the real OpenDelta and PEFT code. */
export const DELTA_FIXTURES = fileURLToPath(new URL('../../../test-fixtures/deltas/', import.meta.url));

/** An OpenDelta reference's `expected.json` (the fields the tests use). */
export interface OpenDeltaExpected {
  arch: string;
  delta_type: string;
  delta_kwargs: Record<string, unknown>;
  modified_module_keys: string[];
  trainable_params: number;
  total_params: number;
  trainable_parameter_names: string[];
  state_dict_after_set_state_dict: Record<string, number[]>;
  log_tree_text: string;
  log_lines: string;
  inputs: Record<string, JsonTensor>;
  outputs_base: Record<string, JsonTensor>;
  outputs: Record<string, JsonTensor>;
}

/** Reads `test-fixtures/deltas/opendelta/<name>/expected.json`. */
export function readOpenDeltaExpected(name: string): OpenDeltaExpected {
  return JSON.parse(
    readFileSync(`${DELTA_FIXTURES}opendelta/${name}/expected.json`, 'utf8'),
  ) as OpenDeltaExpected;
}

/** The tensors of a fixture's `delta.safetensors` as float32 tf tensors (caller disposes). */
export async function readDeltaTensors(path: string): Promise<Record<string, tf.Tensor>> {
  const { tensors } = await loadSafetensorsFile(path);
  const out: Record<string, tf.Tensor> = {};
  for (const [key, entry] of tensors) out[key] = tf.tensor(toFloat32(entry), [...entry.shape], 'float32');
  return out;
}

/** OpenDelta's snake_case keyword arguments in deltahub's camelCase (`bottleneck_dim` → `bottleneckDim`). */
export function camelCaseKwargs(kwargs: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(kwargs).map(([k, v]) => [k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()), v]),
  );
}

/** Removes the plain-text state marks deltahub adds to structure-graph lines. */
export function stripMarks(graph: string): string {
  return graph
    .split('\n')
    .map((line) => line.replace(/ \[(delta|trainable|frozen)[^\]]*\]$/, ''))
    .join('\n');
}
