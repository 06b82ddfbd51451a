/**
 * A toy sequence-classification task for the walkthrough: label 1 when token {@link MARKER} occurs
 * in the sequence, else 0. Deterministic (a fixed-seed generator), so every run trains on the same
 * batch and the puller predicts on the same inputs.
 */
import { tf, type DeltaModel, type PreTrainedModel } from 'deltahub';

/** The token whose presence the classifier learns to detect. */
export const MARKER = 42;

/** A tokenised batch: `<s> … </s>` (ids 0 … 2), ids 3..98 in between, and labels. */
export interface ToyBatch {
  inputIds: number[][];
  attentionMask: number[][];
  labels: number[];
}

/** `size` sequences of `length` tokens, half of them containing the marker (fixed seed). */
export function toyBatch(size: number, length = 8, seed = 7): ToyBatch {
  let state = seed;
  // A tiny LCG: reproducible without a dependency.
  const next = (): number => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const batch: ToyBatch = { inputIds: [], attentionMask: [], labels: [] };
  for (let i = 0; i < size; i++) {
    const label = i % 2;
    const body: number[] = [];
    while (body.length < length - 2) {
      const id = 3 + Math.floor(next() * 96);
      if (id !== MARKER) body.push(id);
    }
    if (label) body[Math.floor(next() * body.length)] = MARKER;
    batch.inputIds.push([0, ...body, 2]);
    batch.attentionMask.push(new Array<number>(length).fill(1));
    batch.labels.push(label);
  }
  return batch;
}

/** Logits of the model on the batch's inputs, as a [batch, labels] tensor the caller disposes. */
export function logitsOf(model: PreTrainedModel, batch: ToyBatch): tf.Tensor2D {
  const out = model.forward({ inputIds: batch.inputIds, attentionMask: batch.attentionMask });
  return out.logits as tf.Tensor2D;
}

/**
 * Runs `steps` Adam steps on the delta's trainable variables over `batch` (cross-entropy over the
 * head's labels) and returns the loss before each step.
 */
export function train(
  delta: DeltaModel,
  model: PreTrainedModel,
  batch: ToyBatch,
  steps: number,
  learningRate = 0.01,
): number[] {
  const optimizer = tf.train.adam(learningRate);
  const losses: number[] = [];
  try {
    for (let step = 0; step < steps; step++) {
      const loss = optimizer.minimize(
        () => {
          const logits = logitsOf(model, batch);
          const targets = tf.oneHot(batch.labels, logits.shape[1]);
          return tf.losses.softmaxCrossEntropy(targets, logits) as tf.Scalar;
        },
        true,
        delta.trainableVariables(),
      );
      losses.push(loss!.dataSync()[0]!);
      loss!.dispose();
    }
  } finally {
    optimizer.dispose();
  }
  return losses;
}
