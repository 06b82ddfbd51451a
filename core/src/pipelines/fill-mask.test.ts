import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AutoModelForMaskedLM } from '../models/auto.js';
import type { PreTrainedModel } from '../models/pretrained-model.js';
import { tf } from '../runtime/tf.js';
import type { PreTrainedTokenizer } from '../tokenizers/tokenizer.js';
import { FillMaskPipeline, type FillMaskOutput } from './fill-mask.js';
import { bertTokenizer, tinyBert } from './test-support/tiny-bert.js';

let tokenizer: PreTrainedTokenizer;
let model: PreTrainedModel;
let fill: FillMaskPipeline;

beforeAll(async () => {
  tokenizer = await bertTokenizer();
  model = tinyBert(AutoModelForMaskedLM);
  fill = new FillMaskPipeline({ model, tokenizer });
});
afterAll(() => model.dispose());

describe('fill-mask', () => {
  it('the 5 most likely tokens at the mask, their probabilities, text and filled sequence', async () => {
    const text = 'Paris is the [MASK] of France.';
    const candidates = (await fill(text)) as FillMaskOutput[];
    const ids = tokenizer.encode(text);
    const at = ids.indexOf(tokenizer.tokenToId('[MASK]')!);
    const probabilities = tf.tidy(
      () => (tf.softmax(model.forward({ inputIds: [ids] }).logits!).arraySync() as number[][][])[0]![at]!,
    );
    const expected = probabilities
      .map((p, id) => ({ p, id }))
      .sort((a, b) => b.p - a.p)
      .slice(0, 5);
    expect(candidates.map((c) => c.token)).toEqual(expected.map((e) => e.id));
    candidates.forEach((c, k) => {
      expect(c.score).toBeCloseTo(expected[k]!.p, 6);
      expect(c.tokenStr).toBe(tokenizer.decode([c.token]));
      expect(c.sequence).toBe(
        tokenizer.decode(
          ids.map((id, i) => (i === at ? c.token : id)),
          { skipSpecialTokens: true },
        ),
      );
    });
  });

  it('topK and targets; an array of texts answers per text', async () => {
    const [a, b] = (await fill(['The [MASK] sat down.', 'A [MASK] day.'], { topK: 2 })) as FillMaskOutput[][];
    expect(a).toHaveLength(2);
    expect(b).toHaveLength(2);
    const targeted = (await fill('The [MASK] sat down.', { targets: ['cat', 'dog'] })) as FillMaskOutput[];
    expect(targeted.map((c) => c.tokenStr).sort()).toEqual(['cat', 'dog']);
    expect(targeted[0]!.score).toBeGreaterThanOrEqual(targeted[1]!.score);
  });

  it('two masks give one list per mask; no mask or a multi-token target is a typed error', async () => {
    const both = (await fill('[MASK] loves [MASK].', { topK: 3 })) as FillMaskOutput[][];
    expect(both).toHaveLength(2);
    expect(both.every((list) => list.length === 3)).toBe(true);
    await expect(fill('nothing to fill')).rejects.toMatchObject({ code: 'PIPELINE_NO_MASK' });
    await expect(fill('The [MASK].', { targets: ['unbelievably'] })).rejects.toMatchObject({
      code: 'PIPELINE_BAD_OPTION',
    });
  });
});
