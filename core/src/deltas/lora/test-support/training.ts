/**
 * Shared by the LoRA/DoRA, IA3 and BitFit tests: trains a delta on a synthetic two-class task and
 * checks that only delta (and head) parameters moved.
 */
import { join } from 'node:path';
import { expect } from 'vitest';
import { BertForSequenceClassification } from '../../../models/bert/index.js';
import type { PreTrainedModel } from '../../../models/pretrained-model.js';
import { HF_TINY } from '../../../models/test-support/reference.js';
import type { Parameter } from '../../../nn/module.js';
import { tf } from '../../../runtime/tf.js';
import type { DeltaModel } from '../../base/delta-model.js';

/** 16 rows whose second token says the class (7 → 1, 9 → 0); every other token is noise. */
export function syntheticTask(): { inputIds: tf.Tensor2D; onehot: tf.Tensor2D } {
  const ids: number[][] = [];
  const labels: number[] = [];
  for (let i = 0; i < 16; i++) {
    const row = Array.from({ length: 7 }, (_, j) => 10 + ((i * 7 + j * 13) % 80));
    ids.push([2, i % 2 === 1 ? 7 : 9, ...row, 3]);
    labels.push(i % 2);
  }
  return {
    inputIds: tf.tensor2d(ids, undefined, 'int32'),
    onehot: tf.oneHot(tf.tensor1d(labels, 'int32'), 2) as tf.Tensor2D,
  };
}

/** The tiny BERT with a fresh classification head; `weightScale` multiplies its weight matrices. */
export async function tinyBertClassifier(weightScale = 1): Promise<PreTrainedModel> {
  const model = (await BertForSequenceClassification.fromPretrained(
    join(HF_TINY, 'bert'),
  )) as PreTrainedModel;
  if (weightScale !== 1) {
    for (const [name, p] of model.namedParameters()) {
      if (p.rank === 2 && !name.startsWith('classifier')) tf.tidy(() => p.assign(tf.mul(p, weightScale)));
    }
  }
  return model;
}

/**
 * Freezes all but the delta and the classifier, trains with Adam (dropout on) for at most `steps`,
 * and checks: the optimizer sees exactly those variables, frozen weights are bit-identical after
 * training, every delta parameter moved, and the eval loss is returned (dropout off, deterministic).
 */
export function trainSynthetic(
  model: PreTrainedModel,
  delta: DeltaModel,
  options: { learningRate: number; steps?: number },
): number {
  delta.freezeModule({ exclude: ['deltas', 'classifier'] });
  const deltaParams = new Set<Parameter>(delta.deltaParameters());
  const trainable = delta.trainableVariables();
  const classifier = [...model.namedParameters()]
    .filter(([n]) => n.startsWith('classifier.'))
    .map(([, p]) => p);
  expect(new Set(trainable)).toEqual(new Set([...deltaParams, ...classifier]));
  const frozen = [...model.namedParameters()].filter(([, p]) => !p.trainable);
  expect(frozen.length).toBeGreaterThan(0);
  const frozenBefore = frozen.map(([, p]) => p.dataSync().slice());
  const deltaBefore = [...deltaParams].map((p) => p.dataSync().slice());

  const { inputIds, onehot } = syntheticTask();
  const optimizer = tf.train.adam(options.learningRate);
  const lossOf = (): tf.Scalar =>
    tf.losses.softmaxCrossEntropy(onehot, model.forward({ inputIds }).logits!) as tf.Scalar;
  model.train();
  for (let step = 0; step < (options.steps ?? 60); step++) {
    const value = optimizer.minimize(lossOf, true, trainable)!;
    const loss = value.dataSync()[0]!;
    value.dispose();
    if (loss < 0.02) break;
  }
  model.eval();
  const evalLoss = tf.tidy(() => lossOf().dataSync()[0]!);
  frozen.forEach(([name, p], i) => {
    expect(Buffer.from(p.dataSync().buffer).equals(Buffer.from(frozenBefore[i]!.buffer)), name).toBe(true);
  });
  const unchanged = [...deltaParams].filter((p, i) => maxDiff(p.dataSync(), deltaBefore[i]!) === 0);
  expect(unchanged.length).toBe(0);
  // Dropout only in train mode: eval forwards are deterministic.
  const a = tf.tidy(() => model.forward({ inputIds }).logits!.dataSync());
  const b = tf.tidy(() => model.forward({ inputIds }).logits!.dataSync());
  expect(maxDiff(a, b)).toBe(0);
  tf.dispose([inputIds, onehot]);
  optimizer.dispose();
  return evalLoss;
}

/** Max |a − b| over two equally long arrays. */
export function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i]! - b[i]!));
  return max;
}
