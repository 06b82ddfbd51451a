import type { PreTrainedModel } from 'deltahub';
import { logitsOf, type ToyBatch } from './toy-task.js';

/** Predictions in a form that compares bit for bit across processes. */
export interface Predictions {
  /** The float32 logits' bytes, base64. */
  logits: string;
  /** The predicted label per row. */
  labels: number[];
}

/** Marks the line of a child's stdout that carries its predictions as JSON. */
export const PREDICTIONS_MARKER = '@@PREDICTIONS@@';

/** The model's predictions on the batch. */
export function predictionsOf(model: PreTrainedModel, batch: ToyBatch): Predictions {
  const logits = logitsOf(model, batch);
  try {
    const values = logits.dataSync() as Float32Array;
    const labels = Array.from(logits.argMax(-1).dataSync());
    return {
      logits: Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64'),
      labels,
    };
  } finally {
    logits.dispose();
  }
}
