import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseModelCard, validateDeltaConfig } from '@deltahub/core/checkpoint';
import { startTestHub, type TestHub } from '@deltahub/testing/hub';
import { HF_TINY } from '@deltahub/testing/fixtures';
import {
  AutoModelForSequenceClassification,
  Dataset,
  LoraModel,
  Trainer,
  accuracy,
  argmax,
  tf,
  type DataCollator,
} from '../index.js';

let hub: TestHub;
let token: string;
let out: string;

beforeAll(async () => {
  hub = await startTestHub();
  token = await hub.user('alice');
  out = await mkdtemp(join(tmpdir(), 'deltahub-trainer-push-'));
}, 60_000);

afterAll(async () => {
  await hub?.stop();
  await rm(out, { recursive: true, force: true });
});

// Rows of equal length need no tokenizer: a collator is any function from rows to tensors.
const collate: DataCollator = (rows) => ({
  inputIds: tf.tensor2d(
    rows.map((r) => r['inputIds'] as number[]),
    undefined,
    'int32',
  ),
  labels: tf.tensor1d(
    rows.map((r) => r['label'] as number),
    'int32',
  ),
});

describe('trainer.pushToHub', () => {
  it('pushes the delta with the evaluation in the model card (model-index) and the arguments in delta_config.json', async () => {
    const model = await AutoModelForSequenceClassification.fromPretrained(join(HF_TINY, 'bert'), {
      configOverrides: { num_labels: 2 },
      onWarning: () => undefined,
    });
    const delta = new LoraModel({ backboneModel: model, loraR: 4 });
    delta.freezeModule({ exclude: ['deltas', 'classifier'] });
    const data = Dataset.fromRows(
      Array.from({ length: 32 }, (_, i) => ({
        inputIds: [2, i % 2 ? 7 : 9, 10 + (i % 50), 3],
        label: i % 2,
      })),
    );
    const trainer = new Trainer({
      model,
      delta,
      args: {
        outputDir: join(out, 'run'),
        maxSteps: 4,
        learningRate: 1e-2,
        evalStrategy: 'steps',
        evalSteps: 4,
        disableTqdm: true,
      },
      trainDataset: data,
      evalDataset: data,
      dataCollator: collate,
      computeMetrics: ({ predictions, labelIds }) => ({
        accuracy: accuracy(predictions.map(argmax), labelIds as number[]),
      }),
    });
    await trainer.train();
    const pushed = await trainer.pushToHub('alice/bert-lora-trained', {
      hubUrl: hub.url,
      token,
      card: { task: 'text-classification', dataset: 'synthetic' },
    });
    expect(pushed.createdRepo).toBe(true);

    const file = async (path: string): Promise<string> => {
      const response = await fetch(`${hub.url}/alice/bert-lora-trained/resolve/main/${path}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(200);
      return response.text();
    };
    const config = validateDeltaConfig(JSON.parse(await file('delta_config.json')));
    const evaluated = trainer.state.logHistory.find((l) => 'eval_accuracy' in l)!;
    expect(config.training).toEqual({
      arguments: expect.objectContaining({
        maxSteps: 4,
        learningRate: 1e-2,
        lrSchedulerType: 'linear',
        seed: 42,
      }),
      globalStep: 4,
      metrics: { eval_loss: evaluated['eval_loss'], eval_accuracy: evaluated['eval_accuracy'] },
    });
    expect(config.training!.arguments).not.toHaveProperty('outputDir');
    const card = parseModelCard(await file('README.md'));
    expect(card.frontMatter['model-index']).toEqual([
      {
        name: 'bert-lora-trained',
        results: [
          {
            task: { type: 'text-classification' },
            dataset: { name: 'synthetic', type: 'synthetic' },
            metrics: [{ type: 'accuracy', value: evaluated['eval_accuracy'] }],
          },
        ],
      },
    ]);
    model.dispose();
  }, 120_000);
});
