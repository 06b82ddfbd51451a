import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AutoTokenizer } from './auto.js';
import type { ExpectedBatch } from './test-support/fixtures.js';
import {
  readExpected,
  slowFilesOnly,
  TOKENIZER_FIXTURES,
  TOKENIZER_MODELS,
} from './test-support/fixtures.js';
import type { PreTrainedTokenizer } from './tokenizer.js';

/**
 * Every case of `test-fixtures/tokenizers/<model>/expected.json` (transformers' slow tokenizers),
 * through `tokenizer.json` where the folder has one and through the slow vocabulary files
 * (`vocab.txt`, `vocab.json` + `merges.txt`, `spiece.model`) where it has those.
 */
const variants = TOKENIZER_MODELS.flatMap((model) => {
  const has = (file: string) => existsSync(join(TOKENIZER_FIXTURES, model, file));
  return [
    ...(has('tokenizer.json') ? [{ model, from: 'tokenizer.json' }] : []),
    ...(has('vocab.txt') || has('merges.txt') || has('spiece.model') ? [{ model, from: 'slow files' }] : []),
  ];
});

// The distilbert tokenizer_config.json was re-saved by transformers >= 4.34 with
// clean_up_tokenization_spaces false; the reference was made without it, with the 4.32 default (true).
const overrides: Record<string, Record<string, unknown>> = {
  'distilbert-base-uncased': { clean_up_tokenization_spaces: true },
};

describe.each(variants)('$model from $from', ({ model, from }) => {
  const expected = readExpected(model);
  let tokenizer: PreTrainedTokenizer;

  beforeAll(async () => {
    const source = from === 'tokenizer.json' ? join(TOKENIZER_FIXTURES, model) : await slowFilesOnly(model);
    tokenizer = await AutoTokenizer.fromPretrained(source, { config: overrides[model] });
  });

  it.each(expected.cases)('$name', (c) => {
    const encoded = tokenizer(c.text, { textPair: c.text_pair });
    expect(encoded.inputIds).toEqual(c.input_ids);
    expect(encoded.attentionMask).toEqual(c.attention_mask);
    expect(encoded.tokenTypeIds).toEqual(c.token_type_ids);
    expect(tokenizer.encode(c.text, { textPair: c.text_pair })).toEqual(c.input_ids);
    expect(c.input_ids.map((id) => tokenizer.idToToken(id))).toEqual(c.tokens);
    if (c.tokenize) expect(tokenizer.tokenize(c.text)).toEqual(c.tokenize);
    if (c.input_ids_no_special) {
      expect(tokenizer.encode(c.text, { addSpecialTokens: false })).toEqual(c.input_ids_no_special);
    }
    expect(tokenizer.decode(c.input_ids)).toBe(c.decode);
    expect(tokenizer.decode(c.input_ids, { skipSpecialTokens: true })).toBe(c.decode_skip_special_tokens);
  });

  it.each(expected.batch_cases)('batch $name', (b: ExpectedBatch) => {
    if (expected.batch_pad_note) tokenizer.padToken = tokenizer.specialTokens.eosToken;
    const { padding, truncation, max_length: maxLength } = b.kwargs;
    const encoded = tokenizer(b.texts, { textPair: b.text_pairs, padding, truncation, maxLength });
    expect(encoded.inputIds).toEqual(b.input_ids);
    expect(encoded.attentionMask).toEqual(b.attention_mask);
    expect(encoded.tokenTypeIds).toEqual(b.token_type_ids);
    expect(tokenizer.batchDecode(b.input_ids, { skipSpecialTokens: true })).toEqual(
      b.decode_skip_special_tokens,
    );
  });

  it('has the special tokens and ids of the reference', () => {
    for (const [name, [token, id]] of Object.entries(expected.special_tokens)) {
      if (name === 'pad_token' && expected.batch_pad_note) continue;
      expect(tokenizer.tokenToId(token), name).toBe(id);
      const field = name.replace(/_(\w)/g, (_, c: string) =>
        c.toUpperCase(),
      ) as keyof typeof tokenizer.specialTokens;
      expect(tokenizer.specialTokens[field], name).toBe(token);
    }
  });
});

/** Texts beyond the reference cases, for comparing the two loading paths. */
const MORE_TEXTS = [
  'ΟΔΟΣ naïve \u0085 \ufeff ﬁne straße İstanbul',
  'def f(x):\n\treturn x ** 2  # square',
  '<extra_id_0> [MASK] <mask> <|endoftext|> </s>',
  'ＡＢＣ１２３ ｶﾀｶﾅ ½ ² ™',
];

describe.each(
  variants
    .filter((v) => v.from === 'slow files')
    .map((v) => v.model)
    .filter((model) => existsSync(join(TOKENIZER_FIXTURES, model, 'tokenizer.json'))),
)('%s: slow files and tokenizer.json agree', (model) => {
  it('on every reference text and more', async () => {
    const fast = await AutoTokenizer.fromPretrained(join(TOKENIZER_FIXTURES, model));
    const slow = await AutoTokenizer.fromPretrained(await slowFilesOnly(model));
    const texts = [...readExpected(model).cases.flatMap((c) => [c.text, c.text_pair ?? '']), ...MORE_TEXTS];
    for (const text of texts) {
      const ids = fast.encode(text);
      expect(slow.encode(text), text).toEqual(ids);
      expect(slow.decode(ids), text).toBe(fast.decode(ids));
    }
  });
});
