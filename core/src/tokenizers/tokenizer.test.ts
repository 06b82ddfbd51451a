import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AutoTokenizer } from './auto.js';
import { readExpected, TOKENIZER_FIXTURES } from './test-support/fixtures.js';
import type { PreTrainedTokenizer } from './tokenizer.js';

const load = (model: string) => AutoTokenizer.fromPretrained(join(TOKENIZER_FIXTURES, model));

describe('Llama-style tokenizer (TinyStories-656K)', () => {
  const expected = JSON.parse(
    readFileSync(join(TOKENIZER_FIXTURES, 'tinystories-656k', 'expected.json'), 'utf8'),
  ) as {
    cases: { text: string; input_ids: number[] }[];
  };
  let tokenizer: PreTrainedTokenizer;
  beforeAll(async () => {
    tokenizer = await load('tinystories-656k');
  });

  it.each(expected.cases)('encodes "$text" as the reference', ({ text, input_ids }) => {
    expect(tokenizer.encode(text)).toEqual(input_ids);
    expect(tokenizer(text).inputIds).toEqual(input_ids);
    expect(tokenizer.decode(input_ids, { skipSpecialTokens: true })).toBe(text);
    // As the Rust tokenizers decode: the decoder's Strip removes one leading space of the whole
    // text, which starts with the BOS token here, so the space of the first word's '▁' stays.
    expect(tokenizer.decode(input_ids)).toBe(`<|start_story|> ${text}`);
  });

  it('adds BOS per add_bos_token, before each sequence of a pair, and pads with its <unk> pad token', () => {
    const [bos] = tokenizer.encode('');
    expect(bos).toBe(1);
    const pair = tokenizer.encode('Once', { textPair: 'upon' });
    expect(pair).toEqual([
      bos,
      ...tokenizer.encode('Once', { addSpecialTokens: false }),
      bos,
      ...tokenizer.encode('upon', { addSpecialTokens: false }),
    ]);
    const batch = tokenizer(['Once upon a time', 'Once'], { padding: true });
    const short = tokenizer.encode('Once');
    expect(batch.inputIds[1]).toEqual([...short, ...new Array<number>(6 - short.length).fill(0)]);
    expect(batch.attentionMask[1]).toEqual([
      ...short.map(() => 1),
      ...new Array<number>(6 - short.length).fill(0),
    ]);
    expect(batch.tokenTypeIds).toBeUndefined();
  });

  it('follows add_bos_token / add_eos_token of tokenizer_config.json over tokenizer.json', async () => {
    const eosToo = await AutoTokenizer.fromPretrained(join(TOKENIZER_FIXTURES, 'tinystories-656k'), {
      config: { add_bos_token: false, add_eos_token: true },
    });
    const body = tokenizer.encode('Once upon a time', { addSpecialTokens: false });
    expect(eosToo.encode('Once upon a time')).toEqual([...body, 2]);
  });

  it('refuses padding "max_length" without a length (model_max_length is unset)', () => {
    expect(() => tokenizer(['a'], { padding: 'max_length' })).toThrow(
      expect.objectContaining({ code: 'TOKENIZER_BAD_OPTION' }),
    );
  });
});

describe('BERT call options', () => {
  let bert: PreTrainedTokenizer;
  beforeAll(async () => {
    bert = await load('bert-base-uncased');
  });

  it('truncates pairs with only_first / only_second', () => {
    // [CLS] a b c d e f [SEP] one two three four [SEP]: 13 ids.
    const textPair = 'one two three four';
    const first = bert('a b c d e f', { textPair, maxLength: 8, truncation: 'only_first' });
    expect(first.inputIds).toEqual(bert.encode('a', { textPair }));
    const second = bert('a b c d e f', { textPair, maxLength: 10, truncation: 'only_second' });
    expect(second.inputIds).toEqual(bert.encode('a b c d e f', { textPair: 'one' }));
    expect(second.tokenTypeIds).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, 1]);
    // The second text cannot lose 5 tokens: like transformers, nothing is cut.
    const whole = bert('a b c d e f', { textPair, maxLength: 8, truncation: 'only_second' });
    expect(whole.inputIds).toHaveLength(13);
  });

  it('pads and truncates on the left when the sides say so', () => {
    bert.paddingSide = 'left';
    bert.truncationSide = 'left';
    try {
      const { inputIds, attentionMask } = bert(['a b c d e f', 'a'], {
        padding: true,
        truncation: true,
        maxLength: 5,
      });
      expect(inputIds).toEqual([
        [101, 1040, 1041, 1042, 102],
        [0, 0, 101, 1037, 102],
      ]);
      expect(attentionMask).toEqual([
        [1, 1, 1, 1, 1],
        [0, 0, 1, 1, 1],
      ]);
    } finally {
      bert.paddingSide = 'right';
      bert.truncationSide = 'right';
    }
  });

  it('truncates to model_max_length by default and rounds padding up to a multiple', () => {
    // This tokenizer_config.json has no model_max_length: BertTokenizer's is 512.
    expect(bert.modelMaxLength).toBe(512);
    expect(bert('a '.repeat(600), { truncation: true }).inputIds).toHaveLength(512);
    expect(bert('a '.repeat(600)).inputIds).toHaveLength(602);
    bert.modelMaxLength = 6;
    try {
      expect(bert('a b c d e f g', { truncation: true }).inputIds).toHaveLength(6);
    } finally {
      bert.modelMaxLength = 512;
    }
    expect(bert(['a', 'a b c'], { padding: true, padToMultipleOf: 4 }).inputIds.map((r) => r.length)).toEqual(
      [8, 8],
    );
  });

  it('returns int32 tensors of shape [batch, length]', () => {
    const { inputIds, attentionMask, tokenTypeIds } = bert(['hello world', 'hi'], {
      padding: true,
      returnTensors: 'tf',
    });
    expect(inputIds.shape).toEqual([2, 4]);
    expect(inputIds.dtype).toBe('int32');
    expect(inputIds.arraySync()).toEqual([
      [101, 7592, 2088, 102],
      [101, 7632, 102, 0],
    ]);
    expect(attentionMask.arraySync()).toEqual([
      [1, 1, 1, 1],
      [1, 1, 1, 0],
    ]);
    expect(tokenTypeIds!.shape).toEqual([2, 4]);
    expect(bert.batchDecode(inputIds, { skipSpecialTokens: true })).toEqual(['hello world', 'hi']);
    expect(bert('hi', { returnTensors: 'tf' }).inputIds.shape).toEqual([1, 3]);
    for (const t of [inputIds, attentionMask, tokenTypeIds!]) t.dispose();
  });

  it('refuses ragged tensors and mismatched pairs', () => {
    expect(() => bert(['a', 'a b'], { returnTensors: 'tf' })).toThrow(
      expect.objectContaining({ code: 'TOKENIZER_RAGGED_BATCH' }),
    );
    expect(() => bert(['a', 'b'], { textPair: ['c'] })).toThrow(
      expect.objectContaining({ code: 'TOKENIZER_BAD_INPUT' }),
    );
    expect(() => bert('a', { textPair: ['c'] })).toThrow(
      expect.objectContaining({ code: 'TOKENIZER_BAD_INPUT' }),
    );
  });

  it('cleans and lowercases as the slow BertTokenizer: unassigned code points dropped, Σ always σ', () => {
    expect(bert.tokenize('a\u0378b')).toEqual(['ab']);
    expect(bert.tokenize('ΟΔΟΣ ΣΑΣ')).toEqual(bert.tokenize('οδοσ σασ'));
  });

  it('can leave token type ids out or ask for them', () => {
    expect(bert('a', { returnTokenTypeIds: false }).tokenTypeIds).toBeUndefined();
    // Without special tokens transformers gives the whole pair type id 0.
    expect(bert('a', { textPair: 'b', addSpecialTokens: false })).toEqual({
      inputIds: [1037, 1038],
      attentionMask: [1, 1],
      tokenTypeIds: [0, 0],
    });
  });
});

describe('GPT-2 and RoBERTa', () => {
  it('GPT-2 has no pad token until one is set', async () => {
    const gpt2 = await load('gpt2');
    expect(() => gpt2(['a', 'a b'], { padding: true })).toThrow(
      expect.objectContaining({ code: 'TOKENIZER_NO_PAD_TOKEN' }),
    );
    expect(gpt2(['a', 'b'], { padding: true }).inputIds).toEqual([[64], [65]]); // nothing to pad
    gpt2.padToken = gpt2.specialTokens.eosToken;
    expect(gpt2(['a', 'a b'], { padding: true }).inputIds).toEqual([
      [64, 50256],
      [64, 275],
    ]);
    expect(gpt2(['a', 'b'], { returnTokenTypeIds: true, textPair: ['c', 'd'] }).tokenTypeIds).toEqual([
      [0, 1],
      [0, 1],
    ]);
  });

  it.each(['gpt2', 'roberta-base'])(
    '%s splits around U+0085 and U+FEFF as the Python and Rust tokenizers do',
    async (model) => {
      const tokenizer = await load(model);
      const piecewise = (...pieces: string[]) =>
        pieces.flatMap((piece) => tokenizer.encode(piece, { addSpecialTokens: false }));
      // Python's regex and Oniguruma: U+0085 is whitespace, U+FEFF is not (JavaScript: the reverse).
      expect(tokenizer.encode('a \u0085b', { addSpecialTokens: false })).toEqual(
        piecewise('a', ' ', '\u0085', 'b'),
      );
      expect(tokenizer.encode('a \ufeffb', { addSpecialTokens: false })).toEqual(
        piecewise('a', ' \ufeff', 'b'),
      );
    },
  );

  it.each(['gpt2', 'roberta-base'])(
    '%s decodes every fixture text back exactly (byte-level BPE is lossless)',
    async (model) => {
      const tokenizer = await load(model);
      // special_token_strings holds special tokens as text: they become single ids (RoBERTa's <mask>
      // also takes the space before it), so that text does not come back.
      for (const c of readExpected(model).cases.filter((c) => c.name !== 'special_token_strings')) {
        for (const text of [c.text, c.text_pair ?? '']) {
          const ids = tokenizer.encode(text, { addSpecialTokens: false });
          expect(tokenizer.decode(ids, { cleanUpTokenizationSpaces: false })).toBe(text);
          const withSpecials = tokenizer.encode(text);
          expect(
            tokenizer.decode(withSpecials, { skipSpecialTokens: true, cleanUpTokenizationSpaces: false }),
          ).toBe(text);
        }
      }
    },
  );

  it('T5 decodes its pieces back, up to SentencePiece whitespace normalisation', async () => {
    const t5 = await load('t5-small');
    const text = 'Translate English to German: The house is wonderful.';
    expect(t5.decode(t5.encode(text), { skipSpecialTokens: true })).toBe(text);
    expect(t5.decode(t5.encode(text))).toBe(`${text}</s>`);
    expect(t5.size).toBe(32100);
  });
});
