import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SoftPromptModel } from '../deltas/soft-prompt/index.js';
import { AutoModelForTokenClassification } from '../models/auto.js';
import type { Linear } from '../nn/linear.js';
import type { PreTrainedModel } from '../models/pretrained-model.js';
import { tf } from '../runtime/tf.js';
import type { PreTrainedTokenizer } from '../tokenizers/tokenizer.js';
import { bertTokenizer, tinyBert } from './test-support/tiny-bert.js';
import { TokenClassificationPipeline } from './token-classification.js';

const id2label = { '0': 'O', '1': 'B-PER', '2': 'I-PER', '3': 'B-LOC', '4': 'I-LOC' };
const text = 'Sylvain lives in Brooklyn, unbelievably.';

let tokenizer: PreTrainedTokenizer;
let model: PreTrainedModel;
let ner: TokenClassificationPipeline;

/** Makes the head predict `label` at every token (zero weights, a bias that wins). */
function predictEverywhere(label: string): void {
  const classifier = model.getSubmodule('classifier') as Linear;
  const index = Number(Object.entries(id2label).find(([, l]) => l === label)![0]);
  classifier.weight.assign(tf.zerosLike(classifier.weight));
  classifier.bias!.assign(tf.oneHot([index], 5).reshape([5]).mul(4) as tf.Tensor1D);
}

beforeAll(async () => {
  tokenizer = await bertTokenizer();
  model = tinyBert(AutoModelForTokenClassification, { id2label });
  ner = new TokenClassificationPipeline({ model, tokenizer });
});
afterAll(() => model.dispose());

describe('token-classification', () => {
  it('none: every token with its argmax label, softmax score, input index, token and span', async () => {
    const entities = await ner(text, { ignoreLabels: [] });
    const { tokens, offsets } = tokenizer.encodeWithOffsets(text);
    const probabilities = tf.tidy(
      () =>
        tf
          .softmax(model.forward(tokenizer(text, { returnTensors: 'tf' })).logits!)
          .arraySync() as number[][][],
    )[0]!;
    expect(entities.map((e) => e.word)).toEqual(tokens.slice(1, -1));
    entities.forEach((e, k) => {
      const row = probabilities[k + 1]!;
      const best = row.indexOf(Math.max(...row));
      expect(e.index).toBe(k + 1);
      expect(e.entity).toBe(id2label[String(best) as '0']);
      expect(e.score).toBeCloseTo(row[best]!, 5);
      expect([e.start, e.end]).toEqual(offsets[k + 1]);
    });
    expect(text.slice(entities[0]!.start, entities[0]!.end)).toBe('Sylvain'.slice(0, entities[0]!.end));
  });

  it("leaves 'O' out by default", async () => {
    predictEverywhere('O');
    expect(await ner(text)).toEqual([]);
    expect((await ner(text, { aggregationStrategy: 'simple' })).length).toBe(0);
  });

  it('simple: I- tags continue a group over the whole text; B- tags start one group per token', async () => {
    predictEverywhere('I-PER');
    const [group, ...rest] = await ner(text, { aggregationStrategy: 'simple' });
    expect(rest).toEqual([]);
    expect(group).toMatchObject({ entityGroup: 'PER', start: 0, end: text.length });
    expect(group!.word).toBe(
      tokenizer.decode(tokenizer.encode(text, { addSpecialTokens: false }), {
        cleanUpTokenizationSpaces: false,
      }),
    );
    predictEverywhere('B-LOC');
    const tokens = tokenizer.tokenize(text);
    const perToken = await ner(text, { aggregationStrategy: 'simple' });
    // A lone word piece keeps its '##', as transformers' convert_tokens_to_string leaves it.
    expect(perToken.map((g) => g.word)).toEqual(tokens);
    expect(perToken.every((g) => g.entityGroup === 'LOC')).toBe(true);
  });

  it.each(['first', 'average', 'max'] as const)(
    '%s: word pieces join their word before grouping',
    async (strategy) => {
      predictEverywhere('B-LOC');
      const words = await ner(text, { aggregationStrategy: strategy });
      // One group per word: 'unbelievably' is several WordPiece tokens but one word.
      expect(tokenizer.tokenize('unbelievably').length).toBeGreaterThan(1);
      expect(words.map((w) => text.slice(w.start, w.end))).toEqual([
        'Sylvain',
        'lives',
        'in',
        'Brooklyn',
        ',',
        'unbelievably',
        '.',
      ]);
      expect(words.find((w) => w.start === text.indexOf('unbelievably'))!.word).toBe('unbelievably');
    },
  );

  it('average and max differ from first when the pieces of a word disagree', async () => {
    const classifier = model.getSubmodule('classifier') as Linear;
    classifier.weight.assign(tf.randomNormal(classifier.weight.shape, 0, 2, 'float32', 3));
    classifier.bias!.assign(tf.zeros([5]));
    const pieces = await ner('unbelievably', { ignoreLabels: [] });
    const [first] = await ner('unbelievably', { aggregationStrategy: 'first', ignoreLabels: [] });
    const [average] = await ner('unbelievably', { aggregationStrategy: 'average', ignoreLabels: [] });
    const [max] = await ner('unbelievably', { aggregationStrategy: 'max', ignoreLabels: [] });
    expect(first!.entityGroup).toBe(pieces[0]!.entity.replace(/^[BI]-/, ''));
    expect(first!.score).toBeCloseTo(pieces[0]!.score, 6);
    const confident = pieces.reduce((a, b) => (b.score > a.score ? b : a));
    expect(max!.entityGroup).toBe(confident.entity.replace(/^[BI]-/, ''));
    expect(max!.score).toBeCloseTo(confident.score, 6);
    expect(average!.score).toBeLessThanOrEqual(1);
    for (const group of [first, average, max]) expect([group!.start, group!.end]).toEqual([0, 12]);
  });

  it('a batch answers per text, and a soft prompt’s extra positions belong to no token', async () => {
    predictEverywhere('B-PER');
    const batch = await ner([text, 'Hi'], { aggregationStrategy: 'none' });
    expect(batch.map((b) => b.length)).toEqual([tokenizer.tokenize(text).length, 1]);
    const prompted = tinyBert(AutoModelForTokenClassification, { id2label });
    const delta = new SoftPromptModel({ backboneModel: prompted, softTokenNum: 3 });
    const withPrompt = new TokenClassificationPipeline({ model: prompted, tokenizer, delta });
    const entities = await withPrompt(text, { ignoreLabels: [] });
    expect(entities.map((e) => e.word)).toEqual(tokenizer.tokenize(text));
    withPrompt.dispose();
  });

  it('rejects an unknown aggregation strategy', async () => {
    await expect(ner(text, { aggregationStrategy: 'mean' as 'max' })).rejects.toMatchObject({
      code: 'PIPELINE_BAD_OPTION',
    });
  });
});
