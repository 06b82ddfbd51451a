import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataCollatorWithPadding } from '../data/collators/classification.js';
import type { Dataset } from '../data/dataset.js';
import { loadTrainerCheckpoint } from './checkpoint.js';
import { EarlyStoppingCallback, type TrainerCallback } from './callbacks.js';
import { accuracy, argmax } from './metrics.js';
import {
  restoreTrainable,
  tinyLoraClassifier,
  tinyTokenizer,
  tokenizedReviews,
  trainableValues,
} from './test-support/setup.js';
import { Trainer, type EvalPrediction, type TrainerOptions } from './trainer.js';
import type { PreTrainedTokenizer } from '../tokenizers/tokenizer.js';
import type { PreTrainedModel } from '../models/pretrained-model.js';
import type { LoraModel } from '../deltas/lora/index.js';
import { tf } from '../runtime/tf.js';

let out: string;
let tokenizer: PreTrainedTokenizer;
let train: Dataset;
let test: Dataset;
let model: PreTrainedModel;
let delta: LoraModel;
let initial: Map<string, Float32Array>;

const computeMetrics = ({ predictions, labelIds }: EvalPrediction) => ({
  accuracy: accuracy(predictions.map(argmax), labelIds as number[]),
});

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'deltahub-trainer-'));
  tokenizer = await tinyTokenizer();
  ({ train, test } = await tokenizedReviews(tokenizer));
  ({ model, delta } = await tinyLoraClassifier());
  initial = trainableValues(model);
});

afterAll(async () => {
  model.dispose();
  await rm(out, { recursive: true, force: true });
});

function trainer(
  name: string,
  args: Partial<TrainerOptions['args']> = {},
  extra: Partial<TrainerOptions> = {},
): Trainer {
  restoreTrainable(model, initial);
  return new Trainer({
    model,
    delta,
    args: {
      outputDir: join(out, name),
      learningRate: 5e-3,
      perDeviceTrainBatchSize: 16,
      disableTqdm: true,
      ...args,
    },
    trainDataset: train,
    evalDataset: test,
    dataCollator: dataCollatorWithPadding(tokenizer),
    computeMetrics,
    ...extra,
  });
}

describe('Trainer', () => {
  it('trains a LoRA classifier from the CSV: loss falls, accuracy beats chance, JSON logs and checkpoints hold only the delta', async () => {
    const t = trainer('fit', {
      numTrainEpochs: 6,
      learningRate: 3e-2,
      loggingSteps: 5,
      evalStrategy: 'epoch',
      saveStrategy: 'epoch',
      warmupRatio: 0.1,
    });
    const before = await t.evaluate();
    const tensors = tf.memory().numTensors;
    const result = await t.train();
    expect(tf.memory().numTensors).toBe(tensors); // nothing leaks: batches, gradients, AdamW's state
    expect(result.globalStep).toBe(6 * 15);
    const after = await t.evaluate();
    console.log(`[trainer] eval before ${JSON.stringify(before)}, after ${JSON.stringify(after)}`);
    expect(after['eval_loss']).toBeLessThan(before['eval_loss']! * 0.6);
    expect(after['eval_accuracy']).toBeGreaterThan(0.85);

    const lines = (await readFile(join(out, 'fit', 'trainer_log.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.filter((l) => 'loss' in l).map((l) => l.step)).toEqual(
      Array.from({ length: 18 }, (_, i) => 5 * (i + 1)),
    );
    expect(lines.filter((l) => 'eval_loss' in l).map((l) => l.step)).toEqual([15, 30, 45, 60, 75, 90]);
    // Warmup is ceil(0.1 × 90) = 9 steps; step 5 ran with the factor of the 4 steps before it.
    expect(lines.find((l) => l.step === 5)!.learning_rate).toBeCloseTo((3e-2 * 4) / 9, 12);

    const checkpoint = await loadTrainerCheckpoint(join(out, 'fit', 'checkpoint-90'));
    const trainableNames = [...model.namedParameters()]
      .filter(([, p]) => p.trainable)
      .map(([n]) => n)
      .sort();
    expect([...checkpoint.weights.keys()].sort()).toEqual(trainableNames);
    expect(trainableNames.every((n) => n.includes('lora') || n.startsWith('classifier.'))).toBe(true);
    expect(checkpoint.optimizer.size).toBe(2 * trainableNames.length);
    expect(checkpoint.state.globalStep).toBe(90);
  });

  it('resumes bit for bit: a run stopped and resumed from an earlier checkpoint ends exactly like an uninterrupted one', async () => {
    const args = {
      maxSteps: 12,
      saveSteps: 4,
      loggingSteps: 2,
      gradientAccumulationSteps: 2,
      weightDecay: 0.01,
      lrSchedulerType: 'cosine' as const,
      warmupSteps: 2,
    };
    const whole = trainer('whole', args);
    await whole.train();
    const expected = trainableValues(model);
    const expectedLogs = whole.state.logHistory;

    const stopAt = (step: number): TrainerCallback => ({
      onStepEnd({ state, control }) {
        if (state.globalStep === step) control.shouldTrainingStop = true;
      },
    });
    const first = trainer('resumed', args, { callbacks: [stopAt(10)] });
    await first.train();
    expect(first.state.globalStep).toBe(10);
    // Scramble the weights, so only the checkpoint can bring them back.
    restoreTrainable(model, new Map([...initial].map(([n, v]) => [n, v.map((x) => x + 1)])));
    const second = new Trainer({
      model,
      delta,
      args: {
        outputDir: join(out, 'resumed'),
        learningRate: 5e-3,
        perDeviceTrainBatchSize: 16,
        disableTqdm: true,
        ...args,
      },
      trainDataset: train,
      dataCollator: dataCollatorWithPadding(tokenizer),
    });
    await second.train({ resumeFromCheckpoint: join(out, 'resumed', 'checkpoint-4') });
    expect(second.state.globalStep).toBe(12);
    const resumed = trainableValues(model);
    for (const [name, values] of expected) {
      expect(Buffer.from(resumed.get(name)!.buffer).equals(Buffer.from(values.buffer)), name).toBe(true);
    }
    expect(second.state.logHistory).toEqual(expectedLogs);
  });

  it('keeps the best checkpoint by a metric, reloads it at the end, and stops early', async () => {
    const t = trainer(
      'best',
      {
        numTrainEpochs: 20,
        learningRate: 3e-2,
        evalStrategy: 'steps',
        evalSteps: 5,
        saveStrategy: 'steps',
        saveSteps: 5,
        saveTotalLimit: 1,
        loadBestModelAtEnd: true,
        metricForBestModel: 'loss',
      },
      { callbacks: [new EarlyStoppingCallback({ earlyStoppingPatience: 2 })] },
    );
    await t.train();
    expect(t.state.globalStep).toBeLessThan(20 * 15);
    const evals = t.state.logHistory.filter((l) => 'eval_loss' in l);
    const best = evals.reduce((a, b) => (b['eval_loss']! < a['eval_loss']! ? b : a));
    expect(t.state.bestModelCheckpoint).toBe(join(out, 'best', `checkpoint-${best['step']}`));
    expect(t.state.bestMetric).toBe(best['eval_loss']);
    // The last two evaluations did not improve on the best: that is what stopped training.
    expect(evals.at(-1)!['step']).toBe(best['step']! + 10);
    // The best is kept besides the newest (saveTotalLimit 1 keeps it anyway).
    const left = (await readdir(join(out, 'best'))).filter((n) => n.startsWith('checkpoint-')).sort();
    expect(left).toEqual([`checkpoint-${best['step']}`, `checkpoint-${evals.at(-1)!['step']}`].sort());
    // The model ends with the best weights: evaluating again gives the best loss.
    expect((await t.evaluate())['eval_loss']).toBeCloseTo(best['eval_loss']!, 5);
  });
});
