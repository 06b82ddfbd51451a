import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AutoTokenizer } from './auto.js';
import { readExpected, TOKENIZER_FIXTURES, TOKENIZER_MODELS } from './test-support/fixtures.js';
import type { PreTrainedTokenizer } from './tokenizer.js';

const load = (model: string) => AutoTokenizer.fromPretrained(join(TOKENIZER_FIXTURES, model));

// Texts of no fixture: mixed scripts, accents, emoji, odd spacing, punctuation runs.
const MORE_TEXTS = [
  '  Hugging Face Inc. is a company based in New York City.  ',
  'Naïve café owners in Zürich — résumés, façades & “quotes”!!',
  '東京とSeoul 🤗🤗 deltas: LoRA/IA3 (r=8), 3.14e-5…',
  "It's the model's job,\tnot\nours.",
];

describe.each([...TOKENIZER_MODELS, 'tinystories-656k'])('encodeWithOffsets on %s', (model) => {
  let tokenizer: PreTrainedTokenizer;
  beforeAll(async () => {
    tokenizer = await load(model);
  });

  const texts = () => [
    ...readExpected(model)
      .cases.filter((c) => c.text_pair === undefined)
      .map((c) => c.text),
    ...MORE_TEXTS,
  ];

  it('gives the same ids as encode, special tokens marked, spans in order within the text', () => {
    for (const text of texts()) {
      const encoded = tokenizer.encodeWithOffsets(text);
      expect(encoded.ids).toEqual(tokenizer.encode(text));
      const body = encoded.offsets.filter((_, i) => encoded.specialTokensMask[i] === 0);
      expect(body.length).toBe(tokenizer.encode(text, { addSpecialTokens: false }).length);
      // In order; a token cut from inside a character (a split emoji, Korean jamo, a byte-level
      // piece of a CJK character) shares that character's span with its neighbours.
      let previous: [number, number] = [0, 0];
      for (const span of body) {
        expect(span[0]).toBeGreaterThanOrEqual(previous[0]);
        expect(span[1]).toBeGreaterThanOrEqual(Math.max(previous[1], span[0]));
        expect(span[1]).toBeLessThanOrEqual(text.length);
        previous = span;
      }
    }
  });

  it('points every known token at text it was made from', () => {
    const unknown = tokenizer.tokenToId(tokenizer.specialTokens.unkToken);
    for (const text of texts()) {
      const { ids, offsets, specialTokensMask } = tokenizer.encodeWithOffsets(text);
      const shared = (i: number) =>
        [offsets[i - 1], offsets[i + 1]].some((o) => o?.[0] === offsets[i]![0] && o[1] === offsets[i]![1]);
      ids.forEach((id, i) => {
        if (specialTokensMask[i] || id === unknown) return;
        const [start, end] = offsets[i]!;
        const piece = text.slice(start, end);
        // No span carries the ASCII spaces a token may hold at its ends (transformers' trim_offsets).
        expect(piece).not.toMatch(/^[ \t\n\r]|[ \t\n\r]$/);
        const decoded = tokenizer.decode([id], { cleanUpTokenizationSpaces: false }).trim();
        // Whole characters only: a piece of a split character decodes to U+FFFD or a jamo.
        if (piece === '' || decoded === '' || shared(i) || decoded.includes('\uFFFD')) return;
        const normalize = (s: string) =>
          s
            .toLowerCase()
            .normalize('NFKD')
            .replace(/\p{Mn}/gu, '')
            .replace(/^##/, '');
        expect(normalize(piece)).toBe(normalize(decoded));
      });
    }
  });
});

describe('offsets as transformers reports them', () => {
  it('BERT: punctuation split off, lowercased and accent-stripped tokens over the original text', async () => {
    const bert = await load('bert-base-uncased');
    const text = 'Hello, Zürich!';
    const { tokens, offsets } = bert.encodeWithOffsets(text);
    expect(tokens).toEqual(['[CLS]', 'hello', ',', 'zurich', '!', '[SEP]']);
    expect(offsets).toEqual([
      [0, 0],
      [0, 5],
      [5, 6],
      [7, 13],
      [13, 14],
      [0, 0],
    ]);
  });

  it('RoBERTa: spans leave out the space a Ġ token carries; an emoji split in bytes shares its span', async () => {
    const roberta = await load('roberta-base');
    const { tokens, offsets } = roberta.encodeWithOffsets('Hello world 🤗');
    expect(tokens.slice(1, 3)).toEqual(['Hello', 'Ġworld']);
    expect(offsets.slice(1, 3)).toEqual([
      [0, 5],
      [6, 11],
    ]);
    for (const span of offsets.slice(3, -1)) expect(span).toEqual([12, 14]);
  });

  it('T5: an unknown token spans the characters between its neighbours', async () => {
    const t5 = await load('t5-small');
    const text = 'Naïve 東京';
    const { tokens, offsets } = t5.encodeWithOffsets(text);
    const unknowns = tokens.flatMap((t, i) => (t === '<unk>' ? [text.slice(...offsets[i]!)] : []));
    expect(unknowns).toEqual(['ï', '東京']);
  });

  it('BERT: unknown CJK characters in a row get one character each', async () => {
    const bert = await load('bert-base-uncased');
    const text = '我爱自然语言处理。';
    const { tokens, offsets } = bert.encodeWithOffsets(text);
    const unknowns = tokens.flatMap((t, i) => (t === '[UNK]' ? [text.slice(...offsets[i]!)] : []));
    expect(unknowns.length).toBeGreaterThan(1);
    for (const piece of unknowns) expect([...piece]).toHaveLength(1);
  });

  it('truncates to maxLength with the special tokens counted', async () => {
    const bert = await load('bert-base-uncased');
    const { tokens } = bert.encodeWithOffsets('one two three four five', { maxLength: 4 });
    expect(tokens).toEqual(['[CLS]', 'one', 'two', '[SEP]']);
  });
});
