import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AutoModel } from '../models/auto.js';
import type { PreTrainedModel } from '../models/pretrained-model.js';
import type { PreTrainedTokenizer } from '../tokenizers/tokenizer.js';
import { FeatureExtractionPipeline } from './feature-extraction.js';
import { bertTokenizer, tinyBert } from './test-support/tiny-bert.js';

let tokenizer: PreTrainedTokenizer;
let model: PreTrainedModel;
let extract: FeatureExtractionPipeline;
const texts = ['Deltas are small.', 'A much longer sentence, which needs padding of the other one.'];

beforeAll(async () => {
  tokenizer = await bertTokenizer();
  model = tinyBert(AutoModel);
  extract = new FeatureExtractionPipeline({ model, tokenizer });
});
afterAll(() => model.dispose());

function maxDiff(a: number[], b: number[]): number {
  return Math.max(...a.map((x, i) => Math.abs(x - b[i]!)));
}

describe('feature-extraction', () => {
  it('one text: the last hidden state of each token, [1][tokens][hidden] as transformers returns it', async () => {
    const features = await extract(texts[0]!);
    const expected = model.forward(tokenizer(texts[0]!, { returnTensors: 'tf' })).lastHiddenState.arraySync();
    expect(features).toHaveLength(1);
    expect(features[0]).toHaveLength(tokenizer.encode(texts[0]!).length);
    expect(features[0]![0]).toHaveLength(32);
    expect(maxDiff(features.flat(2), expected.flat(2))).toBeLessThan(1e-5);
  });

  it('a batch leaves the padding out: each text as if alone', async () => {
    const [short, long] = await extract(texts);
    expect(short![0]).toHaveLength(tokenizer.encode(texts[0]!).length);
    expect(maxDiff(short!.flat(2), (await extract(texts[0]!)).flat(2))).toBeLessThan(1e-4);
    expect(maxDiff(long!.flat(2), (await extract(texts[1]!)).flat(2))).toBeLessThan(1e-4);
  });

  it('mean and cls pooling, normalized to unit length on request', async () => {
    const [tokens] = await extract(texts[0]!);
    const mean = await extract(texts[0]!, { pooling: 'mean' });
    const cls = await extract(texts[0]!, { pooling: 'cls' });
    const averaged = tokens![0]!.map((_, k) => tokens!.reduce((s, t) => s + t[k]!, 0) / tokens!.length);
    expect(maxDiff(mean, averaged)).toBeLessThan(1e-6);
    expect(cls).toEqual(tokens![0]);
    const unit = await extract(texts, { pooling: 'mean', normalize: true });
    for (const vector of unit) expect(Math.hypot(...vector)).toBeCloseTo(1, 6);
  });
});
