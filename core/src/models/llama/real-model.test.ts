import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../../runtime/backend.js';
import { tf } from '../../runtime/tf.js';
import { readSafetensorsHeader } from '../../safetensors/index.js';
import { AutoTokenizer } from '../../tokenizers/index.js';
import { AutoModelForCausalLM } from '../auto.js';
import { REAL_MODELS, maxAbsDiff, type JsonTensor } from '../test-support/reference.js';
import { LlamaForCausalLM } from './index.js';

/** TinyStories-656K: a real Llama-architecture model (GQA, tied embeddings) stored in BF16. */
const folder = join(REAL_MODELS, 'tinystories-656k');
const reference = JSON.parse(readFileSync(join(folder, 'reference.json'), 'utf8')) as {
  cases: Array<{
    text: string;
    input_ids: number[];
    logits: JsonTensor;
    greedy_max_new_tokens?: number;
    sequences?: number[];
  }>;
};

describe.each(['wasm', 'cpu'] as const)('TinyStories-656K (real BF16 Llama) on %s', (backend) => {
  beforeAll(async () => {
    await selectBackend(backend);
  });

  it('loads through AutoModelForCausalLM and AutoTokenizer and matches transformers’ logits', async () => {
    const header = await readSafetensorsHeader(join(folder, 'model.safetensors'));
    expect(new Set([...header.tensors.values()].map((entry) => entry.dtype))).toEqual(new Set(['BF16']));
    const model = await AutoModelForCausalLM.fromPretrained(folder);
    expect(model).toBeInstanceOf(LlamaForCausalLM);
    expect(model.loadReport).toMatchObject({ missingKeys: [], unexpectedKeys: [] });
    const lm = model as LlamaForCausalLM;
    expect(lm.lmHead.weight).toBe(lm.model.embedTokens.weight);
    const tokenizer = await AutoTokenizer.fromPretrained(folder);
    for (const { text, input_ids: ids, logits } of reference.cases) {
      expect(tokenizer.encode(text)).toEqual(ids);
      const diff = tf.tidy(() => maxAbsDiff(model.forward({ inputIds: [ids] }).logits!, logits));
      console.log(`[${backend}] TinyStories-656K '${text}' logits max abs diff ${diff.toExponential(2)}`);
      expect(diff).toBeLessThan(1e-4);
    }
    model.dispose();
  });

  it('continues each prompt greedily with exactly transformers’ ids (key/value cache), and decodes them', async () => {
    const model = (await AutoModelForCausalLM.fromPretrained(folder)) as LlamaForCausalLM;
    const tokenizer = await AutoTokenizer.fromPretrained(folder);
    const cases = reference.cases.filter((c) => c.sequences && c.greedy_max_new_tokens);
    expect(cases.length).toBeGreaterThan(0);
    for (const { input_ids: ids, greedy_max_new_tokens: maxNewTokens, sequences } of cases) {
      const { sequences: out } = await model.generate([ids], {
        maxNewTokens: maxNewTokens!,
        eosTokenId: 2,
        padTokenId: 0,
      });
      const generated = out[0]!;
      expect(generated).toEqual(sequences);
      expect(tokenizer.decode(generated, { skipSpecialTokens: true })).toMatch(/^Once upon a time, /);
    }
    model.dispose();
  });
});
