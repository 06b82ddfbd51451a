/**
 * The training check shared by the prefix and soft-prompt tests: a tfjs optimizer over
 * `trainableVariables()` changes delta parameters only (frozen tensors bit-identical) and learns a
 * two-class task whose class is said by one token.
 *
 * Backbone: the tiny BERT fixture with its non-norm weights ×10 (std ≈ 0.2) and dropout 0. With the
 * fixture's std-0.02 weights every attention is uniform to ~1e-3, and prompts and prefixes, which
 * only add inputs or keys/values to frozen attention, cannot route the class token's signal to the
 * pooled token: nothing (not even the unfrozen classifier) gets below chance in 60 steps. Sharper
 * (still random, still frozen) attention is what a pretrained model has. Dropout is off so the
 * 60-step budget is not spent on noise; that dropout acts only in train mode is checked separately.
 */
import { join } from 'node:path';
import { expect } from 'vitest';
import { BertForSequenceClassification } from '../../../models/bert/index.js';
import type { PreTrainedModel } from '../../../models/pretrained-model.js';
import { HF_TINY } from '../../../models/test-support/reference.js';
import type { Parameter } from '../../../nn/module.js';
import { tf } from '../../../runtime/tf.js';
import type { DeltaModel } from '../../base/delta-model.js';

/** Runs the check for the delta `make` builds; returns the final eval loss. */
export async function checkTrainsDeltaOnly<D extends DeltaModel>(
  label: string,
  make: (model: PreTrainedModel) => D,
  options: { learningRate: number; untrainable?: (delta: D) => Parameter[] } = { learningRate: 2e-2 },
): Promise<number> {
  const model = (await BertForSequenceClassification.fromPretrained(join(HF_TINY, 'bert'), {
    configOverrides: { hidden_dropout_prob: 0, attention_probs_dropout_prob: 0 },
    onWarning: () => undefined,
  })) as PreTrainedModel;
  for (const [name, p] of model.namedParameters()) {
    if (name.endsWith('weight') && !name.includes('LayerNorm')) p.assign(tf.tidy(() => tf.mul(p, 10)));
  }
  const delta = make(model);
  delta.freezeModule({ exclude: ['deltas', 'classifier'] });
  const deltaParams = delta.deltaParameters();
  const untrainable = new Set(options.untrainable?.(delta) ?? []);
  const classifier = [...model.namedParameters()]
    .filter(([n]) => n.startsWith('classifier.'))
    .map(([, p]) => p);
  const trainable = delta.trainableVariables();
  expect(new Set(trainable)).toEqual(
    new Set([...deltaParams.filter((p) => !untrainable.has(p)), ...classifier]),
  );
  const frozen = [...model.namedParameters()].filter(([, p]) => !p.trainable);
  const frozenBefore = frozen.map(([, p]) => p.dataSync().slice());
  const deltaBefore = deltaParams.map((p) => p.dataSync().slice());

  // The second token says the class (7 → 1, 9 → 0); every other token is noise.
  const ids: number[][] = [];
  const labels: number[] = [];
  for (let i = 0; i < 16; i++) {
    const row = Array.from({ length: 7 }, (_, j) => 10 + ((i * 7 + j * 13) % 80));
    ids.push([2, i % 2 === 1 ? 7 : 9, ...row, 3]);
    labels.push(i % 2);
  }
  const inputIds = tf.tensor2d(ids, undefined, 'int32');
  const onehot = tf.oneHot(tf.tensor1d(labels, 'int32'), 2);
  const optimizer = tf.train.adam(options.learningRate);
  const lossOf = (): tf.Scalar =>
    tf.losses.softmaxCrossEntropy(onehot, model.forward({ inputIds }).logits!) as tf.Scalar;
  model.train();
  let loss = Infinity;
  let steps = 0;
  for (; steps < 60 && loss > 0.02; steps++) {
    const value = optimizer.minimize(lossOf, true, trainable)!;
    loss = value.dataSync()[0]!;
    value.dispose();
  }
  model.eval();
  const evalLoss = tf.tidy(() => lossOf().dataSync()[0]!);
  console.log(
    `[${label}] synthetic task: ${steps} steps, train loss ${loss.toFixed(4)}, eval loss ${evalLoss.toFixed(4)} (chance ${Math.LN2.toFixed(4)})`,
  );
  expect(evalLoss).toBeLessThan(0.1);

  frozen.forEach(([name, p], i) => {
    expect(Buffer.from(p.dataSync().buffer).equals(Buffer.from(frozenBefore[i]!.buffer)), name).toBe(true);
  });
  const changed = deltaParams.filter((p, i) => p.dataSync().some((v, j) => v !== deltaBefore[i]![j]));
  expect(new Set(changed)).toEqual(new Set(deltaParams.filter((p) => !untrainable.has(p))));
  tf.dispose([inputIds, onehot]);
  optimizer.dispose();
  model.dispose();
  return evalLoss;
}

/** Dropout acts only in train mode: eval forwards are deterministic, train forwards are not. */
export async function checkDropoutOnlyInTraining(
  make: (model: PreTrainedModel) => DeltaModel,
): Promise<void> {
  const model = (await BertForSequenceClassification.fromPretrained(join(HF_TINY, 'bert'), {
    onWarning: () => undefined,
  })) as PreTrainedModel;
  make(model);
  const inputIds = [[2, 7, 11, 12, 13, 3]];
  const logits = (): Float32Array =>
    tf.tidy(() => model.forward({ inputIds }).logits!.dataSync() as Float32Array);
  model.eval();
  expect(Buffer.from(logits().buffer).equals(Buffer.from(logits().buffer))).toBe(true);
  model.train();
  const a = logits();
  const b = logits();
  expect(a.some((v, i) => v !== b[i])).toBe(true);
  model.dispose();
}
