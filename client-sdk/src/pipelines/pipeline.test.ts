import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSafetensorsFile, type TensorData } from '@deltahub/core/safetensors';
import { startTestHub, type TestHub } from '@deltahub/testing/hub';
import { TOKENIZERS } from '@deltahub/testing/fixtures';
import {
  AutoModelForSequenceClassification,
  AutoTokenizer,
  LoraModel,
  TextClassificationPipeline,
  pipeline,
  type PreTrainedModel,
  type PreTrainedTokenizer,
} from '../index.js';
import { hfUpload } from '../test-support/hf-upload.js';
import { perturb, tempFolder } from '../test-support/tiny.js';

/**
 * `pipeline(task, { model, delta })` from hub ids: a tiny BERT classifier with bert-base-uncased's
 * vocabulary and tokenizer published on a real test hub, a LoRA (with its own trained head) pushed
 * beside it, both pulled into an empty cache.
 */
const id2label = { '0': 'negative', '1': 'positive' };
const config = {
  model_type: 'bert',
  vocab_size: 30522,
  hidden_size: 32,
  num_hidden_layers: 2,
  num_attention_heads: 4,
  intermediate_size: 37,
  max_position_embeddings: 128,
  type_vocab_size: 2,
  id2label,
  label2id: { negative: 0, positive: 1 },
};
const sentences = ['A delightful, moving film.', 'Dull and far too long.'];

let hub: TestHub;
let token: string;
let root: { dir: string; cleanup: () => Promise<void> };
let tokenizer: PreTrainedTokenizer;
let backboneFolder: string;
let deltaFolder: string;
/** What the trained delta answers, computed here without pipeline(). */
let expected: { label: string; score: number }[][];
const quiet = { onWarning: () => {} };

/** Writes a model's config and weights as a Hugging Face folder. */
async function writeModelFolder(model: PreTrainedModel, dir: string, files: Record<string, string>) {
  const tensors: Record<string, TensorData> = {};
  for (const [name, t] of Object.entries(model.stateDict())) {
    tensors[name] = { dtype: 'F32', shape: t.shape, data: t.dataSync() as Float32Array };
  }
  await writeSafetensorsFile(join(dir, 'model.safetensors'), tensors);
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
}

beforeAll(async () => {
  root = await tempFolder();
  hub = await startTestHub();
  token = await hub.user('alice');
  tokenizer = await AutoTokenizer.fromPretrained(join(TOKENIZERS, 'bert-base-uncased'));

  // The backbone repo: config, weights (with a head) and tokenizer files.
  backboneFolder = join(root.dir, 'tiny-bert-sst');
  await mkdir(backboneFolder);
  const source = AutoModelForSequenceClassification.fromConfig(config);
  await writeModelFolder(source, backboneFolder, {
    'config.json': JSON.stringify(config),
    ...tokenizer.toFiles(),
  });
  source.dispose();
  const files: Record<string, Uint8Array> = {};
  for (const name of await readdir(backboneFolder)) files[name] = await readFile(join(backboneFolder, name));
  const created = await fetch(`${hub.url}/api/repos/create`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'tiny-bert-sst', organization: 'alice' }),
  });
  expect(created.status).toBe(200);
  await hfUpload(hub.url, token, 'alice/tiny-bert-sst', files);

  // The delta: a LoRA with visible weights and its own head, pushed with the tokenizer.
  const model = await AutoModelForSequenceClassification.fromPretrained(backboneFolder, quiet);
  const delta = new LoraModel({ backboneModel: model, loraR: 4 });
  delta.freezeModule({ exclude: ['deltas', 'classifier'], setStateDict: true });
  perturb([...delta.deltaParameters(), ...model.getSubmodule('classifier').parameters()], 11);
  deltaFolder = join(root.dir, 'lora');
  await delta.saveFinetuned(deltaFolder, { tokenizer });
  await delta.pushToHub('alice/tiny-bert-sst-lora', { hubUrl: hub.url, token, tokenizer });
  const direct = new TextClassificationPipeline({ model, tokenizer });
  expected = await direct(sentences, { topK: null });
  model.dispose();
}, 120_000);

afterAll(async () => {
  await hub?.stop();
  await root?.cleanup();
});

describe('pipeline() from ids', () => {
  it('text-classification: a model id plus a delta id, pulled into an empty cache, answers as the trained delta', async () => {
    const classify = await pipeline('text-classification', {
      model: 'alice/tiny-bert-sst',
      delta: 'alice/tiny-bert-sst-lora',
      hubUrl: hub.url,
      token,
      cacheDir: join(root.dir, 'cache-1'),
      ...quiet,
    });
    expect(classify.task).toBe('text-classification');
    expect(classify.delta?.deltaType).toBe('lora');
    const answered = await classify(sentences, { topK: null });
    expect(answered.map((r) => r.map((x) => x.label))).toEqual(expected.map((r) => r.map((x) => x.label)));
    answered.flat().forEach((x, i) => expect(x.score).toBeCloseTo(expected.flat()[i]!.score, 6));
    // transformers' shape for one text and for the default top label of several.
    const [one] = await classify(sentences[0]!);
    expect(Object.keys(one!).sort()).toEqual(['label', 'score']);
    expect((await classify(sentences)).map((r) => r.label)).toEqual(expected.map((r) => r[0]!.label));

    // Without the delta the same backbone answers otherwise (its head is untrained).
    const plain = await pipeline('sentiment-analysis', {
      model: 'alice/tiny-bert-sst',
      hubUrl: hub.url,
      cacheDir: join(root.dir, 'cache-1'),
      ...quiet,
    });
    const plainScores = (await plain(sentences, { topK: null })).flat().map((x) => x.score);
    expect(plainScores).not.toEqual(answered.flat().map((x) => x.score));
    classify.dispose();
    plain.dispose();
  });

  it('folders work the same, and the tokenizer comes from the delta when the model folder has none', async () => {
    const bare = join(root.dir, 'bare-backbone');
    await mkdir(bare);
    for (const name of ['config.json', 'model.safetensors'])
      await copyFile(join(backboneFolder, name), join(bare, name));
    const classify = await pipeline('text-classification', { model: bare, delta: deltaFolder, ...quiet });
    expect(classify.tokenizer).toBe(classify.delta!.tokenizer);
    const answered = await classify(sentences, { topK: null });
    answered.flat().forEach((x, i) => expect(x.score).toBeCloseTo(expected.flat()[i]!.score, 6));
    classify.dispose();
    await expect(pipeline('text-classification', { model: bare, ...quiet })).rejects.toMatchObject({
      code: 'TOKENIZER_FILES_MISSING',
    });
  });

  it('token-classification, fill-mask and feature-extraction load the same repo with their heads', async () => {
    const common = {
      model: 'alice/tiny-bert-sst',
      hubUrl: hub.url,
      cacheDir: join(root.dir, 'cache-2'),
      ...quiet,
    };
    const ner = await pipeline('ner', common);
    const entities = await ner('Sylvain lives in Brooklyn', { ignoreLabels: [] });
    expect(entities.map((e) => e.word)).toEqual(tokenizer.tokenize('Sylvain lives in Brooklyn'));
    expect(new Set(entities.map((e) => e.entity))).toSatisfy((labels: Set<string>) =>
      [...labels].every((l) => l === 'negative' || l === 'positive'),
    );
    const fill = await pipeline('fill-mask', common);
    expect(await fill('Paris is the [MASK] of France.', { topK: 3 })).toHaveLength(3);
    const extract = await pipeline('feature-extraction', common);
    const features = await extract('Deltas are small.');
    expect(features[0]).toHaveLength(tokenizer.encode('Deltas are small.').length);
    for (const p of [ner, fill, extract]) p.dispose();
  });

  it('typed errors: unknown task, no model, a delta of another backbone (the loaded model is freed)', async () => {
    await expect(pipeline('translation' as 'fill-mask', { model: backboneFolder })).rejects.toMatchObject({
      code: 'PIPELINE_UNKNOWN_TASK',
    });
    await expect(pipeline('fill-mask', {} as { model: string })).rejects.toMatchObject({
      code: 'PIPELINE_OPTIONS_INVALID',
    });
    const other = join(root.dir, 'other-backbone');
    await mkdir(other);
    const smaller = AutoModelForSequenceClassification.fromConfig({ ...config, num_hidden_layers: 1 });
    await writeModelFolder(smaller, other, {
      'config.json': JSON.stringify({ ...config, num_hidden_layers: 1 }),
    });
    smaller.dispose();
    await expect(
      pipeline('text-classification', { model: other, delta: deltaFolder, tokenizer, ...quiet }),
    ).rejects.toMatchObject({ code: 'BACKBONE_STRUCTURE_MISMATCH' });
  });
});
