import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AutoTokenizer } from './auto.js';
import { TOKENIZER_FIXTURES } from './test-support/fixtures.js';
import type { PreTrainedTokenizer } from './tokenizer.js';

let bert: PreTrainedTokenizer;
beforeAll(async () => {
  bert = await AutoTokenizer.fromPretrained(join(TOKENIZER_FIXTURES, 'bert-base-uncased'));
});

const words = (text: string) => bert.encode(text, { addSpecialTokens: false });

describe('returnOverflowingTokens with stride', () => {
  it('cuts a long text into windows of maxLength ids that share stride tokens', () => {
    const text = 'one two three four five six seven';
    const out = bert(text, { truncation: true, maxLength: 5, stride: 1, returnOverflowingTokens: true });
    const [cls, sep] = [bert.tokenToId('[CLS]')!, bert.tokenToId('[SEP]')!];
    const ids = words(text);
    expect(out.inputIds).toEqual([
      [cls, ...ids.slice(0, 3), sep],
      [cls, ...ids.slice(2, 5), sep],
      [cls, ...ids.slice(4, 7), sep],
    ]);
    expect(out.overflowToSampleMapping).toEqual([0, 0, 0]);
    expect(out.attentionMask.every((row) => row.length === 5)).toBe(true);
  });

  it('a batch: windows of every text, padded together, mapped back to their text', () => {
    const texts = ['a b c d e f g h', 'short'];
    const out = bert(texts, {
      truncation: true,
      maxLength: 6,
      stride: 2,
      padding: true,
      returnOverflowingTokens: true,
      returnTensors: 'tf',
    });
    // 8 tokens, room 4, step 2: windows at 0, 2, 4 (the one reaching the end).
    expect(out.overflowToSampleMapping).toEqual([0, 0, 0, 1]);
    expect(out.inputIds.shape).toEqual([4, 6]);
    const rows = out.inputIds.arraySync();
    expect(rows[2]!.slice(1, 5)).toEqual(words('a b c d e f g h').slice(4, 8));
    expect(out.attentionMask.arraySync()[3]).toEqual([1, 1, 1, 0, 0, 0]);
    for (const t of Object.values(out)) if (typeof t === 'object' && 'dispose' in t) t.dispose();
  });

  it('a text that fits is one window; bad combinations are typed errors', () => {
    const out = bert('fits', { truncation: true, maxLength: 8, returnOverflowingTokens: true });
    expect(out.inputIds).toEqual([bert.encode('fits')]);
    const bad = (options: object) =>
      expect(() => bert('a b c', { returnOverflowingTokens: true, ...options })).toThrow(
        expect.objectContaining({ code: 'TOKENIZER_BAD_OPTION' }),
      );
    bad({ maxLength: 5 });
    bad({ truncation: true, maxLength: 5, stride: 3 });
    expect(() =>
      bert('a b', { textPair: 'c', truncation: true, maxLength: 5, returnOverflowingTokens: true }),
    ).toThrow(expect.objectContaining({ code: 'TOKENIZER_BAD_OPTION' }));
  });
});
