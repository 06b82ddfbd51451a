import { TrainerError } from './errors.js';

/** How {@link precision}, {@link recall} and {@link f1} combine classes, as in scikit-learn. */
export type Averaging = 'binary' | 'macro' | 'micro' | 'weighted';

/** Options of the classification metrics. */
export interface ClassificationMetricOptions {
  /** 'binary' (default: the scores of `posLabel`), 'macro', 'micro' or 'weighted'. */
  average?: Averaging;
  /** The positive class for 'binary' (1). */
  posLabel?: number;
}

/** Share of `predictions` equal to `references` (0..1). */
export function accuracy(predictions: ArrayLike<number>, references: ArrayLike<number>): number {
  checkPaired(predictions, references);
  let correct = 0;
  for (let i = 0; i < predictions.length; i++) if (predictions[i] === references[i]) correct++;
  return correct / predictions.length;
}

/** Precision (scikit-learn's `precision_score`; 0 where nothing is predicted). */
export function precision(
  predictions: ArrayLike<number>,
  references: ArrayLike<number>,
  options: ClassificationMetricOptions = {},
): number {
  return averaged(predictions, references, options, ({ tp, fp }) => ratio(tp, tp + fp));
}

/** Recall (scikit-learn's `recall_score`; 0 for a class absent from the references). */
export function recall(
  predictions: ArrayLike<number>,
  references: ArrayLike<number>,
  options: ClassificationMetricOptions = {},
): number {
  return averaged(predictions, references, options, ({ tp, fn }) => ratio(tp, tp + fn));
}

/** F1 (scikit-learn's `f1_score`): the harmonic mean of precision and recall. */
export function f1(
  predictions: ArrayLike<number>,
  references: ArrayLike<number>,
  options: ClassificationMetricOptions = {},
): number {
  return averaged(predictions, references, options, ({ tp, fp, fn }) => ratio(2 * tp, 2 * tp + fp + fn));
}

/** Perplexity from a mean cross-entropy loss in nats: `exp(loss)`. */
export function perplexity(meanLoss: number): number {
  return Math.exp(meanLoss);
}

/**
 * Share of `predictions` equal to their reference text (0..1). With `normalize` (default) both are
 * compared as the SQuAD script does: lowercased, punctuation and the articles a/an/the removed,
 * whitespace collapsed.
 */
export function exactMatch(
  predictions: readonly string[],
  references: readonly string[],
  options: { normalize?: boolean } = {},
): number {
  checkPaired(predictions, references);
  const norm = options.normalize === false ? (s: string) => s : normalizeAnswer;
  let matches = 0;
  predictions.forEach((p, i) => {
    if (norm(p) === norm(references[i]!)) matches++;
  });
  return matches / predictions.length;
}

/** Index of the largest value (the predicted class of a row of logits). */
export function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}

function normalizeAnswer(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, '')
    .replace(/\b(a|an|the)\b/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  support: number;
}

function averaged(
  predictions: ArrayLike<number>,
  references: ArrayLike<number>,
  options: ClassificationMetricOptions,
  score: (c: Counts) => number,
): number {
  checkPaired(predictions, references);
  const counts = new Map<number, Counts>();
  const of = (label: number): Counts => {
    let c = counts.get(label);
    if (!c) counts.set(label, (c = { tp: 0, fp: 0, fn: 0, support: 0 }));
    return c;
  };
  for (let i = 0; i < predictions.length; i++) {
    const p = predictions[i]!;
    const r = references[i]!;
    of(r).support++;
    if (p === r) of(p).tp++;
    else {
      of(p).fp++;
      of(r).fn++;
    }
  }
  const average = options.average ?? 'binary';
  if (average === 'binary') return score(of(options.posLabel ?? 1));
  if (average === 'micro') {
    const total = { tp: 0, fp: 0, fn: 0, support: 0 };
    for (const c of counts.values()) {
      total.tp += c.tp;
      total.fp += c.fp;
      total.fn += c.fn;
    }
    return score(total);
  }
  const classes = [...counts.values()];
  if (average === 'macro') return classes.reduce((s, c) => s + score(c), 0) / classes.length;
  return classes.reduce((s, c) => s + score(c) * c.support, 0) / predictions.length;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

function checkPaired(predictions: ArrayLike<unknown>, references: ArrayLike<unknown>): void {
  if (predictions.length !== references.length || predictions.length === 0) {
    throw new TrainerError(
      'TRAINER_BAD_ARGS',
      `A metric needs as many predictions as references, at least one; got ${predictions.length} and ${references.length}.`,
    );
  }
}
