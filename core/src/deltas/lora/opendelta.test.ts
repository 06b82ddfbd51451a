import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tf } from '../../runtime/tf.js';
import { selectBackend } from '../../runtime/backend.js';
import { BertModel } from '../../models/bert/index.js';
import { HF_TINY, maxAbsDiff, toTensor } from '../../models/test-support/reference.js';
import {
  DELTA_FIXTURES,
  camelCaseKwargs,
  readDeltaTensors,
  readOpenDeltaExpected,
  stripMarks,
} from '../test-support/opendelta-reference.js';
import { LoraModel } from './model.js';

describe.each(['wasm', 'cpu'] as const)('LoRA against OpenDelta (bert_lora) on %s', (backend) => {
  beforeAll(async () => {
    await selectBackend(backend);
  });

  it('matches placement, counts, state dict, structure graph and outputs', async () => {
    const expected = readOpenDeltaExpected('bert_lora');
    const backbone = await BertModel.fromPretrained(join(HF_TINY, 'bert'));
    const delta = new LoraModel({ backboneModel: backbone, ...camelCaseKwargs(expected.delta_kwargs) });
    expect([...delta.resolvedModules].sort()).toEqual([...expected.modified_module_keys].sort());
    expect(delta.modifiedModules).toEqual(['attention.self.query', 'attention.self.value']);

    delta.freezeModule({ exclude: ['deltas'], setStateDict: true });
    const counts = delta.parameterCounts();
    expect(counts.trainable).toBe(expected.trainable_params);
    expect(counts.total).toBe(expected.total_params);
    const stateDict = backbone.stateDict();
    expect(Object.fromEntries(Object.entries(stateDict).map(([k, t]) => [k, t.shape]))).toEqual(
      expected.state_dict_after_set_state_dict,
    );

    const log = delta.log({ print: false });
    const [graph, ...ratios] = log.split('\nTrainable');
    expect(stripMarks(graph!)).toBe(expected.log_tree_text.trimEnd());
    expect(`Trainable${ratios.join('')}`).toBe(expected.log_lines.split('\n').slice(0, 2).join('\n'));
    expect(graph).toContain('lora (LowRankLinear) lora_A:[8, 32] lora_B:[32, 8] [delta]');
    expect(graph).toContain('key (Linear) weight:[32, 32] bias:[32] [frozen]');

    const weights = await readDeltaTensors(join(DELTA_FIXTURES, 'opendelta/bert_lora/delta.safetensors'));
    const result = backbone.loadStateDict(weights, { strict: false });
    expect(result.unexpectedKeys).toEqual([]);
    const inputs = {
      inputIds: toTensor(expected.inputs['input_ids']!),
      attentionMask: toTensor(expected.inputs['attention_mask']!),
    };
    const out = backbone.forward(inputs);
    const mask = expected.inputs['attention_mask'];
    expect(maxAbsDiff(out.lastHiddenState, expected.outputs['last_hidden_state']!, mask)).toBeLessThan(1e-4);
    expect(maxAbsDiff(out.poolerOutput!, expected.outputs['pooler_output']!)).toBeLessThan(1e-4);

    delta.merge();
    const merged = backbone.forward(inputs);
    expect(maxAbsDiff(merged.lastHiddenState, expected.outputs['last_hidden_state']!, mask)).toBeLessThan(
      1e-4,
    );
    delta.unmerge();

    delta.detach();
    const base = backbone.forward(inputs);
    expect(maxAbsDiff(base.lastHiddenState, expected.outputs_base['last_hidden_state']!, mask)).toBeLessThan(
      1e-4,
    );
    delta.attach();
    const again = backbone.forward(inputs);
    expect(maxAbsDiff(again.lastHiddenState, expected.outputs['last_hidden_state']!, mask)).toBeLessThan(
      1e-4,
    );
    tf.dispose([out, merged, base, again, Object.values(weights)] as never);
    backbone.dispose();
  });
});
