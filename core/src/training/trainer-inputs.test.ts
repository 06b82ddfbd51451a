import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataCollatorWithPadding } from '../data/collators/classification.js';
import { Dataset } from '../data/dataset.js';
import type { LoraModel } from '../deltas/lora/index.js';
import type { PreTrainedModel } from '../models/pretrained-model.js';
import type { PreTrainedTokenizer } from '../tokenizers/tokenizer.js';
import { tinyLoraClassifier, tinyTokenizer, trainableValues } from './test-support/setup.js';
import { Trainer, type TrainerOptions } from './trainer.js';

let out: string;
let tokenizer: PreTrainedTokenizer;
let model: PreTrainedModel;
let delta: LoraModel;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'deltahub-trainer-inputs-'));
  tokenizer = await tinyTokenizer();
  ({ model, delta } = await tinyLoraClassifier());
});

afterAll(async () => {
  model.dispose();
  await rm(out, { recursive: true, force: true });
});

async function rows(texts: string[], labels: unknown[]): Promise<Dataset> {
  return Dataset.fromDict({ text: texts, label: labels }).map((b) => tokenizer(b['text'] as string[]), {
    batched: true,
    removeColumns: ['text'],
  });
}

function trainer(trainDataset: Dataset, args: Partial<TrainerOptions['args']> = {}): Trainer {
  return new Trainer({
    model,
    delta,
    args: { outputDir: join(out, 'run'), disableTqdm: true, ...args },
    trainDataset,
    dataCollator: dataCollatorWithPadding(tokenizer),
  });
}

/** Runs `train()` expecting an error with `code`, and checks no step ran and nothing was written. */
async function rejectsBeforeFirstStep(t: Trainer, code: string, message: RegExp): Promise<void> {
  const before = trainableValues(model);
  await expect(t.train()).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
  expect(t.state.globalStep).toBe(0);
  for (const [name, values] of trainableValues(model)) expect(values, name).toEqual(before.get(name));
  await expect(stat(join(out, 'run'))).rejects.toThrow();
}

describe('Trainer on bad input: a typed error before the first step', () => {
  it('a label outside the classifier’s outputs, naming the row', async () => {
    const bad = await rows(['the movie was great', 'the plot was dull', 'the cast was fun'], [1, 0, 2]);
    await rejectsBeforeFirstStep(
      trainer(bad, { perDeviceTrainBatchSize: 2 }),
      'TRAINER_LABEL_OUT_OF_RANGE',
      /row 2 has label 2.*2 outputs/,
    );
  });

  it('an empty dataset', async () => {
    const empty = Dataset.fromRows([]);
    await rejectsBeforeFirstStep(trainer(empty), 'TRAINER_EMPTY_DATASET', /no rows/);
  });

  it('a missing column (untokenized text)', async () => {
    const raw = Dataset.fromDict({ text: ['the movie was great'], label: [1] });
    await rejectsBeforeFirstStep(trainer(raw), 'DATASET_MISSING_COLUMN', /'inputIds'.*tokenize/);
  });

  it('no label column', async () => {
    const unlabeled = await Dataset.fromDict({ text: ['the movie was great'] }).map(
      (b) => tokenizer(b['text'] as string[]),
      { batched: true },
    );
    await rejectsBeforeFirstStep(trainer(unlabeled), 'TRAINER_BAD_ARGS', /'label'/);
  });

  it('bad arguments, named', async () => {
    const data = await rows(['the movie was great'], [1]);
    expect(() => trainer(data, { gradientAccumulationSteps: 0 })).toThrow(
      expect.objectContaining({
        code: 'TRAINER_BAD_ARGS',
        message: expect.stringMatching(/gradientAccumulationSteps/),
      }),
    );
    expect(() => trainer(data, { lrSchedulerType: 'polynomial' as never })).toThrow(/lrSchedulerType/);
    expect(() =>
      trainer(data, { loadBestModelAtEnd: true, evalStrategy: 'steps', saveStrategy: 'epoch' }),
    ).toThrow(/loadBestModelAtEnd/);
    await rejectsBeforeFirstStep(
      trainer(data, { evalStrategy: 'epoch' }),
      'TRAINER_EMPTY_DATASET',
      /evalDataset/,
    );
  });
});
