import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tf } from '../../runtime/tf.js';
import { selectBackend } from '../../runtime/backend.js';
import { BartModel } from '../../models/bart/index.js';
import { BertModel } from '../../models/bert/index.js';
import type { PreTrainedModel } from '../../models/pretrained-model.js';
import { HF_TINY, maxAbsDiff, toTensor } from '../../models/test-support/reference.js';
import {
  DELTA_FIXTURES,
  camelCaseKwargs,
  readDeltaTensors,
  readOpenDeltaExpected,
  stripMarks,
} from '../test-support/opendelta-reference.js';
import { BitFitModel } from './model.js';

const FIXTURES = {
  bert_bitfit: { load: () => BertModel.fromPretrained(join(HF_TINY, 'bert')), decoder: false },
  bart_bitfit: { load: () => BartModel.fromPretrained(join(HF_TINY, 'bart')), decoder: true },
} as const;

describe.each(['wasm', 'cpu'] as const)('BitFit against OpenDelta on %s', (backend) => {
  beforeAll(async () => {
    await selectBackend(backend);
  });

  it.each(Object.keys(FIXTURES) as Array<keyof typeof FIXTURES>)(
    '%s: placement, counts, state dict, structure graph, outputs, exact detach',
    async (name) => {
      const expected = readOpenDeltaExpected(name);
      const backbone: PreTrainedModel = await FIXTURES[name].load();
      const inputs = {
        inputIds: toTensor(expected.inputs['input_ids']!),
        attentionMask: toTensor(expected.inputs['attention_mask']!),
        ...(FIXTURES[name].decoder
          ? { decoderInputIds: toTensor(expected.inputs['decoder_input_ids']!) }
          : {}),
      };
      const mask = expected.inputs['attention_mask'];
      // Only the encoder's outputs are masked by the source mask; the decoder's have no padding here.
      const maskFor = (key: string): typeof mask =>
        key === 'last_hidden_state' && FIXTURES[name].decoder ? undefined : mask;
      const check = (
        out: Awaited<ReturnType<typeof backbone.forward>>,
        reference: typeof expected.outputs,
      ): number => {
        let max = 0;
        for (const [key, tensor] of Object.entries(reference)) {
          const field = key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()) as keyof typeof out;
          max = Math.max(
            max,
            maxAbsDiff(out[field] as tf.Tensor, tensor, tensor.shape.length >= 3 ? maskFor(key) : undefined),
          );
        }
        return max;
      };
      const biasesBefore = Object.fromEntries(
        [...backbone.namedParameters()]
          .filter(([k]) => k.endsWith('.bias'))
          .map(([k, p]) => [k, Array.from(p.dataSync())]),
      );
      const before = backbone.forward(inputs);

      const delta = new BitFitModel({ backboneModel: backbone, ...camelCaseKwargs(expected.delta_kwargs) });
      expect([...delta.resolvedModules].sort()).toEqual([...expected.modified_module_keys].sort());
      if (name === 'bert_bitfit') {
        // The default placement, shown as real module names.
        expect(delta.modifiedModules).toEqual([
          'attention',
          'intermediate',
          '[r]layer\\.\\d+\\.output',
          'attention.output.LayerNorm',
          '[r]layer\\.\\d+\\.output\\.LayerNorm',
        ]);
      }

      delta.freezeModule({ exclude: ['deltas'], setStateDict: true });
      const counts = delta.parameterCounts();
      expect(counts.trainable).toBe(expected.trainable_params);
      expect(counts.delta).toBe(expected.trainable_params);
      expect(counts.total).toBe(expected.total_params);
      const stateDict = backbone.stateDict();
      expect(Object.fromEntries(Object.entries(stateDict).map(([k, t]) => [k, t.shape]))).toEqual(
        expected.state_dict_after_set_state_dict,
      );
      expect(Object.keys(stateDict).sort()).toEqual([...expected.trainable_parameter_names].sort());

      const log = delta.log({ print: false });
      const [graph, ...ratios] = log.split('\nTrainable');
      expect(stripMarks(graph!)).toBe(expected.log_tree_text.trimEnd());
      expect(`Trainable${ratios.join('')}`).toBe(expected.log_lines.split('\n').slice(0, 2).join('\n'));
      expect(graph).toMatch(/\(Linear\) weight:\[32, 32\] bias:\[32\] \[delta: bias; frozen: weight\]/);

      const weights = await readDeltaTensors(join(DELTA_FIXTURES, `opendelta/${name}/delta.safetensors`));
      const result = backbone.loadStateDict(weights, { strict: false });
      expect(result.unexpectedKeys).toEqual([]);
      const out = backbone.forward(inputs);
      expect(check(out, expected.outputs)).toBeLessThan(1e-4);

      delta.detach();
      const base = backbone.forward(inputs);
      expect(check(base, expected.outputs_base)).toBeLessThan(1e-4);
      // Exactly the backbone of before: every bias bit-identical, outputs identical.
      for (const [k, p] of backbone.namedParameters()) {
        if (k.endsWith('.bias')) expect(Array.from(p.dataSync()), k).toEqual(biasesBefore[k]);
      }
      expect(Array.from(base.lastHiddenState.dataSync())).toEqual(
        Array.from(before.lastHiddenState.dataSync()),
      );

      delta.attach();
      const again = backbone.forward(inputs);
      expect(check(again, expected.outputs)).toBeLessThan(1e-4);
      tf.dispose([before, out, base, again, Object.values(weights)] as never);
      backbone.dispose();
    },
  );
});
