/**
 * The OpenDelta reference check every method's `opendelta.test.ts` runs: rebuild a recorded delta
 * with deltahub (same method, options and backbone) and compare placement, counts, state-dict names
 * and shapes, the structure graph and ratio lines, and the outputs after loading the recorded
 * `delta.safetensors`, after detach and after re-attach.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ModelInputs } from '../../models/inputs.js';
import type { PreTrainedModel } from '../../models/pretrained-model.js';
import type { JsonTensor } from '../../models/test-support/reference.js';
import { tf } from '../../runtime/tf.js';
import { AutoDeltaModel } from '../auto.js';
import type { DeltaModel } from '../base/delta-model.js';
import { fixtureInputs, loadFixtureBackbone, outputDiffs } from './backbones.js';
import {
  DELTA_FIXTURES,
  camelCaseKwargs,
  readDeltaTensors,
  readOpenDeltaExpected,
  stripMarks,
  type OpenDeltaExpected,
} from './opendelta-reference.js';

/** What a hook of {@link checkOpenDeltaReference} sees. */
export interface OpenDeltaCheckContext<D extends DeltaModel> {
  readonly expected: OpenDeltaExpected;
  readonly backbone: PreTrainedModel;
  readonly delta: D;
  readonly inputs: ModelInputs;
  /** The recorded attention mask. */
  readonly mask: JsonTensor;
}

/** Method-specific checks, run at their point of the common flow. */
export interface OpenDeltaCheckHooks<D extends DeltaModel> {
  /** Check `resolvedModules` against OpenDelta's `modified_module_keys` (default true). */
  readonly checkPlacement?: boolean;
  /** Delta elements that are never trainable, counted in `delta` but not `trainable` (default 0). */
  readonly untrainableDelta?: number;
  /** The encoder-side mask of the outputs with the delta attached (default: the recorded mask). */
  readonly deltaMask?: (mask: JsonTensor) => JsonTensor;
  /** On the fresh backbone, before the delta is built. */
  readonly beforeBuild?: (context: Omit<OpenDeltaCheckContext<D>, 'delta'>) => void;
  /** After the placement check, before freezing. */
  readonly afterBuild?: (context: OpenDeltaCheckContext<D>) => void;
  /** After the structure-graph check (`graph` with deltahub's state marks). */
  readonly afterLog?: (context: OpenDeltaCheckContext<D> & { readonly graph: string }) => void;
  /** With the recorded weights loaded and the outputs checked. */
  readonly attached?: (context: OpenDeltaCheckContext<D>) => void;
  /** After detach, with the detached outputs (disposed afterwards). */
  readonly detached?: (
    context: OpenDeltaCheckContext<D> & { readonly out: ReturnType<PreTrainedModel['forward']> },
  ) => void;
}

/** Each recorded output's difference must stay below 1e-4. */
function expectClose(diffs: Record<string, number>, label: string): void {
  for (const [key, diff] of Object.entries(diffs)) expect(diff, `${label}${key}`).toBeLessThan(1e-4);
}

/**
 * Checks the OpenDelta reference `name` against the delta `build` makes from its keyword arguments
 * (camelCased). Returns the output differences with the delta attached (per output, and their max)
 * and the delta.
 */
export async function checkOpenDeltaReference<D extends DeltaModel>(
  name: string,
  build: (backbone: PreTrainedModel, kwargs: Record<string, unknown>) => D,
  hooks: OpenDeltaCheckHooks<D> = {},
): Promise<{ outputs: number; diffs: Record<string, number>; delta: D }> {
  const expected = readOpenDeltaExpected(name);
  const backbone = await loadFixtureBackbone(expected.arch);
  const inputs = fixtureInputs(expected);
  const mask = expected.inputs['attention_mask']!;
  hooks.beforeBuild?.({ expected, backbone, inputs, mask });
  const delta = build(backbone, camelCaseKwargs(expected.delta_kwargs));
  const context: OpenDeltaCheckContext<D> = { expected, backbone, delta, inputs, mask };
  if (hooks.checkPlacement ?? true)
    expect([...delta.resolvedModules].sort()).toEqual([...expected.modified_module_keys].sort());
  hooks.afterBuild?.(context);

  delta.freezeModule({ exclude: ['deltas'], setStateDict: true });
  const counts = delta.parameterCounts();
  expect(counts.trainable).toBe(expected.trainable_params);
  expect(counts.total).toBe(expected.total_params);
  expect(counts.delta).toBe(expected.trainable_params + (hooks.untrainableDelta ?? 0));
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
  hooks.afterLog?.({ ...context, graph: graph! });

  const weights = await readDeltaTensors(join(DELTA_FIXTURES, `opendelta/${name}/delta.safetensors`));
  expect(Object.keys(weights).sort()).toEqual(Object.keys(expected.state_dict_after_set_state_dict).sort());
  // Strict for the delta: a misnamed key or a delta parameter left out is an error, not a skip.
  delta.loadDeltaStateDict(weights);

  const deltaMask = hooks.deltaMask?.(mask) ?? mask;
  const out = backbone.forward(inputs);
  const diffs = outputDiffs(out, expected.outputs, deltaMask);
  expectClose(diffs, '');
  hooks.attached?.(context);

  delta.detach();
  const baseOut = backbone.forward(inputs);
  expectClose(outputDiffs(baseOut, expected.outputs_base, mask), 'detached ');
  hooks.detached?.({ ...context, out: baseOut });
  delta.attach();
  const again = backbone.forward(inputs);
  expectClose(outputDiffs(again, expected.outputs, deltaMask), 're-attached ');

  tf.dispose([out, baseOut, again, Object.values(weights), Object.values(inputs)] as never);
  backbone.dispose();
  return { outputs: Math.max(...Object.values(diffs)), diffs, delta };
}

/**
 * Checks that `AutoDeltaModel.fromConfig` rebuilds the reference `name` from its
 * `opendelta_config.json`: an instance of `cls` with the recorded state dict and total count.
 */
export async function checkOpenDeltaConfig(
  name: string,
  cls: abstract new (...args: never[]) => DeltaModel,
): Promise<void> {
  const expected = readOpenDeltaExpected(name);
  const config = JSON.parse(
    readFileSync(`${DELTA_FIXTURES}opendelta/${name}/opendelta_config.json`, 'utf8'),
  ) as Record<string, unknown>;
  const backbone = await loadFixtureBackbone(expected.arch);
  const delta = AutoDeltaModel.fromConfig(config, { backboneModel: backbone });
  expect(delta).toBeInstanceOf(cls);
  delta.freezeModule({ exclude: ['deltas'], setStateDict: true });
  expect(Object.fromEntries(Object.entries(backbone.stateDict()).map(([k, t]) => [k, t.shape]))).toEqual(
    expected.state_dict_after_set_state_dict,
  );
  expect(delta.parameterCounts().total).toBe(expected.total_params);
  backbone.dispose();
}
