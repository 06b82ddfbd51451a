import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeltahubError } from '../../errors.js';
import { selectBackend } from '../../runtime/backend.js';
import { tf } from '../../runtime/tf.js';
import type { PretrainedConfig } from '../config.js';
import { readPretrainedConfig } from '../loading.js';
import type { PreTrainedModel } from '../pretrained-model.js';
import { HF_TINY, readReference } from '../test-support/reference.js';
import { BartForConditionalGeneration, BartForSequenceClassification, BartModel } from './index.js';
import {
  onlyKeys,
  readCheckpoint,
  removeCheckpointFolders,
  toTensorData,
  withMismatchedShape,
  writeCheckpoint,
  writeShardedCheckpoint,
  type Tensors,
} from '../test-support/checkpoint.js';
import { seq2seqReferenceInputs as referenceInputs } from '../test-support/fixtures.js';
import { expectSameOutputs as expectSameReferenceOutputs, maxDiff } from '../test-support/suite.js';

const name = 'bart_perturbed';
const folder = join(HF_TINY, name);
const ref = readReference(name);
const quiet = { onWarning: () => {} };

/**
 * Every output `b` shares with `a` is identical on the reference inputs; `derived` drops the given
 * decoder ids (classification reads the decoder state at the EOS of `inputIds`, so it needs them
 * derived by shift_tokens_right).
 */
function expectSameOutputs(a: PreTrainedModel, b: PreTrainedModel, derived = false): void {
  expectSameReferenceOutputs(a, b, () => {
    const { inputIds, attentionMask, decoderInputIds } = referenceInputs(ref);
    return derived ? { inputIds, attentionMask } : { inputIds, attentionMask, decoderInputIds };
  });
}

describe('BART checkpoint loading variants', () => {
  let config: PretrainedConfig;
  let full: Tensors;
  let reference: BartModel;

  beforeAll(async () => {
    await selectBackend('cpu');
    config = await readPretrainedConfig(folder);
    full = await readCheckpoint(folder);
    reference = await BartModel.fromPretrained(folder);
  });

  afterAll(async () => {
    reference.dispose();
    await removeCheckpointFolders();
  });

  it('loads a save_pretrained checkpoint without the tied embed_tokens copies', async () => {
    const saved = await writeCheckpoint(config, onlyKeys(full, ref.hf_save_pretrained_keys));
    const model = await BartModel.fromPretrained(saved);
    expect(model.loadReport!.missingKeys).toEqual([]);
    expect(model.loadReport!.unexpectedKeys).toEqual([]);
    expectSameOutputs(reference, model);
    model.dispose();
  });

  it('loads a sharded checkpoint (index + 2 shards) identically', async () => {
    const sharded = await writeShardedCheckpoint(config, full);
    const model = await BartModel.fromPretrained(sharded);
    expect(model.loadReport!.files).toHaveLength(2);
    expect(model.loadReport!.missingKeys).toEqual([]);
    expectSameOutputs(reference, model);
    model.dispose();
  });

  it('loads a base checkpoint into BartForConditionalGeneration (prefix added, lm_head tied)', async () => {
    const model = await BartForConditionalGeneration.fromPretrained(folder, quiet);
    expect(model.loadReport!.prefixAdjustment).toBe('added');
    // transformers lists final_logits_bias in _keys_to_ignore_on_load_missing; it stays zeros here.
    expect(model.loadReport!.missingKeys).toEqual([]);
    expect(tf.max(tf.abs(model.getBuffer('final_logits_bias'))).dataSync()[0]).toBe(0);
    expect(model.loadReport!.unexpectedKeys).toEqual([]);
    expect(model.lmHead.weight).toBe(model.model.shared.weight);
    expectSameOutputs(reference, model);
    tf.tidy(() => {
      const out = model.forward(referenceInputs(ref));
      const expected = tf.matMul(out.lastHiddenState.reshape([-1, 32]), reference.shared.weight, false, true);
      expect(out.logits!.shape).toEqual([2, 5, 99]);
      expect(maxDiff(out.logits!, expected.reshape([2, 5, 99]))).toBeLessThan(1e-5);
    });
    model.dispose();
  });

  it('loads a base checkpoint into BartForSequenceClassification (new head reported)', async () => {
    const model = await BartForSequenceClassification.fromPretrained(folder, quiet);
    expect(model.loadReport!.prefixAdjustment).toBe('added');
    expect([...model.loadReport!.missingKeys].sort()).toEqual([
      'classification_head.dense.bias',
      'classification_head.dense.weight',
      'classification_head.out_proj.bias',
      'classification_head.out_proj.weight',
    ]);
    expectSameOutputs(reference, model, true);
    model.dispose();
  });

  it('round-trips a head checkpoint, and loads it into BartModel with the prefix stripped', async () => {
    const head = await BartForConditionalGeneration.fromPretrained(folder, quiet);
    head.registerBuffer('final_logits_bias', tf.randomNormal([1, 99]));
    const dict = toTensorData(head.stateDict());
    expect(Object.keys(dict)).toContain('lm_head.weight');
    expect(Object.keys(dict)).toContain('final_logits_bias');

    // save_pretrained drops the tied aliases: the head keeps loading without missing keys.
    const tied = new Set(head.tiedKeys());
    const saved = await writeCheckpoint(
      config,
      onlyKeys(
        dict,
        Object.keys(dict).filter((k) => !tied.has(k)),
      ),
    );
    const reloaded = await BartForConditionalGeneration.fromPretrained(saved);
    expect(reloaded.loadReport).toMatchObject({
      missingKeys: [],
      unexpectedKeys: [],
      prefixAdjustment: 'none',
    });
    expectSameOutputs(head, reloaded);

    const everything = await writeCheckpoint(config, dict);
    const base = await BartModel.fromPretrained(everything, quiet);
    expect(base.loadReport!.prefixAdjustment).toBe('removed');
    expect(base.loadReport!.missingKeys).toEqual([]);
    expect([...base.loadReport!.unexpectedKeys].sort()).toEqual(['final_logits_bias', 'lm_head.weight']);
    expectSameOutputs(reference, base);
    for (const m of [head, reloaded, base]) m.dispose();
  });

  it('round-trips a sequence classification checkpoint', async () => {
    const head = await BartForSequenceClassification.fromPretrained(folder, quiet);
    const saved = await writeCheckpoint(config, toTensorData(head.stateDict()));
    const reloaded = await BartForSequenceClassification.fromPretrained(saved);
    expect(reloaded.loadReport).toMatchObject({
      missingKeys: [],
      unexpectedKeys: [],
      prefixAdjustment: 'none',
    });
    expectSameOutputs(head, reloaded, true);
    head.dispose();
    reloaded.dispose();
  });

  it('rejects a shape-mismatched checkpoint with a typed error naming the key', async () => {
    const bad = withMismatchedShape(full, 'encoder.layers.1.fc1.weight', [36, 32]);
    const badFolder = await writeCheckpoint(config, bad);
    const error = await BartModel.fromPretrained(badFolder).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DeltahubError);
    expect((error as DeltahubError).code).toBe('CHECKPOINT_SHAPE_MISMATCH');
    expect((error as DeltahubError).message).toContain('encoder.layers.1.fc1.weight');
  });

  it('rejects a checkpoint of another architecture', async () => {
    const error = await BartModel.fromPretrained(join(HF_TINY, 'bert')).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as DeltahubError).code).toBe('ARCHITECTURE_MISMATCH');
  });
});
