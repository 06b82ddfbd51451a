import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../../runtime/backend.js';
import { tf } from '../../runtime/tf.js';
import { fromFloat32, type SafetensorsDtype, type TensorData } from '../../safetensors/index.js';
import { AutoModel, AutoModelForCausalLM, AutoModelForSequenceClassification } from '../auto.js';
import type { PreTrainedModel } from '../pretrained-model.js';
import {
  removeCheckpointFolders,
  renameKeys,
  toTensorData,
  withMismatchedShape,
  withoutKeys,
  writeCheckpoint,
  writeShardedCheckpoint,
} from '../test-support/checkpoint.js';
import { fixtureConfig, referenceInputs } from '../test-support/fixtures.js';
import { HF_TINY, maxAbsDiff, readReference, type Reference } from '../test-support/reference.js';
import { describeOnBackends, expectSameOutputs } from '../test-support/suite.js';
import { LlamaForCausalLM, LlamaForSequenceClassification, LlamaModel } from './index.js';

const TOLERANCE = 1e-4;

/** A state dict as safetensors entries of `dtype` (rounded from float32). */
function inDtype(dict: Record<string, tf.Tensor>, dtype: SafetensorsDtype): Record<string, TensorData> {
  return Object.fromEntries(
    Object.entries(toTensorData(dict)).map(([key, t]) => [
      key,
      fromFloat32(t.data as Float32Array, dtype, t.shape),
    ]),
  );
}
const quiet = { onWarning: () => {} };

/** Max abs differences of the model's outputs against the reference, on unmasked positions. */
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

describeOnBackends('Llama', (backend) => {
  describe.each(['llama', 'llama_perturbed'])('fixture %s', (name) => {
    const folder = join(HF_TINY, name);
    const ref = readReference(name);

    it('LlamaForCausalLM matches the transformers hidden states and logits', async () => {
      const model = await LlamaForCausalLM.fromPretrained(folder);
      expect(model.loadReport).toMatchObject({
        missingKeys: [],
        unexpectedKeys: [],
        prefixAdjustment: 'none',
      });
      const { hidden, logits } = diffs(model, ref);
      console.log(
        `[${backend}] ${name} LlamaForCausalLM max abs diff: last_hidden_state ${hidden.toExponential(2)}, logits ${logits!.toExponential(2)}`,
      );
      expect(hidden).toBeLessThan(TOLERANCE);
      expect(logits).toBeLessThan(TOLERANCE);
      model.dispose();
    });

    it('AutoModelForCausalLM and AutoModel give the same outputs', async () => {
      const lm = await AutoModelForCausalLM.fromPretrained(folder);
      expect(lm).toBeInstanceOf(LlamaForCausalLM);
      expect(diffs(lm, ref).logits).toBeLessThan(TOLERANCE);
      lm.dispose();
      // The base class loads the LM checkpoint by stripping `model.`; lm_head.weight is unused.
      const base = await AutoModel.fromPretrained(folder, quiet);
      expect(base).toBeInstanceOf(LlamaModel);
      expect(base.loadReport).toMatchObject({
        missingKeys: [],
        unexpectedKeys: ['lm_head.weight'],
        prefixAdjustment: 'removed',
      });
      expect(diffs(base, ref).hidden).toBeLessThan(TOLERANCE);
      base.dispose();
    });

    it('has the reference state dict keys and parameter count', async () => {
      const model = await LlamaForCausalLM.fromPretrained(folder);
      expect(Object.keys(model.stateDict()).sort()).toEqual([...ref.state_dict_keys].sort());
      expect(model.numParameters()).toBe(ref.num_parameters);
      expect(model.lmHead.weight).not.toBe(model.model.embedTokens.weight);
      model.dispose();
    });
  });
});

describe('Llama checkpoint loading variants', () => {
  const name = 'llama_perturbed';
  const folder = join(HF_TINY, name);
  const ref = readReference(name);
  const models: PreTrainedModel[] = [];
  const keep = <T extends PreTrainedModel>(model: T): T => (models.push(model), model);
  let source: LlamaForCausalLM;

  beforeAll(async () => {
    await selectBackend('wasm');
    source = keep(await LlamaForCausalLM.fromPretrained(folder));
  });
  afterAll(async () => {
    models.forEach((m) => m.dispose());
    await removeCheckpointFolders();
  });

  it('loads bf16 and f16 checkpoints, converted to float32', async () => {
    for (const dtype of ['BF16', 'F16'] as const) {
      const halves = await writeCheckpoint(folder, inDtype(source.stateDict(), dtype));
      const loaded = keep(await LlamaForCausalLM.fromPretrained(halves));
      expect(loaded.loadReport).toMatchObject({ missingKeys: [], unexpectedKeys: [] });
      // Rounding the weights to 16 bits moves the logits a little, and not more.
      const drift = tf.tidy(
        () =>
          tf
            .max(
              tf.abs(
                tf.sub(
                  loaded.forward(referenceInputs(ref)).logits!,
                  source.forward(referenceInputs(ref)).logits!,
                ),
              ),
            )
            .dataSync()[0]!,
      );
      expect(drift, dtype).toBeGreaterThan(0);
      expect(drift, dtype).toBeLessThan(dtype === 'BF16' ? 5e-2 : 5e-3);
      expect(loaded.getParameter('model.norm.weight').dtype).toBe('float32');
    }
  });

  it('loads a sharded checkpoint identically', async () => {
    const sharded = await writeShardedCheckpoint(folder, source.stateDict());
    const loaded = keep(await LlamaForCausalLM.fromPretrained(sharded));
    expect(loaded.loadReport?.files).toHaveLength(2);
    expect(loaded.loadReport).toMatchObject({ missingKeys: [], unexpectedKeys: [] });
    expectSameOutputs(source, loaded, () => referenceInputs(ref));
  });

  it('loads a checkpoint without the `model.` prefix into the LM (lm_head kept) and the classifier', async () => {
    const stripped = await writeCheckpoint(folder, renameKeys(source.stateDict(), 'model', 'strip'));
    const lm = keep(await LlamaForCausalLM.fromPretrained(stripped, quiet));
    expect(lm.loadReport).toMatchObject({ missingKeys: [], unexpectedKeys: [], prefixAdjustment: 'added' });
    expectSameOutputs(source, lm, () => referenceInputs(ref));
    const base = await writeCheckpoint(
      folder,
      renameKeys(withoutKeys(source.stateDict(), ['lm_head.weight']), 'model', 'strip'),
    );
    const cls = keep(await AutoModelForSequenceClassification.fromPretrained(base, quiet));
    expect(cls).toBeInstanceOf(LlamaForSequenceClassification);
    expect(cls.loadReport).toMatchObject({ missingKeys: ['score.weight'], prefixAdjustment: 'added' });
    expect(diffs(cls, ref).hidden).toBeLessThan(TOLERANCE);
  });

  it('loads an older checkpoint with rotary_emb.inv_freq buffers without a warning', async () => {
    const buffers = Object.fromEntries(
      [0, 1].map((i) => [`model.layers.${i}.self_attn.rotary_emb.inv_freq`, tf.ones([4])]),
    );
    const old = await writeCheckpoint(folder, { ...source.stateDict(), ...buffers });
    const warnings: string[] = [];
    const loaded = keep(await LlamaForCausalLM.fromPretrained(old, { onWarning: (w) => warnings.push(w) }));
    expect(warnings).toEqual([]);
    expect(loaded.loadReport).toMatchObject({ missingKeys: [], unexpectedKeys: [] });
    expectSameOutputs(source, loaded, () => referenceInputs(ref));
  });

  it('ties lm_head to the embeddings when tie_word_embeddings, and loads a file without lm_head', async () => {
    const config = { ...fixtureConfig(name), tie_word_embeddings: true };
    const tied = await writeCheckpoint(config, withoutKeys(source.stateDict(), ['lm_head.weight']));
    const loaded = keep(await LlamaForCausalLM.fromPretrained(tied));
    expect(loaded.loadReport).toMatchObject({ missingKeys: [], unexpectedKeys: [] });
    expect(loaded.lmHead.weight).toBe(loaded.model.embedTokens.weight);
    expect(loaded.numParameters()).toBe(ref.num_parameters - 99 * 32);
  });

  it('rejects a shape-mismatched checkpoint with a typed error naming the key', async () => {
    const key = 'model.layers.0.self_attn.k_proj.weight';
    const bad = await writeCheckpoint(folder, withMismatchedShape(source.stateDict(), key, [32, 32]));
    await expect(LlamaForCausalLM.fromPretrained(bad)).rejects.toMatchObject({
      code: 'CHECKPOINT_SHAPE_MISMATCH',
      message: expect.stringContaining(key),
    });
  });
});
