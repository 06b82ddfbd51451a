import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeltahubError } from '../../errors.js';
import { selectBackend } from '../../runtime/backend.js';
import { tf } from '../../runtime/tf.js';
import type { PreTrainedModel } from '../pretrained-model.js';
import { HF_TINY, maxAbsDiff, readReference } from '../test-support/reference.js';
import { T5EncoderModel, T5ForConditionalGeneration, T5Model } from './index.js';
import {
  onlyKeys,
  readCheckpoint,
  removeCheckpointFolders,
  toTensorData,
  withMismatchedShape,
  writeCheckpoint,
  writeShardedCheckpoint,
  type CheckpointTensors,
  type Tensors,
} from '../test-support/checkpoint.js';
import { fixtureConfig, seq2seqReferenceInputs as referenceInputs } from '../test-support/fixtures.js';

const NAME = 't5_perturbed';
const FOLDER = join(HF_TINY, NAME);
const REF = readReference(NAME);
const CONFIG = fixtureConfig(NAME);
const TOLERANCE = 1e-4;

function folderWith(tensors: CheckpointTensors, config = CONFIG): Promise<string> {
  return writeCheckpoint(config, tensors);
}

/** Decoder and (masked) encoder differences from the reference outputs. */
function referenceDiff(model: PreTrainedModel): number {
  return tf.tidy(() => {
    const out = model.forward(referenceInputs(REF));
    return Math.max(
      maxAbsDiff(out.lastHiddenState, REF.outputs['last_hidden_state']!),
      maxAbsDiff(
        out.encoderLastHiddenState!,
        REF.outputs['encoder_last_hidden_state']!,
        REF.inputs['attention_mask'],
      ),
    );
  });
}

describe('T5 checkpoint loading variants', () => {
  let full: Tensors;
  beforeAll(async () => {
    await selectBackend('cpu');
    full = await readCheckpoint(FOLDER);
  });
  afterAll(removeCheckpointFolders);

  it('loads a save_pretrained checkpoint without the tied embed_tokens copies', async () => {
    expect(Object.keys(full)).toContain('encoder.embed_tokens.weight');
    expect(REF.hf_save_pretrained_keys).not.toContain('encoder.embed_tokens.weight');
    const folder = await folderWith(onlyKeys(full, REF.hf_save_pretrained_keys));
    const warnings: string[] = [];
    const model = await T5Model.fromPretrained(folder, { onWarning: (m) => warnings.push(m) });
    expect(model.loadReport).toMatchObject({ missingKeys: [], unexpectedKeys: [] });
    expect(warnings).toEqual([]);
    expect(referenceDiff(model)).toBeLessThan(TOLERANCE);
    model.dispose();
  });

  it('loads a sharded checkpoint (index + 2 shards) identically', async () => {
    const folder = await writeShardedCheckpoint(CONFIG, onlyKeys(full, REF.hf_save_pretrained_keys));
    const model = await T5ForConditionalGeneration.fromPretrained(folder);
    expect(model.loadReport!.files).toHaveLength(2);
    expect(model.loadReport).toMatchObject({ missingKeys: [], unexpectedKeys: [] });
    expect(referenceDiff(model)).toBeLessThan(TOLERANCE);
    model.dispose();
  });

  it('reports a shape-mismatched checkpoint as a typed error naming the key', async () => {
    const bad = withMismatchedShape(full, 'decoder.block.1.layer.2.DenseReluDense.wi.weight', [36, 32]);
    const folder = await folderWith(bad);
    const error = await T5Model.fromPretrained(folder).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeltahubError);
    expect((error as DeltahubError).code).toBe('CHECKPOINT_SHAPE_MISMATCH');
    expect((error as DeltahubError).message).toContain('decoder.block.1.layer.2.DenseReluDense.wi.weight');
  });

  it('moves between classes without a prefix: head checkpoint → T5Model / T5EncoderModel, base → head', async () => {
    // A T5ForConditionalGeneration checkpoint as a hub file holds it (tied lm_head included, as older files do).
    const head = await T5ForConditionalGeneration.fromPretrained(FOLDER);
    const headTensors = toTensorData(head.stateDict());
    expect(Object.keys(headTensors)).toContain('lm_head.weight');
    const folder = await folderWith(headTensors);

    const base = await T5Model.fromPretrained(folder, { onWarning: () => {} });
    expect(base.loadReport).toMatchObject({
      missingKeys: [],
      unexpectedKeys: ['lm_head.weight'],
      prefixAdjustment: 'none',
    });
    expect(referenceDiff(base)).toBeLessThan(TOLERANCE);

    const encoder = await T5EncoderModel.fromPretrained(folder, { onWarning: () => {} });
    expect(encoder.loadReport).toMatchObject({
      missingKeys: [],
      unexpectedKeys: ['lm_head.weight'],
      prefixAdjustment: 'none',
    });
    expect(
      Object.keys(encoder.stateDict()).every((k) => k === 'shared.weight' || k.startsWith('encoder.')),
    ).toBe(true);

    const reloaded = await T5ForConditionalGeneration.fromPretrained(folder);
    expect(reloaded.loadReport).toMatchObject({
      missingKeys: [],
      unexpectedKeys: [],
      prefixAdjustment: 'none',
    });
    const logitsDiff = tf.tidy(
      () =>
        tf
          .max(
            tf.abs(
              tf.sub(
                head.forward(referenceInputs(REF)).logits!,
                reloaded.forward(referenceInputs(REF)).logits!,
              ),
            ),
          )
          .dataSync()[0]!,
    );
    expect(logitsDiff).toBe(0);
    for (const m of [head, base, encoder, reloaded]) m.dispose();
  });

  it('ignores the legacy cross-attention relative_attention_bias key, as transformers does', async () => {
    const withLegacy: Tensors = {
      ...full,
      'decoder.block.0.layer.1.EncDecAttention.relative_attention_bias.weight': {
        dtype: 'F32',
        shape: [8, 4],
        data: new Float32Array(32),
      },
    };
    const model = await T5Model.fromPretrained(await folderWith(withLegacy));
    expect(model.loadReport).toMatchObject({ missingKeys: [], unexpectedKeys: [] });
    model.dispose();
  });

  it('an encoder-only checkpoint into T5Model reports the decoder as missing and initialises it', async () => {
    const encoder = await T5EncoderModel.fromPretrained(FOLDER);
    const folder = await folderWith(toTensorData(encoder.stateDict()));
    const model = await T5Model.fromPretrained(folder, { onWarning: () => {} });
    expect(model.loadReport!.missingKeys.length).toBeGreaterThan(0);
    expect(model.loadReport!.missingKeys.every((k) => k.startsWith('decoder.'))).toBe(true);
    // Loaded encoder weights survive the re-initialisation.
    const diff = tf.tidy(() => {
      const { inputIds, attentionMask } = referenceInputs(REF);
      const out = model.forward({ inputIds, attentionMask, decoderInputIds: [[0], [0]] });
      return maxAbsDiff(
        out.encoderLastHiddenState!,
        REF.outputs['encoder_last_hidden_state']!,
        REF.inputs['attention_mask'],
      );
    });
    expect(diff).toBeLessThan(TOLERANCE);
    encoder.dispose();
    model.dispose();
  });

  it('untied lm_head (tie_word_embeddings false): own weight, no rescaling, saved and reloaded', async () => {
    const config = { ...CONFIG, tie_word_embeddings: false };
    const model = T5ForConditionalGeneration.fromConfig(config).eval();
    expect(model.numParameters()).toBe(REF.num_parameters + 99 * 32);
    expect(model.getParameter('lm_head.weight')).not.toBe(model.getParameter('shared.weight'));
    expect(model.tiedKeys()).not.toContain('lm_head.weight');
    const folder = await folderWith(toTensorData(model.stateDict()), config);
    const reloaded = await T5ForConditionalGeneration.fromPretrained(folder);
    expect(reloaded.loadReport).toMatchObject({ missingKeys: [], unexpectedKeys: [] });
    const inputs = referenceInputs(REF);
    const diff = tf.tidy(
      () =>
        tf
          .max(tf.abs(tf.sub(model.forward(inputs).logits!, reloaded.forward(inputs).logits!)))
          .dataSync()[0]!,
    );
    expect(diff).toBe(0);
    // Dropping lm_head.weight from an untied checkpoint is a real missing key.
    const { ['lm_head.weight']: _dropped, ...withoutHead } = toTensorData(model.stateDict());
    const partial = await T5ForConditionalGeneration.fromPretrained(await folderWith(withoutHead, config), {
      onWarning: () => {},
    });
    expect(partial.loadReport!.missingKeys).toEqual(['lm_head.weight']);
    for (const m of [model, reloaded, partial]) m.dispose();
  });
});
