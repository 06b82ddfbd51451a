import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AutoTokenizer } from './auto.js';
import { readExpected, TOKENIZER_FIXTURES, TOKENIZER_MODELS } from './test-support/fixtures.js';
import type { PreTrainedTokenizer } from './tokenizer.js';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'deltahub-tokenizer-save-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Saves `tokenizer` into a fresh folder and loads it back. */
async function roundTrip(tokenizer: PreTrainedTokenizer, name: string): Promise<PreTrainedTokenizer> {
  const dir = join(work, name);
  expect((await tokenizer.savePretrained(dir)).sort()).toEqual(['tokenizer.json', 'tokenizer_config.json']);
  expect((await readdir(dir)).sort()).toEqual(['tokenizer.json', 'tokenizer_config.json']);
  return AutoTokenizer.fromPretrained(dir);
}

describe.each([...TOKENIZER_MODELS, 'tinystories-656k'])('savePretrained of %s', (model) => {
  it('reloads to a tokenizer that encodes and decodes every reference case identically', async () => {
    const original = await AutoTokenizer.fromPretrained(join(TOKENIZER_FIXTURES, model));
    const reloaded = await roundTrip(original, model);
    expect(reloaded.tokenizerClass).toBe(original.tokenizerClass);
    expect(reloaded.specialTokens).toEqual(original.specialTokens);
    expect(reloaded.modelMaxLength).toBe(original.modelMaxLength);
    const { cases } = readExpected(model);
    for (const c of cases) {
      const options = c.text_pair === undefined ? {} : { textPair: c.text_pair };
      const ids = reloaded.encode(c.text, options);
      expect(ids).toEqual(original.encode(c.text, options));
      expect(reloaded.decode(ids, { skipSpecialTokens: true })).toBe(
        original.decode(ids, { skipSpecialTokens: true }),
      );
    }
    const texts = cases.slice(0, 4).map((c) => c.text);
    // GPT-2 has no padding token: its batch is compared unpadded.
    const options = { padding: original.padTokenId !== undefined, truncation: true, maxLength: 16 };
    expect(reloaded(texts, options)).toEqual(original(texts, options));
  });
});

describe('savePretrained keeps settings changed after loading', () => {
  it('a pad token assigned to GPT-2, the padding side and the length limit', async () => {
    const gpt2 = await AutoTokenizer.fromPretrained(join(TOKENIZER_FIXTURES, 'gpt2'));
    expect(gpt2.padTokenId).toBeUndefined();
    gpt2.padToken = gpt2.specialTokens.eosToken;
    gpt2.paddingSide = 'left';
    gpt2.modelMaxLength = 64;
    const reloaded = await roundTrip(gpt2, 'gpt2-padded');
    expect(reloaded.padTokenId).toBe(50256);
    expect(reloaded.paddingSide).toBe('left');
    expect(reloaded.modelMaxLength).toBe(64);
    const batch = reloaded(['Hello world, again', 'Hi'], { padding: true });
    expect(batch.inputIds[1]!.slice(0, 2)).toEqual([50256, 50256]);
    expect(batch).toEqual(gpt2(['Hello world, again', 'Hi'], { padding: true }));
  });

  it('a removed pad token stays removed (null overrides the class default)', async () => {
    const bert = await AutoTokenizer.fromPretrained(join(TOKENIZER_FIXTURES, 'bert-base-uncased'));
    bert.padToken = undefined;
    const reloaded = await roundTrip(bert, 'bert-no-pad');
    expect(reloaded.padTokenId).toBeUndefined();
    expect(JSON.parse(bert.toFiles()['tokenizer_config.json']!).pad_token).toBeNull();
  });
});
