/**
 * Generation with every delta method attached: the cached run must give exactly the ids of the
 * uncached one (which reruns every position each step), for decoder-only and encoder-decoder
 * models, greedy and beam search, single prompts and left-padded batches.
 */
import { describe, expect, it } from 'vitest';
import '../deltas/methods.js';
import type { DeltaModel } from '../deltas/base/delta-model.js';
import type { MergeableDeltaModel } from '../deltas/base/mergeable.js';
import { registeredDeltaMethods } from '../deltas/registry.js';
import { tf } from '../runtime/tf.js';
import type { GenerationModel } from './generate.js';
import type { GenerateInputs } from './inputs.js';
import type { GenerateOptions } from './options.js';
import {
  caseInputs,
  GENERATION_MODELS,
  loadGenerationModel,
  readGenerateFixture,
  type GenerationArch,
} from './test-support/generate-fixture.js';

type Generator = Pick<GenerationModel, 'generate'>;

/** Method options that make each delta small and quick; the rest are the defaults. */
const METHOD_OPTIONS: Record<string, Record<string, unknown>> = {
  prefix: { prefixTokenNum: 3 },
  soft_prompt: { softTokenNum: 4, tokenInit: false },
  compacter: { reductionFactor: 4 },
};

/** Noise on every delta weight, so that a delta initialised to no effect (LoRA's B = 0) does act. */
function perturb(delta: DeltaModel): void {
  tf.tidy(() => {
    for (const parameter of delta.deltaParameters()) {
      if (parameter.dtype !== 'float32') continue;
      parameter.assign(tf.add(parameter, tf.randomNormal(parameter.shape, 0, 0.3, 'float32', 7)));
    }
  });
}

async function ids(model: Generator, inputs: GenerateInputs, options: GenerateOptions): Promise<number[][]> {
  return (await model.generate(inputs, options)).sequences;
}

/** Every step's scores, flattened. */
async function scores(model: Generator, inputs: GenerateInputs, options: GenerateOptions): Promise<number[]> {
  const out = await model.generate(inputs, { ...options, outputScores: true });
  return out.scores!.flatMap((step) => step.flatMap((row) => [...row]));
}

function maxDiff(a: number[], b: number[]): number {
  expect(a.length).toBe(b.length);
  return Math.max(
    ...a.map((v, i) => (Number.isFinite(v) || Number.isFinite(b[i]!) ? Math.abs(v - b[i]!) : 0)),
  );
}

describe.each(Object.keys(GENERATION_MODELS) as GenerationArch[])('generation with deltas on %s', (arch) => {
  const batch = readGenerateFixture(arch).cases.find((c) => c.name === 'greedy_sel_batch')!;
  const prompts = caseInputs(batch);

  it.each([...registeredDeltaMethods().keys()])(
    '%s: cached equals uncached (greedy and beam)',
    async (method) => {
      const model = await loadGenerationModel(arch);
      const plain = await scores(model, prompts, { maxNewTokens: 6 });
      const delta = registeredDeltaMethods()
        .get(method)!
        .create({ backboneModel: model, ...METHOD_OPTIONS[method] });
      perturb(delta);
      const before = tf.memory().numTensors;
      for (const options of [{ maxNewTokens: 6 }, { maxNewTokens: 6, numBeams: 3 }] as GenerateOptions[]) {
        const cached = await ids(model, prompts, options);
        expect(await ids(model, prompts, { ...options, useCache: false })).toEqual(cached);
      }
      // Same scores step by step, and the delta does act on them.
      const cachedScores = await scores(model, prompts, { maxNewTokens: 6 });
      expect(
        maxDiff(cachedScores, await scores(model, prompts, { maxNewTokens: 6, useCache: false })),
      ).toBeLessThan(1e-4);
      const common = Math.min(cachedScores.length, plain.length);
      expect(
        maxDiff(cachedScores.slice(0, common), plain.slice(0, common)),
        'the delta acts',
      ).toBeGreaterThan(1e-3);
      if ('merge' in delta) {
        const unmerged = await ids(model, prompts, { maxNewTokens: 6 });
        (delta as MergeableDeltaModel).merge();
        const merged = await ids(model, prompts, { maxNewTokens: 6 });
        expect(await ids(model, prompts, { maxNewTokens: 6, useCache: false })).toEqual(merged);
        expect(merged).toEqual(unmerged);
        (delta as MergeableDeltaModel).unmerge();
      }
      expect(tf.memory().numTensors).toBe(before);
      model.dispose();
    },
  );
});

describe('generation with a T5 prefix as PEFT places it', () => {
  it("t5PositionBias 'shared': cached equals uncached", async () => {
    const model = await loadGenerationModel('t5');
    const prompts = caseInputs(readGenerateFixture('t5').cases.find((c) => c.name === 'greedy_sel_batch')!);
    const delta = registeredDeltaMethods()
      .get('prefix')!
      .create({ backboneModel: model, prefixTokenNum: 3, t5PositionBias: 'shared' });
    perturb(delta);
    for (const options of [{ maxNewTokens: 6 }, { maxNewTokens: 6, numBeams: 3 }] as GenerateOptions[]) {
      const cached = await ids(model, prompts, options);
      expect(await ids(model, prompts, { ...options, useCache: false })).toEqual(cached);
    }
    const cachedScores = await scores(model, prompts, { maxNewTokens: 6 });
    expect(
      maxDiff(cachedScores, await scores(model, prompts, { maxNewTokens: 6, useCache: false })),
    ).toBeLessThan(1e-4);
    model.dispose();
  });
});
