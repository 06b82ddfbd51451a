import { describe, expect, it } from 'vitest';
import { accuracy, argmax, exactMatch, f1, perplexity, precision, recall } from './metrics.js';

// Values checked against scikit-learn's accuracy_score / precision_score / recall_score / f1_score.
const predictions = [0, 1, 2, 2, 1, 0, 1, 2];
const references = [0, 2, 2, 2, 1, 1, 1, 0];

describe('metrics', () => {
  it('accuracy', () => {
    expect(accuracy(predictions, references)).toBe(5 / 8);
  });

  it('binary precision, recall and F1 of the positive label', () => {
    const p = [1, 1, 0, 0, 1];
    const r = [1, 0, 0, 1, 1];
    expect(precision(p, r)).toBeCloseTo(2 / 3, 12);
    expect(recall(p, r)).toBeCloseTo(2 / 3, 12);
    expect(f1(p, r)).toBeCloseTo(2 / 3, 12);
    expect(precision([0, 0], [1, 0])).toBe(0); // nothing predicted positive: 0, as scikit-learn's zero_division
  });

  it('macro, micro and weighted averages over three classes', () => {
    // Per class (precision, recall): 0 → (1/2, 1/2), 1 → (2/3, 2/3), 2 → (2/3, 2/3).
    expect(precision(predictions, references, { average: 'macro' })).toBeCloseTo(
      (1 / 2 + 2 / 3 + 2 / 3) / 3,
      12,
    );
    expect(recall(predictions, references, { average: 'macro' })).toBeCloseTo(
      (1 / 2 + 2 / 3 + 2 / 3) / 3,
      12,
    );
    expect(f1(predictions, references, { average: 'micro' })).toBeCloseTo(5 / 8, 12);
    // supports 2, 3, 3
    expect(f1(predictions, references, { average: 'weighted' })).toBeCloseTo(
      (2 * 0.5 + 3 * (2 / 3) + 3 * (2 / 3)) / 8,
      12,
    );
  });

  it('perplexity is exp of the mean loss; exact match normalizes as SQuAD does', () => {
    expect(perplexity(Math.log(20))).toBeCloseTo(20, 10);
    expect(
      exactMatch(['The Eiffel tower!', 'Paris', 'london'], ['eiffel Tower', 'Paris.', 'Berlin']),
    ).toBeCloseTo(2 / 3, 12);
    expect(exactMatch(['Paris.'], ['Paris'], { normalize: false })).toBe(0);
    expect(argmax([0.1, 3, -1, 3])).toBe(1);
  });

  it('refuses unpaired inputs', () => {
    expect(() => accuracy([1, 0], [1])).toThrow(expect.objectContaining({ code: 'TRAINER_BAD_ARGS' }));
  });
});
