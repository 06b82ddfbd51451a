import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../../runtime/backend.js';
import { tf } from '../../runtime/tf.js';
import { AutoModel } from '../auto.js';
import type { PreTrainedModel } from '../pretrained-model.js';
import { HF_TINY, maxAbsDiff, readReference, type Reference } from '../test-support/reference.js';
import { BartModel } from './index.js';
import { referenceInputs } from './test-support/inputs.js';

const TOLERANCE = 1e-4;

/** Max abs differences of decoder and encoder outputs against the reference (encoder: unmasked rows). */
function diffs(model: PreTrainedModel, ref: Reference): { decoder: number; encoder: number } {
  return tf.tidy(() => {
    const out = model.forward(referenceInputs(ref));
    return {
      decoder: maxAbsDiff(out.lastHiddenState, ref.outputs['last_hidden_state']!),
      encoder: maxAbsDiff(
        out.encoderLastHiddenState!,
        ref.outputs['encoder_last_hidden_state']!,
        ref.inputs['attention_mask'],
      ),
    };
  });
}

describe.each(['wasm', 'cpu'] as const)('BART fixtures on %s', (backend) => {
  beforeAll(async () => {
    await selectBackend(backend);
  });

  describe.each(['bart', 'bart_perturbed'])('%s', (name) => {
    const folder = join(HF_TINY, name);
    const ref = readReference(name);

    it('BartModel matches the transformers outputs', async () => {
      const model = await BartModel.fromPretrained(folder);
      expect(model.loadReport).toMatchObject({
        missingKeys: [],
        unexpectedKeys: [],
        prefixAdjustment: 'none',
      });
      const d = diffs(model, ref);
      console.log(
        `[${backend}] ${name} BartModel max abs diff: last_hidden_state ${d.decoder.toExponential(2)}, encoder_last_hidden_state ${d.encoder.toExponential(2)}`,
      );
      expect(d.decoder).toBeLessThan(TOLERANCE);
      expect(d.encoder).toBeLessThan(TOLERANCE);
      model.dispose();
    });

    it('AutoModel builds BartModel with the same outputs', async () => {
      const model = await AutoModel.fromPretrained(folder);
      expect(model).toBeInstanceOf(BartModel);
      const d = diffs(model, ref);
      expect(d.decoder).toBeLessThan(TOLERANCE);
      expect(d.encoder).toBeLessThan(TOLERANCE);
      model.dispose();
    });

    it('has the reference state dict keys, tied groups and parameter count', async () => {
      const model = await BartModel.fromPretrained(folder);
      const dict = model.stateDict();
      expect(Object.keys(dict).sort()).toEqual([...ref.state_dict_keys].sort());
      for (const group of ref.tied_groups) {
        for (const key of group) expect(dict[key]).toBe(dict[group[0]!]);
      }
      expect(model.numParameters()).toBe(ref.num_parameters);
      model.dispose();
    });
  });
});
