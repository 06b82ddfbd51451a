import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSafetensorsFile, toFloat32 } from '@deltahub/core/safetensors';
import { T5_REFERENCES, type JsonTensor } from '@deltahub/testing/fixtures';
import {
  AutoDeltaModel,
  PEFT_CONFIG_FILE,
  PEFT_WEIGHTS_FILE,
  PeftError,
  PrefixModel,
  SoftPromptModel,
  fromPeft,
  tf,
  type PreTrainedModel,
} from '../index.js';
import { loadTiny, tempFolder } from '../test-support/tiny.js';
import { T5_DECODER_SELF_ATTENTION } from './seq2seq.js';

/**
 * PEFT prompt and prefix tuning on T5 (`num_transformer_submodules` 2): the hand-built references
 * of core/test-fixtures/deltas/t5 (PEFT v0.6.2's seq2seq forward re-implemented on transformers'
 * T5) import and reproduce PEFT's outputs, and export back to the same files.
 */

interface Expected {
  inputs: Record<string, JsonTensor>;
  outputs: Record<string, JsonTensor>;
}

let root: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  root = await tempFolder();
});
afterAll(async () => {
  await root.cleanup();
});

async function readExpected(name: string): Promise<Expected> {
  return JSON.parse(await readFile(join(T5_REFERENCES, name, 'expected.json'), 'utf8')) as Expected;
}

function rows(t: JsonTensor): number[][] {
  const [batch, seq] = t.shape as [number, number];
  return Array.from({ length: batch }, (_, b) => t.data.slice(b * seq, (b + 1) * seq));
}

/** Max |actual − expected|, skipping positions where `mask` (`[batch, seq]`) is 0. */
function maxDiff(actual: tf.Tensor, expected: JsonTensor, mask?: number[]): number {
  expect(actual.shape).toEqual(expected.shape);
  const values = actual.dataSync();
  const perPosition = expected.shape.slice(2).reduce((a, b) => a * b, 1);
  let max = 0;
  values.forEach((v, i) => {
    if (mask && mask[Math.floor(i / perPosition)] === 0) return;
    max = Math.max(max, Math.abs(v - expected.data[i]!));
  });
  return max;
}

/** The model's outputs on the recorded inputs against the recorded ones; the encoder mask may grow. */
function diffs(model: PreTrainedModel, expected: Expected, encoderMask: number[]): Record<string, number> {
  const out = model.forward({
    inputIds: rows(expected.inputs['input_ids']!),
    attentionMask: rows(expected.inputs['attention_mask']!),
    decoderInputIds: rows(expected.inputs['decoder_input_ids']!),
  });
  const result = {
    decoder: maxDiff(out.lastHiddenState, expected.outputs['last_hidden_state']!),
    encoder: maxDiff(out.encoderLastHiddenState!, expected.outputs['encoder_last_hidden_state']!, encoderMask),
  };
  tf.dispose(Object.values(out) as tf.Tensor[]);
  return result;
}

async function tensorsOf(folder: string): Promise<Map<string, { shape: number[]; data: Float32Array }>> {
  const { tensors } = await loadSafetensorsFile(join(folder, PEFT_WEIGHTS_FILE));
  return new Map([...tensors].map(([k, t]) => [k, { shape: [...t.shape], data: toFloat32(t) }]));
}

async function configOf(folder: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(join(folder, PEFT_CONFIG_FILE), 'utf8')) as Record<string, unknown>;
}

describe('PEFT encoder-decoder prompt learning on T5', () => {
  it('prompt tuning: the encoder rows prompt the encoder, outputs match PEFT, export gives the same files back', async () => {
    const expected = await readExpected('peft_prompt_tuning');
    const model = await loadTiny('t5');
    const folder = join(T5_REFERENCES, 'peft_prompt_tuning');
    const delta = await fromPeft(folder, { backboneModel: model });
    expect(delta).toBeInstanceOf(SoftPromptModel);
    expect(delta.resolvedModules).toEqual(['encoder']);
    expect(delta.parameterCounts().delta).toBe(5 * 32);
    const mask = [...Array(5).fill(1), ...expected.inputs['attention_mask']!.data.slice(0, 7)];
    const encoderMask = [mask, [...Array(5).fill(1), ...expected.inputs['attention_mask']!.data.slice(7)]].flat();
    const d = diffs(model, expected, encoderMask);
    expect(d.decoder).toBeLessThan(1e-4);
    expect(d.encoder).toBeLessThan(1e-4);

    const out = join(root.dir, 't5-prompt');
    await delta.savePeft(out);
    const [original, saved] = [await tensorsOf(folder), await tensorsOf(out)];
    // The decoder rows PEFT never reads come back as they were.
    expect(saved.get('prompt_embeddings')).toEqual(original.get('prompt_embeddings'));
    expect(await configOf(out)).toMatchObject({
      peft_type: 'PROMPT_TUNING',
      num_transformer_submodules: 2,
      num_virtual_tokens: 5,
      task_type: 'SEQ_2_SEQ_LM',
    });
    model.dispose();
  });

  it('prefix tuning: decoder prefixes with the shared position bias, outputs match PEFT, export gives the table back', async () => {
    const expected = await readExpected('peft_prefix_tuning');
    const model = await loadTiny('t5');
    const folder = join(T5_REFERENCES, 'peft_prefix_tuning');
    const delta = (await fromPeft(folder, { backboneModel: model })) as PrefixModel;
    expect(delta).toBeInstanceOf(PrefixModel);
    expect(delta.resolvedModules).toEqual(['decoder.block.0.layer.0', 'decoder.block.1.layer.0']);
    expect(delta.config).toMatchObject({ prefixTokenNum: 4, reparameterize: false, t5PositionBias: 'shared' });
    const d = diffs(model, expected, expected.inputs['attention_mask']!.data);
    expect(d.decoder).toBeLessThan(1e-4);
    expect(d.encoder).toBeLessThan(1e-4);

    const out = join(root.dir, 't5-prefix');
    await delta.savePeft(out);
    // The cross-attention pair T5 ignores is carried through unchanged.
    expect((await tensorsOf(out)).get('prompt_embeddings')).toEqual(
      (await tensorsOf(folder)).get('prompt_embeddings'),
    );
    expect(await configOf(out)).toMatchObject({
      peft_type: 'PREFIX_TUNING',
      num_transformer_submodules: 2,
      num_layers: 2,
      num_attention_heads: 4,
      token_dim: 32,
    });
    model.dispose();
  });

  it('an imported T5 prefix saves as a deltahub checkpoint and comes back with its shared position bias', async () => {
    const expected = await readExpected('peft_prefix_tuning');
    const model = await loadTiny('t5');
    const delta = await fromPeft(join(T5_REFERENCES, 'peft_prefix_tuning'), { backboneModel: model });
    const out = join(root.dir, 't5-prefix-checkpoint');
    await delta.saveFinetuned(out);
    delta.detach();
    const again = (await AutoDeltaModel.fromFinetuned(out, { backboneModel: model })) as PrefixModel;
    expect(again.config.t5PositionBias).toBe('shared');
    const d = diffs(model, expected, expected.inputs['attention_mask']!.data);
    expect(d.decoder).toBeLessThan(1e-4);
    model.dispose();
  });

  it('a prompt made in deltahub on T5 exports with zero decoder rows and imports to the same outputs', async () => {
    const model = await loadTiny('t5');
    const delta = new SoftPromptModel({ backboneModel: model, softTokenNum: 3 });
    const out = join(root.dir, 't5-fresh-prompt');
    await delta.savePeft(out);
    const table = (await tensorsOf(out)).get('prompt_embeddings')!;
    expect(table.shape).toEqual([6, 32]);
    expect(table.data.slice(0, 96)).toEqual(delta.layer.softEmbeds.dataSync());
    expect(table.data.slice(96).every((v) => v === 0)).toBe(true);
    const again = await loadTiny('t5');
    const imported = (await fromPeft(out, { backboneModel: again })) as SoftPromptModel;
    expect(imported.layer.softEmbeds.dataSync()).toEqual(delta.layer.softEmbeds.dataSync());
    model.dispose();
    again.dispose();
  });

  it('decoder layers that PEFT gives one prefix must hold the same one to export', async () => {
    const model = await loadTiny('t5');
    const delta = new PrefixModel({
      backboneModel: model,
      modifiedModules: [T5_DECODER_SELF_ATTENTION],
      prefixTokenNum: 2,
      reparameterize: false,
      t5PositionBias: 'shared',
    });
    // Random prefixes: with 2 layers, PEFT's layout gives both decoder layers pair 0.
    const error = await delta.savePeft(join(root.dir, 't5-untied')).catch((e: unknown) => e);
    expect((error as PeftError).code).toBe('PEFT_UNSUPPORTED_OPTION');
    expect((error as PeftError).message).toMatch(/decoder layers 0 and 1/);
    model.dispose();
  });

  it('num_transformer_submodules 2 on an encoder-only backbone is refused, leaving it untouched', async () => {
    const folder = join(root.dir, 'bert-seq2seq-prompt');
    await cp(join(T5_REFERENCES, 'peft_prompt_tuning'), folder, { recursive: true });
    const model = await loadTiny('bert');
    const error = await fromPeft(folder, { backboneModel: model }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PeftError);
    expect((error as PeftError).code).toBe('PEFT_UNSUPPORTED_OPTION');
    expect((error as PeftError).message).toMatch(/num_transformer_submodules 2 needs an encoder-decoder/);
    expect([...model.namedModules()].some(([n]) => n.includes('soft_prompt'))).toBe(false);
    model.dispose();
  });
});
