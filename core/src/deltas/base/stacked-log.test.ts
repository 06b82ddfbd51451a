import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RobertaForSequenceClassification } from '../../models/roberta/index.js';
import type { PreTrainedModel } from '../../models/pretrained-model.js';
import { realConfig } from '../../models/test-support/fixtures.js';
import { withoutRandomInit } from '../../nn/init.js';
import { AdapterModel } from '../adapter/model.js';
import { LoraModel } from '../lora/model.js';

/**
 * Stacked deltas report every delta parameter in the backbone, as OpenDelta's `log()` does (it counts
 * parameters marked `_is_delta`, whichever delta model marked them). The figures are OpenDelta's for
 * roberta-base with 2 labels, LoRA r=1 on `key`, then an adapter of bottleneck 12 on `output`.
 */
describe('log() of stacked deltas', () => {
  let model: PreTrainedModel;
  beforeAll(() => {
    // Counts only: zeros instead of a random initialisation of 125M weights.
    model = withoutRandomInit(
      () => new RobertaForSequenceClassification({ ...realConfig('roberta-base'), num_labels: 2 }),
    );
  });
  afterAll(() => model.dispose());

  it('counts the deltas attached before it, as OpenDelta: 479520/125126690=0.383228% on roberta-base', () => {
    const lora = new LoraModel({ backboneModel: model, modifiedModules: ['key'], loraR: 1 });
    const adapter = new AdapterModel({
      backboneModel: model,
      modifiedModules: ['output'],
      bottleneckDim: 12,
    });
    // Each delta's own count is unchanged (what its checkpoint records).
    expect(lora.parameterCounts().delta).toBe(12 * 2 * 768);
    expect(adapter.parameterCounts().delta).toBe(461088);
    const ratio = 'Delta Parameter Ratio: 479520/125126690=0.383228%';
    expect(adapter.log({ print: false })).toContain(ratio);
    expect(lora.log({ print: false })).toContain(ratio);
    expect(adapter.backboneDeltaParameters().length).toBe(
      lora.deltaParameters().length + adapter.deltaParameters().length,
    );
    // A detached delta is out of the backbone and out of the count.
    lora.detach();
    expect(adapter.log({ print: false })).toContain('Delta Parameter Ratio: 461088/125108258=0.368551%');
    adapter.detach();
  });
});
