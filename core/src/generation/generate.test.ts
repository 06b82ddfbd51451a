/**
 * generate's options beyond the transformers fixtures: sampling with a seed, penalties, lengths, stop
 * strings, the streamer, the input forms, typed errors for bad options and inputs, no tensor leaks.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AutoModelForCausalLM } from '../models/auto.js';
import '../models/gpt2/index.js';
import { tf } from '../runtime/tf.js';
import { AutoTokenizer } from '../tokenizers/auto.js';
import { TOKENIZER_FIXTURES } from '../tokenizers/test-support/fixtures.js';
import type { PreTrainedTokenizer } from '../tokenizers/tokenizer.js';
import type { GenerateOptions } from './options.js';
import { applyRepetitionPenalty, banRepeatedNgrams } from './logits-process.js';
import { generateFixtureFolder, loadGenerationModel } from './test-support/generate-fixture.js';

const PROMPTS = {
  inputIds: [
    [98, 98, 3, 63, 74, 42, 97, 22],
    [98, 32, 56, 42, 76, 38, 51, 90],
  ],
  attentionMask: [
    [0, 1, 1, 1, 1, 1, 1, 1],
    [1, 1, 1, 1, 1, 1, 1, 1],
  ],
};

async function errorCode(run: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await run();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
}

/** GPT-2's real tokenizer: its first 94 ids are the printable ASCII characters from '!' on. */
const gpt2Tokenizer = (): Promise<PreTrainedTokenizer> =>
  AutoTokenizer.fromPretrained(join(TOKENIZER_FIXTURES, 'gpt2'));

describe('generate (GPT-2)', () => {
  it('sampling: a seed reproduces the tokens; topK 1 is greedy; nothing leaks', async () => {
    const model = await loadGenerationModel('gpt2');
    const before = tf.memory().numTensors;
    const sample = (options: GenerateOptions): Promise<number[][]> =>
      model.generate(PROMPTS, { maxNewTokens: 10, doSample: true, ...options }).then((o) => o.sequences);
    const hot = { temperature: 3, topK: 0 };
    const first = await sample({ ...hot, seed: 1 });
    expect(await sample({ ...hot, seed: 1 })).toEqual(first);
    expect(await sample({ ...hot, seed: 2 })).not.toEqual(first);
    expect(await sample({ ...hot, seed: 1, useCache: false })).toEqual(first);
    const greedy = (await model.generate(PROMPTS, { maxNewTokens: 10 })).sequences;
    expect(await sample({ topK: 1, seed: 3 })).toEqual(greedy);
    expect(await sample({ topP: 1e-6, seed: 4 }), 'top-p keeps only the best token').toEqual(greedy);
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });

  it('repetition penalty, no-repeat n-grams and minimum length change the tokens as transformers does', async () => {
    const model = await loadGenerationModel('gpt2');
    const prompt = [[98, 15, 33, 47, 8, 91, 3]]; // greedy repeats token 3 eight times
    const plain = (await model.generate(prompt, { maxNewTokens: 8 })).sequences[0]!.slice(7);
    expect(new Set(plain).size).toBe(1);
    const unique = (await model.generate(prompt, { maxNewTokens: 8, noRepeatNgramSize: 1 })).sequences[0]!;
    expect(new Set(unique).size, 'no token appears twice').toBe(unique.length);
    const penalised = (await model.generate(prompt, { maxNewTokens: 8, repetitionPenalty: 5 })).sequences[0]!;
    expect(penalised.slice(7)).not.toEqual(plain);
    // Greedy starts with 3: as eos it ends the row at once, unless minNewTokens forbids it.
    const early = await model.generate(prompt, { maxNewTokens: 4, eosTokenId: 3, padTokenId: 0 });
    expect(early.sequences[0]).toEqual([...prompt[0]!, 3]);
    const late = await model.generate(prompt, {
      maxNewTokens: 4,
      eosTokenId: 3,
      padTokenId: 0,
      minNewTokens: 2,
    });
    expect(late.sequences[0]!.slice(7, 9)).not.toContain(3);
    expect((await model.generate(prompt, { maxLength: 10 })).sequences[0]).toHaveLength(10);
    model.dispose();
  });

  it('numReturnSequences: the best beams in order, or independent samples', async () => {
    const model = await loadGenerationModel('gpt2');
    const one = await model.generate(PROMPTS, { maxNewTokens: 5, numBeams: 3 });
    const three = await model.generate(PROMPTS, { maxNewTokens: 5, numBeams: 3, numReturnSequences: 3 });
    expect(three.sequences).toHaveLength(6);
    expect([three.sequences[0], three.sequences[3]]).toEqual(one.sequences);
    expect(new Set(three.sequences.slice(0, 3).map((row) => row.join())).size).toBe(3);
    const scores = three.sequencesScores!;
    expect(scores[0]! >= scores[1]! && scores[1]! >= scores[2]!).toBe(true);
    const uncached = await model.generate(PROMPTS, {
      maxNewTokens: 5,
      numBeams: 3,
      numReturnSequences: 3,
      useCache: false,
    });
    expect(uncached.sequences).toEqual(three.sequences);
    const samples = await model.generate(PROMPTS, {
      maxNewTokens: 6,
      doSample: true,
      temperature: 3,
      numReturnSequences: 2,
      seed: 5,
    });
    expect(samples.sequences).toHaveLength(4);
    expect(samples.sequences.map((row) => row.slice(0, 8))).toEqual([
      PROMPTS.inputIds[0],
      PROMPTS.inputIds[0],
      PROMPTS.inputIds[1],
      PROMPTS.inputIds[1],
    ]);
    expect(samples.sequences[0]).not.toEqual(samples.sequences[1]);
    model.dispose();
  });

  it('a batch stops when every row has finished; finished rows get padding', async () => {
    const model = await loadGenerationModel('gpt2');
    // Row 0 generates 22 first, row 1 generates 90: with eos 22 row 0 stops at once.
    const out = await model.generate(PROMPTS, { maxNewTokens: 4, eosTokenId: 22, padTokenId: 0 });
    expect(out.sequences[0]!.slice(8)).toEqual([22, 0, 0, 0]);
    const both = await model.generate(PROMPTS, { maxNewTokens: 6, eosTokenId: [22, 90], padTokenId: 0 });
    expect(both.sequences.map((row) => row.length)).toEqual([9, 9]);
    model.dispose();
  });

  it('streams each step and stops at stop strings', async () => {
    const model = await loadGenerationModel('gpt2');
    const streamed: number[][] = [];
    const out = await model.generate(PROMPTS, {
      maxNewTokens: 5,
      streamer: async (tokens, step) => {
        expect(step).toBe(streamed.length);
        streamed.push(tokens);
        await Promise.resolve();
      },
    });
    expect(streamed.map((t) => t[1])).toEqual(out.sequences[1]!.slice(8));
    expect(streamed.map((t) => t[0])).toEqual(out.sequences[0]!.slice(8));
    // Row 1 generates 90, 90, ... ('{' for GPT-2's tokenizer): '{{' stops it after two tokens.
    const tokenizer = await gpt2Tokenizer();
    expect(tokenizer.decode([90, 90])).toBe('{{');
    const stopped = await model.generate([PROMPTS.inputIds[1]!], {
      maxNewTokens: 6,
      stopStrings: '{{',
      tokenizer,
    });
    expect(stopped.sequences[0]!.slice(8)).toEqual([90, 90]);
    // A tokenizer's output is a valid input (ids 0-93 are single characters, inside the tiny vocabulary).
    tokenizer.paddingSide = 'left';
    tokenizer.padToken = '!'; // id 0: GPT-2 has no padding token, and its eos is outside the tiny vocabulary
    const encoded = tokenizer(['A{', 'x~y}'], { padding: true });
    const fromText = await model.generate(encoded, { maxNewTokens: 2 });
    expect(encoded.attentionMask[0]).toEqual([0, 0, 1, 1]);
    expect(fromText.sequences.map((row) => row.slice(0, 4))).toEqual(encoded.inputIds);
    expect(fromText.sequences[0]).toHaveLength(6);
    model.dispose();
  });

  it('takes tensors, a tokenizer output, one prompt, and infers the mask from padding', async () => {
    const model = await loadGenerationModel('gpt2');
    const expected = (await model.generate(PROMPTS, { maxNewTokens: 3 })).sequences;
    const ids = tf.tensor2d(PROMPTS.inputIds, undefined, 'int32');
    const mask = tf.tensor2d(PROMPTS.attentionMask, undefined, 'int32');
    expect(
      (await model.generate({ inputIds: ids, attentionMask: mask }, { maxNewTokens: 3 })).sequences,
    ).toEqual(expected);
    expect((await model.generate(PROMPTS.inputIds[1]!, { maxNewTokens: 3 })).sequences).toEqual([
      expected[1],
    ]);
    // pad 0 is not eos (98): the leading 0 is taken for padding, as transformers infers.
    const padded = [[0, ...PROMPTS.inputIds[0]!.slice(1)], PROMPTS.inputIds[1]!];
    const inferred = await model.generate(padded, { maxNewTokens: 3, padTokenId: 0 });
    expect(inferred.sequences.map((row) => row.slice(8))).toEqual(expected.map((row) => row.slice(8)));
    tf.dispose([ids, mask]);
    model.dispose();
  });

  it("reads defaults from the folder's generation_config.json (AutoModelForCausalLM)", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'deltahub-generation-config-'));
    try {
      for (const file of ['config.json', 'model.safetensors']) {
        copyFileSync(join(generateFixtureFolder('gpt2'), file), join(folder, file));
      }
      writeFileSync(
        join(folder, 'generation_config.json'),
        JSON.stringify({ max_new_tokens: 3, eos_token_id: 22, pad_token_id: 0 }),
      );
      const model = await AutoModelForCausalLM.fromPretrained(folder, { onWarning: () => undefined });
      expect(model.generationConfig).toEqual({ max_new_tokens: 3, eos_token_id: 22, pad_token_id: 0 });
      const { sequences } = await model.generate(PROMPTS);
      expect(sequences[0]!.slice(8)).toEqual([22, 0, 0]); // row 0 starts with 22, now its end token
      expect(sequences[1]).toHaveLength(11);
      expect((await model.generate(PROMPTS, { maxNewTokens: 1, eosTokenId: 5 })).sequences[0]).toHaveLength(
        9,
      );
      model.dispose();
      writeFileSync(join(folder, 'generation_config.json'), '{ not json');
      expect(await errorCode(() => AutoModelForCausalLM.fromPretrained(folder))).toBe('CONFIG_INVALID');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('bad options and inputs are typed errors', async () => {
    const model = await loadGenerationModel('gpt2');
    const bad: Array<[GenerateOptions, string]> = [
      [{ numBeams: 0 }, 'GENERATE_BAD_OPTION'],
      [{ temperature: 0 }, 'GENERATE_BAD_OPTION'],
      [{ topP: 1.5 }, 'GENERATE_BAD_OPTION'],
      [{ maxNewTokens: 2.5 }, 'GENERATE_BAD_OPTION'],
      [{ doSample: true, numBeams: 2 }, 'GENERATE_BAD_OPTION'],
      [{ eosTokenId: 99 }, 'GENERATE_BAD_OPTION'],
      [{ stopStrings: 'x' }, 'GENERATE_BAD_OPTION'],
      [{ numBeams: 2, streamer: () => undefined }, 'GENERATE_BAD_OPTION'],
      [{ maxLength: 3 }, 'GENERATE_BAD_OPTION'],
      [{ earlyStopping: 'soon' as never }, 'GENERATE_BAD_OPTION'],
      [{ numReturnSequences: 2 }, 'GENERATE_BAD_OPTION'],
      [{ numBeams: 2, numReturnSequences: 3 }, 'GENERATE_BAD_OPTION'],
      [{ numBeam: 2 } as never, 'GENERATE_BAD_OPTION'],
    ];
    for (const [options, code] of bad) {
      expect(await errorCode(() => model.generate(PROMPTS, options)), JSON.stringify(options)).toBe(code);
    }
    const rightPadded = {
      inputIds: [
        [5, 6, 7],
        [5, 6, 0],
      ],
      attentionMask: [
        [1, 1, 1],
        [1, 1, 0],
      ],
    };
    expect(await errorCode(() => model.generate(rightPadded))).toBe('BAD_INPUT');
    expect(await errorCode(() => model.generate([[1, 2], [3]]))).toBe('BAD_INPUT');
    expect(await errorCode(() => model.generate([[1.5, 2]]))).toBe('BAD_INPUT');
    expect(await errorCode(() => model.generate({ inputIds: [[1, 2]], attentionMask: [[1]] }))).toBe(
      'BAD_INPUT',
    );
    model.dispose();
  });
});

describe('generate (encoder-decoders)', () => {
  it('beam search variants give the same ids with and without the cache', async () => {
    for (const arch of ['t5', 'bart'] as const) {
      const model = await loadGenerationModel(arch);
      const source = {
        inputIds: [
          [15, 33, 47, 8, 91, 3, 1],
          [64, 12, 77, 3, 1, 0, 0],
        ],
        attentionMask: [
          [1, 1, 1, 1, 1, 1, 1],
          [1, 1, 1, 1, 1, 0, 0],
        ],
      };
      for (const options of [
        { numBeams: 4, lengthPenalty: 2, earlyStopping: false },
        { numBeams: 2, lengthPenalty: -1, earlyStopping: 'never' as const },
        { numBeams: 3, repetitionPenalty: 1.5, noRepeatNgramSize: 2 },
      ]) {
        const cached = await model.generate(source, { maxNewTokens: 7, ...options });
        const uncached = await model.generate(source, { maxNewTokens: 7, ...options, useCache: false });
        expect(uncached.sequences, `${arch} ${JSON.stringify(options)}`).toEqual(cached.sequences);
        expect(cached.sequences.every((row) => row[0] === model.config['decoder_start_token_id'])).toBe(true);
      }
      const noStart = { ...model.config, decoder_start_token_id: undefined };
      const saved = model.config;
      (model as { config: unknown }).config = noStart;
      expect(await errorCode(() => model.generate(source))).toBe('GENERATE_BAD_OPTION');
      (model as { config: unknown }).config = saved;
      model.dispose();
    }
  });
});

describe('logits processors', () => {
  it('repetition penalty divides positive and multiplies negative scores, once per distinct token', () => {
    const scores = Float32Array.from([2, -2, 1]);
    applyRepetitionPenalty(scores, [0, 1, 1], 2);
    expect([...scores]).toEqual([1, -4, 1]);
  });

  it('no-repeat n-grams ban the token that would complete a seen n-gram', () => {
    const scores = new Float32Array(6);
    banRepeatedNgrams(scores, [1, 2, 3, 1, 2], 3);
    expect([...scores].map((s) => s === -Infinity)).toEqual([false, false, false, true, false, false]);
  });
});
