import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../../runtime/backend.js';
import { AutoDeltaModel } from '../auto.js';
import { tf } from '../../runtime/tf.js';
import {
  DELTA_FIXTURES,
  camelCaseKwargs,
  readDeltaTensors,
  readOpenDeltaExpected,
  stripMarks,
} from '../test-support/opendelta-reference.js';
import { PrefixModel } from './model.js';
import { fixtureInputs, loadTinyBackbone, outputDiffs } from './test-support/backbones.js';

/**
 * OpenDelta's prefix tuning (bert_prefix, bart_prefix and their small-MLP variants): the same options
 * on the same backbone, with the recorded MLP weights loaded, reproduce placement, counts, state-dict
 * names and shapes, the structure graph, ratio lines, outputs, detach and re-attach.
 */
describe.each(['wasm', 'cpu'] as const)('Prefix against OpenDelta on %s', (backend) => {
  beforeAll(async () => {
    await selectBackend(backend);
  });

  it.each(['bert_prefix', 'bert_prefix_small', 'bart_prefix', 'bart_prefix_small'])(
    '%s: placement, counts, state dict, structure graph and outputs',
    async (name) => {
      const expected = readOpenDeltaExpected(name);
      const backbone = await loadTinyBackbone(expected.arch as 'bert' | 'bart');
      const delta = new PrefixModel({ backboneModel: backbone, ...camelCaseKwargs(expected.delta_kwargs) });
      expect([...delta.resolvedModules].sort()).toEqual([...expected.modified_module_keys].sort());
      // OpenDelta's `attn@` on BERT is `attention`; the BART references name `self_attn` themselves.
      expect(delta.modifiedModules).toEqual(expected.arch === 'bert' ? ['attention'] : ['self_attn']);

      delta.freezeModule({ exclude: ['deltas'], setStateDict: true });
      const counts = delta.parameterCounts();
      expect(counts.trainable).toBe(expected.trainable_params);
      expect(counts.total).toBe(expected.total_params);
      const stateDict = backbone.stateDict();
      expect(Object.fromEntries(Object.entries(stateDict).map(([k, t]) => [k, t.shape]))).toEqual(
        expected.state_dict_after_set_state_dict,
      );
      expect(delta.trainableVariables().length).toBe(expected.trainable_parameter_names.length);

      const log = delta.log({ print: false });
      const [graph, ...ratios] = log.split('\nTrainable');
      expect(stripMarks(graph!)).toBe(expected.log_tree_text.trimEnd());
      expect(`Trainable${ratios.join('')}`).toBe(expected.log_lines.split('\n').slice(0, 2).join('\n'));
      expect(graph).toMatch(/reparams \(ReparameterizeFunction\) input_tokens:\[6\] \[delta\]/);

      const weights = await readDeltaTensors(`${DELTA_FIXTURES}opendelta/${name}/delta.safetensors`);
      const result = backbone.loadStateDict(weights, { strict: false });
      expect(result.unexpectedKeys).toEqual([]);
      expect(result.mismatchedKeys).toEqual([]);
      const inputs = fixtureInputs(expected);
      const mask = expected.inputs['attention_mask']!;
      const diffs = outputDiffs(backbone.forward(inputs), expected.outputs, mask);
      for (const [key, diff] of Object.entries(diffs)) expect(diff, key).toBeLessThan(1e-4);
      console.log(`[${backend}] ${name} max abs diff vs OpenDelta: ${JSON.stringify(diffs)}`);

      delta.detach();
      const base = outputDiffs(backbone.forward(inputs), expected.outputs_base, mask);
      for (const [key, diff] of Object.entries(base)) expect(diff, `detached ${key}`).toBeLessThan(1e-4);
      delta.attach();
      const again = outputDiffs(backbone.forward(inputs), expected.outputs, mask);
      for (const [key, diff] of Object.entries(again)) expect(diff, `re-attached ${key}`).toBeLessThan(1e-4);
      tf.dispose([...Object.values(weights), ...(Object.values(inputs) as tf.Tensor[])]);
      backbone.dispose();
    },
  );
});

describe('PrefixModel from OpenDelta config.json', () => {
  beforeAll(async () => {
    await selectBackend('wasm');
  });

  it.each(['bert_prefix', 'bert_prefix_small', 'bart_prefix', 'bart_prefix_small'])(
    '%s: AutoDeltaModel rebuilds the same delta from opendelta_config.json',
    async (name) => {
      const expected = readOpenDeltaExpected(name);
      const config = JSON.parse(
        readFileSync(`${DELTA_FIXTURES}opendelta/${name}/opendelta_config.json`, 'utf8'),
      ) as Record<string, unknown>;
      const backbone = await loadTinyBackbone(expected.arch as 'bert' | 'bart');
      const delta = AutoDeltaModel.fromConfig(config, { backboneModel: backbone });
      expect(delta).toBeInstanceOf(PrefixModel);
      delta.freezeModule({ exclude: ['deltas'], setStateDict: true });
      expect(Object.fromEntries(Object.entries(backbone.stateDict()).map(([k, t]) => [k, t.shape]))).toEqual(
        expected.state_dict_after_set_state_dict,
      );
      expect(delta.parameterCounts().total).toBe(expected.total_params);
      backbone.dispose();
    },
  );
});
