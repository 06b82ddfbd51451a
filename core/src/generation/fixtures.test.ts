import { describe, expect, it } from 'vitest';
import { tf } from '../runtime/tf.js';
import {
  caseInputs,
  caseOptions,
  GENERATION_MODELS,
  loadGenerationModel,
  type GenerationArch,
  readGenerateFixture,
  tensorRows,
} from './test-support/generate-fixture.js';

describe.each(Object.keys(GENERATION_MODELS) as GenerationArch[])(
  'generate matches transformers on %s',
  (arch) => {
    const fixture = readGenerateFixture(arch);

    it.each([true, false])(
      'every greedy and beam case gives identical ids (useCache %s)',
      async (useCache) => {
        const model = await loadGenerationModel(arch);
        const before = tf.memory().numTensors;
        for (const c of fixture.cases) {
          const out = await model.generate(caseInputs(c), {
            ...caseOptions(c),
            useCache,
            outputScores: true,
          });
          expect(out.sequences, c.name).toEqual(tensorRows(c.sequences));
          if (c.sequences_scores) {
            out.sequencesScores!.forEach((score, i) =>
              expect(score, c.name).toBeCloseTo(c.sequences_scores!.data[i]!, 4),
            );
          }
          c.scores_first_steps?.forEach((expected, step) => {
            const actual = out.scores![step]!.flatMap((row) => [...row]);
            const diff = Math.max(...actual.map((v, i) => Math.abs(v - expected.data[i]!)));
            expect(diff, `${c.name} step ${step}`).toBeLessThan(1e-4);
          });
        }
        expect(tf.memory().numTensors).toBe(before);
        model.dispose();
      },
    );
  },
);
