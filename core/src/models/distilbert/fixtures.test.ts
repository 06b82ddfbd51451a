import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../../runtime/backend.js';
import { tf } from '../../runtime/tf.js';
import { AutoModel, AutoModelForMaskedLM, AutoModelForSequenceClassification } from '../auto.js';
import type { PreTrainedModel } from '../pretrained-model.js';
import { HF_TINY, lastHiddenStateDiff, readReference, type Reference } from '../test-support/reference.js';
import { DistilBertForMaskedLM, DistilBertForSequenceClassification, DistilBertModel } from './index.js';
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

const TOLERANCE = 1e-4;
const quiet = { onWarning: () => {} };

/** Max abs difference of the model's last hidden state against the reference, on unmasked positions. */
function hiddenDiff(model: PreTrainedModel, ref: Reference): number {
  return tf.tidy(() => {
    const out = model.forward(referenceInputs(ref));
    return lastHiddenStateDiff(out, ref);
  });
}

describeOnBackends('DistilBERT', (backend) => {
  describe.each(['distilbert', 'distilbert_perturbed'])('fixture %s', (name) => {
    const folder = join(HF_TINY, name);
    const ref = readReference(name);

    it('DistilBertModel matches the transformers outputs', async () => {
      const model = await DistilBertModel.fromPretrained(folder);
      expect(model.loadReport).toMatchObject({
        missingKeys: [],
        unexpectedKeys: [],
        prefixAdjustment: 'none',
      });
      const diff = hiddenDiff(model, ref);
      console.log(
        `[${backend}] ${name} DistilBertModel last_hidden_state max abs diff ${diff.toExponential(2)}`,
      );
      expect(diff).toBeLessThan(TOLERANCE);
      model.dispose();
    });

    it('AutoModel builds DistilBertModel with the same outputs', async () => {
      const model = await AutoModel.fromPretrained(folder);
      expect(model).toBeInstanceOf(DistilBertModel);
      expect(hiddenDiff(model, ref)).toBeLessThan(TOLERANCE);
      model.dispose();
    });

    it('has the reference state dict keys and parameter count', async () => {
      const model = await DistilBertModel.fromPretrained(folder);
      expect(Object.keys(model.stateDict()).sort()).toEqual([...ref.state_dict_keys].sort());
      expect(model.numParameters()).toBe(ref.num_parameters);
      model.dispose();
    });
  });
});

describe('DistilBERT checkpoint loading variants', () => {
  const name = 'distilbert_perturbed';
  const folder = join(HF_TINY, name);
  const ref = readReference(name);
  const models: PreTrainedModel[] = [];
  const keep = <T extends PreTrainedModel>(model: T): T => (models.push(model), model);

  beforeAll(async () => {
    await selectBackend('wasm');
  });
  afterAll(async () => {
    models.forEach((m) => m.dispose());
    await removeCheckpointFolders();
  });

  it('loads a base checkpoint into the head classes (prefix added, heads freshly initialised)', async () => {
    const mlm = keep(await AutoModelForMaskedLM.fromPretrained(folder, quiet));
    expect(mlm).toBeInstanceOf(DistilBertForMaskedLM);
    expect(mlm.loadReport?.prefixAdjustment).toBe('added');
    expect(mlm.loadReport?.missingKeys.sort()).toEqual([
      'vocab_layer_norm.bias',
      'vocab_layer_norm.weight',
      'vocab_projector.bias',
      'vocab_transform.bias',
      'vocab_transform.weight',
    ]);
    expect(hiddenDiff(mlm, ref)).toBeLessThan(TOLERANCE);

    const cls = keep(await AutoModelForSequenceClassification.fromPretrained(folder, quiet));
    expect(cls).toBeInstanceOf(DistilBertForSequenceClassification);
    expect(cls.loadReport?.missingKeys.sort()).toEqual([
      'classifier.bias',
      'classifier.weight',
      'pre_classifier.bias',
      'pre_classifier.weight',
    ]);
    expect(hiddenDiff(cls, ref)).toBeLessThan(TOLERANCE);
  });

  it('loads a head checkpoint into the base class (prefix stripped, head keys unused)', async () => {
    const mlm = keep(await DistilBertForMaskedLM.fromPretrained(folder, quiet));
    const headFolder = await writeCheckpoint(folder, mlm.stateDict());
    const warnings: string[] = [];
    const base = keep(
      await DistilBertModel.fromPretrained(headFolder, { onWarning: (w) => warnings.push(w) }),
    );
    expect(base.loadReport?.prefixAdjustment).toBe('removed');
    expect(base.loadReport?.missingKeys).toEqual([]);
    expect(base.loadReport?.unexpectedKeys).toContain('vocab_projector.weight');
    expect(warnings.join('\n')).toMatch(/vocab_transform\.weight/);
    expect(hiddenDiff(base, ref)).toBeLessThan(TOLERANCE);
  });

  it('loads a save_pretrained checkpoint without the tied projector weight identically', async () => {
    const source = keep(DistilBertForMaskedLM.fromConfig(fixtureConfig(name))).eval();
    const stateDict = source.stateDict();
    expect(Object.keys(stateDict)).toContain('vocab_projector.weight');
    const saved = await writeCheckpoint(folder, withoutKeys(stateDict, ['vocab_projector.weight']));
    const loaded = keep(await DistilBertForMaskedLM.fromPretrained(saved));
    expect(loaded.loadReport).toMatchObject({ missingKeys: [], unexpectedKeys: [] });
    expect(loaded.getParameter('vocab_projector.weight')).toBe(
      loaded.getParameter('distilbert.embeddings.word_embeddings.weight'),
    );
    expectSameOutputs(source, loaded, () => referenceInputs(ref));
  });

  it('loads the fixture keys as saved by save_pretrained (hf_save_pretrained_keys)', async () => {
    const full = keep(await DistilBertModel.fromPretrained(folder));
    const subset = onlyKeys(full.stateDict(), ref.hf_save_pretrained_keys);
    const loaded = keep(await DistilBertModel.fromPretrained(await writeCheckpoint(folder, subset)));
    expectSameOutputs(full, loaded, () => referenceInputs(ref));
  });

  it('loads a sharded checkpoint identically', async () => {
    const source = keep(await DistilBertForSequenceClassification.fromPretrained(folder, quiet));
    const sharded = await writeShardedCheckpoint(folder, source.stateDict());
    const loaded = keep(await DistilBertForSequenceClassification.fromPretrained(sharded));
    expect(loaded.loadReport?.files).toHaveLength(2);
    expect(loaded.loadReport?.missingKeys).toEqual([]);
    expectSameOutputs(source, loaded, () => referenceInputs(ref));
  });

  it('loads a base checkpoint written without the prefix into a head with the prefix (renamed keys)', async () => {
    const source = keep(await DistilBertForSequenceClassification.fromPretrained(folder, quiet));
    const baseOnly = renameKeys(
      Object.fromEntries(Object.entries(source.stateDict()).filter(([k]) => k.startsWith('distilbert.'))),
      'distilbert',
      'strip',
    );
    const loaded = keep(await DistilBertModel.fromPretrained(await writeCheckpoint(folder, baseOnly)));
    expect(loaded.loadReport?.prefixAdjustment).toBe('none');
    expect(hiddenDiff(loaded, ref)).toBeLessThan(TOLERANCE);
  });

  it('rejects a shape-mismatched checkpoint with a typed error naming the key', async () => {
    const model = keep(await DistilBertModel.fromPretrained(folder));
    const dict = withMismatchedShape(model.stateDict(), 'transformer.layer.1.ffn.lin1.weight', [36, 32]);
    const bad = await writeCheckpoint(folder, dict);
    await expect(DistilBertModel.fromPretrained(bad)).rejects.toMatchObject({
      code: 'CHECKPOINT_SHAPE_MISMATCH',
      message: expect.stringContaining('transformer.layer.1.ffn.lin1.weight'),
    });
  });
});
