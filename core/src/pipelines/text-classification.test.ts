import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AutoModel, AutoModelForSequenceClassification } from '../models/auto.js';
import type { PreTrainedModel } from '../models/pretrained-model.js';
import { tf } from '../runtime/tf.js';
import type { PreTrainedTokenizer } from '../tokenizers/tokenizer.js';
import { bertTokenizer, tinyBert } from './test-support/tiny-bert.js';
import { TextClassificationPipeline } from './text-classification.js';

const id2label = { '0': 'negative', '1': 'neutral', '2': 'positive' };
const texts = ['A delightful film.', 'Dull, tired and far too long; I left early.', 'ok'];

let tokenizer: PreTrainedTokenizer;
let model: PreTrainedModel;
let classify: TextClassificationPipeline;

/** Softmax of the model's logits for one text, computed without the pipeline. */
function directScores(text: string): number[] {
  return tf.tidy(() => {
    const logits = model.forward(tokenizer(text, { returnTensors: 'tf' })).logits!;
    return Array.from(tf.softmax(logits).dataSync());
  });
}

beforeAll(async () => {
  tokenizer = await bertTokenizer();
  model = tinyBert(AutoModelForSequenceClassification, { id2label });
  classify = new TextClassificationPipeline({ model, tokenizer });
});
afterAll(() => model.dispose());

describe('text-classification', () => {
  it("answers a text with its best label from id2label and the softmax score, transformers' shape", async () => {
    const [best, ...rest] = await classify(texts[0]!);
    expect(rest).toEqual([]);
    const scores = directScores(texts[0]!);
    const index = scores.indexOf(Math.max(...scores));
    expect(best!.label).toBe(id2label[String(index) as '0']);
    expect(best!.score).toBeCloseTo(scores[index]!, 5);
  });

  it('answers an array with one best label per text, equal to one text at a time (padding is masked)', async () => {
    const batch = await classify(texts);
    expect(batch).toHaveLength(3);
    for (const [i, text] of texts.entries()) {
      const [alone] = await classify(text);
      expect(batch[i]!.label).toBe(alone!.label);
      expect(batch[i]!.score).toBeCloseTo(alone!.score, 5);
    }
  });

  it('topK: the best k labels in order for each text; null for all labels', async () => {
    const two = await classify(texts, { topK: 2 });
    expect(two.map((r) => r.length)).toEqual([2, 2, 2]);
    const all = await classify(texts[1]!, { topK: null });
    const scores = directScores(texts[1]!);
    expect(all.map((r) => r.label).sort()).toEqual(['negative', 'neutral', 'positive']);
    expect(all.map((r) => r.score)).toEqual([...all.map((r) => r.score)].sort((a, b) => b - a));
    for (const { label, score } of all) {
      const index = Object.values(id2label).indexOf(label);
      expect(score).toBeCloseTo(scores[index]!, 5);
    }
    expect(all.reduce((sum, r) => sum + r.score, 0)).toBeCloseTo(1, 5);
  });

  it('sigmoid for multi-label problems, raw logits with functionToApply none', async () => {
    const multi = tinyBert(AutoModelForSequenceClassification, {
      id2label,
      problem_type: 'multi_label_classification',
    });
    const pipe = new TextClassificationPipeline({ model: multi, tokenizer });
    const logits = tf.tidy(() =>
      Array.from(multi.forward(tokenizer(texts[2]!, { returnTensors: 'tf' })).logits!.dataSync()),
    );
    const sigmoid = await pipe(texts[2]!, { topK: null });
    const raw = await pipe(texts[2]!, { topK: null, functionToApply: 'none' });
    for (const [i, label] of Object.values(id2label).entries()) {
      expect(sigmoid.find((r) => r.label === label)!.score).toBeCloseTo(1 / (1 + Math.exp(-logits[i]!)), 5);
      expect(raw.find((r) => r.label === label)!.score).toBeCloseTo(logits[i]!, 5);
    }
    multi.dispose();
  });

  it('labels LABEL_<i> without id2label; typed errors for a model without a classifier and for bad input', async () => {
    const plain = tinyBert(AutoModelForSequenceClassification);
    const [best] = await new TextClassificationPipeline({ model: plain, tokenizer })('fine');
    expect(best!.label).toMatch(/^LABEL_[01]$/);
    plain.dispose();
    const base = tinyBert(AutoModel);
    await expect(new TextClassificationPipeline({ model: base, tokenizer })('fine')).rejects.toMatchObject({
      code: 'PIPELINE_WRONG_MODEL',
    });
    base.dispose();
    await expect(classify([texts[0]!, 3 as unknown as string])).rejects.toMatchObject({
      code: 'PIPELINE_BAD_INPUT',
    });
    await expect(classify('x', { topK: 0 })).rejects.toMatchObject({ code: 'PIPELINE_BAD_OPTION' });
  });

  it('truncates texts longer than the model takes instead of failing', async () => {
    const long = 'word '.repeat(400);
    const [best] = await classify(long);
    expect(best!.score).toBeGreaterThan(0);
  });
});
