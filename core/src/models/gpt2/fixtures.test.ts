import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../../runtime/backend.js';
import { tf } from '../../runtime/tf.js';
import { AutoModel, AutoModelForCausalLM, AutoModelForSequenceClassification } from '../auto.js';
import type { PreTrainedModel } from '../pretrained-model.js';
import { HF_TINY, maxAbsDiff, readReference, type Reference } from '../test-support/reference.js';
import {
  onlyKeys,
  removeCheckpointFolders,
  renameKeys,
  withMismatchedShape,
  withoutKeys,
  writeCheckpoint,
  writeShardedCheckpoint,
} from '../test-support/checkpoint.js';
import { fixtureConfig, referenceInputs } from '../test-support/fixtures.js';
import { describeOnBackends, expectSameOutputs } from '../test-support/suite.js';
import { GPT2ForSequenceClassification, GPT2LMHeadModel, GPT2Model } from './index.js';

const TOLERANCE = 1e-4;
const quiet = { onWarning: () => {} };

/** Max abs differences of the model's outputs (LM logits included) against the reference, on unmasked positions. */
function diffs(model: PreTrainedModel, ref: Reference): { hidden: number; logits?: number } {
  return tf.tidy(() => {
    const out = model.forward(referenceInputs(ref));
    const mask = ref.inputs['attention_mask'];
    const hidden = maxAbsDiff(out.lastHiddenState, ref.outputs['last_hidden_state']!, mask);
    return out.logits?.rank === 3
      ? { hidden, logits: maxAbsDiff(out.logits, ref.outputs['logits']!, mask) }
      : { hidden };
  });
}

describeOnBackends('GPT-2', (backend) => {
  describe.each(['gpt2', 'gpt2_perturbed'])('fixture %s', (name) => {
    const folder = join(HF_TINY, name);
    const ref = readReference(name);

    it('GPT2LMHeadModel matches the transformers hidden states and logits', async () => {
      const model = await GPT2LMHeadModel.fromPretrained(folder);
      expect(model.loadReport).toMatchObject({
        missingKeys: [],
        unexpectedKeys: [],
        prefixAdjustment: 'none',
      });
      const { hidden, logits } = diffs(model, ref);
      console.log(
        `[${backend}] ${name} GPT2LMHeadModel max abs diff: last_hidden_state ${hidden.toExponential(2)}, logits ${logits!.toExponential(2)}`,
      );
      expect(hidden).toBeLessThan(TOLERANCE);
      expect(logits).toBeLessThan(TOLERANCE);
      model.dispose();
    });

    it('AutoModelForCausalLM and AutoModel give the same outputs', async () => {
      const lm = await AutoModelForCausalLM.fromPretrained(folder);
      expect(lm).toBeInstanceOf(GPT2LMHeadModel);
      const lmDiffs = diffs(lm, ref);
      expect(lmDiffs.hidden).toBeLessThan(TOLERANCE);
      expect(lmDiffs.logits).toBeLessThan(TOLERANCE);
      lm.dispose();

      // The base class loads the LM checkpoint by stripping `transformer.`; lm_head.weight is unused.
      const base = await AutoModel.fromPretrained(folder, quiet);
      expect(base).toBeInstanceOf(GPT2Model);
      expect(base.loadReport).toMatchObject({
        missingKeys: [],
        unexpectedKeys: ['lm_head.weight'],
        prefixAdjustment: 'removed',
      });
      expect(diffs(base, ref).hidden).toBeLessThan(TOLERANCE);
      base.dispose();
    });

    it('has the reference state dict keys, tied groups and parameter count', async () => {
      const model = await GPT2LMHeadModel.fromPretrained(folder);
      expect(Object.keys(model.stateDict()).sort()).toEqual([...ref.state_dict_keys].sort());
      expect(model.numParameters()).toBe(ref.num_parameters);
      for (const group of ref.tied_groups) {
        expect(new Set(group.map((key) => model.getParameter(key))).size).toBe(1);
      }
      model.dispose();
    });
  });
});

describe('GPT-2 checkpoint loading variants', () => {
  const name = 'gpt2_perturbed';
  const folder = join(HF_TINY, name);
  const ref = readReference(name);
  const models: PreTrainedModel[] = [];
  const keep = <T extends PreTrainedModel>(model: T): T => (models.push(model), model);
  let source: GPT2LMHeadModel;

  beforeAll(async () => {
    await selectBackend('wasm');
    source = keep(await GPT2LMHeadModel.fromPretrained(folder));
  });
  afterAll(async () => {
    models.forEach((m) => m.dispose());
    await removeCheckpointFolders();
  });

  it('loads a save_pretrained checkpoint (hf_save_pretrained_keys, no lm_head.weight) identically', async () => {
    expect(ref.hf_save_pretrained_keys).not.toContain('lm_head.weight');
    const subset = onlyKeys(source.stateDict(), ref.hf_save_pretrained_keys);
    const loaded = keep(await GPT2LMHeadModel.fromPretrained(await writeCheckpoint(folder, subset)));
    expect(loaded.loadReport).toMatchObject({ missingKeys: [], unexpectedKeys: [] });
    expect(loaded.lmHead.weight).toBe(loaded.transformer.wte.weight);
    expectSameOutputs(source, loaded, () => referenceInputs(ref));
  });

  it('loads a hub-style gpt2 file (no `transformer.` prefix, old attn.bias / attn.masked_bias buffers)', async () => {
    const stripped = renameKeys(withoutKeys(source.stateDict(), ['lm_head.weight']), 'transformer', 'strip');
    const buffers: Record<string, tf.Tensor> = {};
    for (let i = 0; i < 2; i++) {
      buffers[`h.${i}.attn.bias`] = tf.linalg.bandPart(tf.ones([64, 64]), -1, 0).reshape([1, 1, 64, 64]);
      buffers[`h.${i}.attn.masked_bias`] = tf.scalar(-1e4);
    }
    const hubFolder = await writeCheckpoint(folder, { ...stripped, ...buffers });
    expect(Object.keys(stripped).some((k) => k.startsWith('transformer.'))).toBe(false);

    const warnings: string[] = [];
    const lm = keep(await GPT2LMHeadModel.fromPretrained(hubFolder, { onWarning: (w) => warnings.push(w) }));
    expect(lm.loadReport).toMatchObject({ missingKeys: [], unexpectedKeys: [], prefixAdjustment: 'added' });
    expect(warnings).toEqual([]);
    expectSameOutputs(source, lm, () => referenceInputs(ref));

    const base = keep(await GPT2Model.fromPretrained(hubFolder, { onWarning: (w) => warnings.push(w) }));
    expect(base.loadReport).toMatchObject({ missingKeys: [], unexpectedKeys: [], prefixAdjustment: 'none' });
    expect(warnings).toEqual([]);
    expect(diffs(base, ref).hidden).toBeLessThan(TOLERANCE);
  });

  it('loads the base checkpoint into the sequence classification head (score freshly initialised)', async () => {
    const baseFolder = await writeCheckpoint(
      folder,
      renameKeys(withoutKeys(source.stateDict(), ['lm_head.weight']), 'transformer', 'strip'),
    );
    const cls = keep(await AutoModelForSequenceClassification.fromPretrained(baseFolder, quiet));
    expect(cls).toBeInstanceOf(GPT2ForSequenceClassification);
    expect(cls.loadReport).toMatchObject({ missingKeys: ['score.weight'], prefixAdjustment: 'added' });
    expect(diffs(cls, ref).hidden).toBeLessThan(TOLERANCE);
    const score = (cls as GPT2ForSequenceClassification).score.weight;
    expect(tf.tidy(() => tf.max(tf.abs(score)).dataSync()[0])).toBeGreaterThan(0);
  });

  it('loads a sharded checkpoint identically', async () => {
    const sharded = await writeShardedCheckpoint(folder, source.stateDict());
    const loaded = keep(await GPT2LMHeadModel.fromPretrained(sharded));
    expect(loaded.loadReport?.files).toHaveLength(2);
    expect(loaded.loadReport).toMatchObject({ missingKeys: [], unexpectedKeys: [] });
    expectSameOutputs(source, loaded, () => referenceInputs(ref));
  });

  it('keeps a separate lm_head when tie_word_embeddings is false', async () => {
    const config = fixtureConfig(name);
    const untied = await writeCheckpoint({ ...config, tie_word_embeddings: false }, source.stateDict());
    const loaded = keep(await GPT2LMHeadModel.fromPretrained(untied));
    expect(loaded.lmHead.weight).not.toBe(loaded.transformer.wte.weight);
    expect(loaded.numParameters()).toBe(ref.num_parameters + 99 * 32);
    expectSameOutputs(source, loaded, () => referenceInputs(ref));
  });

  it('rejects a shape-mismatched checkpoint with a typed error naming the key', async () => {
    const dict = withMismatchedShape(source.stateDict(), 'transformer.h.0.attn.c_attn.weight', [32, 95]);
    const bad = await writeCheckpoint(folder, dict);
    await expect(GPT2LMHeadModel.fromPretrained(bad)).rejects.toMatchObject({
      code: 'CHECKPOINT_SHAPE_MISMATCH',
      message: expect.stringContaining('transformer.h.0.attn.c_attn.weight'),
    });
  });
});
