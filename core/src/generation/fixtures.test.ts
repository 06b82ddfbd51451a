import { describe, expect, it } from 'vitest';
import { BartForConditionalGeneration } from '../models/bart/heads.js';
import { GPT2LMHeadModel } from '../models/gpt2/heads.js';
import { T5ForConditionalGeneration } from '../models/t5/heads.js';
import { tf } from '../runtime/tf.js';
import {
  caseInputs,
  caseOptions,
  generateFixtureFolder,
  readGenerateFixture,
  tensorRows,
} from './test-support/generate-fixture.js';

const MODELS = {
  gpt2: GPT2LMHeadModel,
  t5: T5ForConditionalGeneration,
  bart: BartForConditionalGeneration,
} as const;

describe.each(Object.keys(MODELS) as (keyof typeof MODELS)[])('generate matches transformers on %s', (arch) => {
  const fixture = readGenerateFixture(arch);

  it.each([true, false])('every greedy and beam case gives identical ids (useCache %s)', async (useCache) => {
    const model = await MODELS[arch].fromPretrained(generateFixtureFolder(arch), { onWarning: () => undefined });
    const before = tf.memory().numTensors;
    for (const c of fixture.cases) {
      const out = await model.generate(caseInputs(c), { ...caseOptions(c), useCache, outputScores: true });
      expect(out.sequences, c.name).toEqual(tensorRows(c.sequences));
      if (c.sequences_scores) {
        out.sequencesScores!.forEach((score, i) => expect(score, c.name).toBeCloseTo(c.sequences_scores!.data[i]!, 4));
      }
      c.scores_first_steps?.forEach((expected, step) => {
        const actual = out.scores![step]!.flatMap((row) => [...row]);
        const diff = Math.max(...actual.map((v, i) => Math.abs(v - expected.data[i]!)));
        expect(diff, `${c.name} step ${step}`).toBeLessThan(1e-4);
      });
    }
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });
});
