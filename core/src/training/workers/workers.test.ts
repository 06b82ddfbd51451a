import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataCollatorWithPadding } from '../../data/collators/classification.js';
import type { Dataset } from '../../data/dataset.js';
import { Linear } from '../../nn/linear.js';
import type { PreTrainedTokenizer } from '../../tokenizers/tokenizer.js';
import {
  restoreTrainable,
  tinyLoraClassifier,
  tinyTokenizer,
  tokenizedReviews,
  trainableValues,
} from '../test-support/setup.js';
import { Trainer } from '../trainer.js';

let out: string;
let tokenizer: PreTrainedTokenizer;
let train: Dataset;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'deltahub-workers-'));
  tokenizer = await tinyTokenizer();
  ({ train } = await tokenizedReviews(tokenizer));
});

afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

describe('Trainer with worker threads', () => {
  it('two workers, each with a replica, train as one thread does up to float rounding', async () => {
    const { model, delta } = await tinyLoraClassifier({ dropout: false });
    const initial = trainableValues(model);
    const run = async (workers: number) => {
      restoreTrainable(model, initial);
      const trainer = new Trainer({
        model,
        delta,
        args: {
          outputDir: join(out, `w${workers}`),
          workers,
          maxSteps: 6,
          perDeviceTrainBatchSize: 15, // odd shards: 8 and 7 rows
          gradientAccumulationSteps: 2,
          learningRate: 3e-2,
          loggingSteps: 1,
          saveStrategy: 'no',
          disableTqdm: true,
        },
        trainDataset: train,
        dataCollator: dataCollatorWithPadding(tokenizer),
      });
      await trainer.train();
      return { values: trainableValues(model), losses: trainer.state.logHistory.map((l) => l['loss']!) };
    };
    const one = await run(1);
    const two = await run(2);
    let worst = 0;
    for (const [name, values] of one.values) {
      const other = two.values.get(name)!;
      values.forEach((v, i) => (worst = Math.max(worst, Math.abs(v - other[i]!))));
      expect(
        other.some((v, i) => v !== initial.get(name)![i]),
        `${name} trained`,
      ).toBe(true);
    }
    console.log(`[workers] max |1 worker − 2 workers| over the trainable weights after 6 steps: ${worst}`);
    expect(worst).toBeLessThan(1e-4);
    two.losses.forEach((loss, i) => expect(loss).toBeCloseTo(one.losses[i]!, 5));
    model.dispose();
  }, 120_000);

  it('refuses a model no worker can rebuild', async () => {
    const { model } = await tinyLoraClassifier();
    const custom = new Linear(4, 2);
    const trainer = new Trainer({
      model: Object.assign(custom, { forward: () => model.forward({ inputIds: [[2, 3]] }) }) as never,
      args: { outputDir: join(out, 'custom'), workers: 2, disableTqdm: true },
      trainDataset: train,
      dataCollator: dataCollatorWithPadding(tokenizer),
    });
    await expect(trainer.train()).rejects.toMatchObject({
      code: 'TRAINER_BAD_ARGS',
      message: expect.stringMatching(/registered model class/),
    });
    model.dispose();
  });
});
