import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tf } from '../runtime/tf.js';
import { AutoModel, AutoModelForTokenClassification } from './auto.js';
import { BertForTokenClassification } from './bert/index.js';
import { DistilBertForTokenClassification } from './distilbert/index.js';
import { RobertaForTokenClassification } from './roberta/index.js';
import { HF_TINY } from './test-support/reference.js';

const quiet = { onWarning: () => {} };
const inputIds = [
  [5, 17, 33, 47, 8, 61],
  [5, 64, 12, 77, 3, 3],
];
const attentionMask = [
  [1, 1, 1, 1, 1, 1],
  [1, 1, 1, 1, 0, 0],
];

describe.each([
  ['bert', BertForTokenClassification],
  ['roberta', RobertaForTokenClassification],
  ['distilbert', DistilBertForTokenClassification],
])('%s token classification head', (arch, headClass) => {
  it('loads the base checkpoint under the head and scores every position with classifier(hidden state)', async () => {
    const folder = join(HF_TINY, arch);
    const warnings: string[] = [];
    const model = await AutoModelForTokenClassification.fromPretrained(folder, {
      configOverrides: { id2label: { '0': 'O', '1': 'B-PER', '2': 'I-PER' } },
      onWarning: (w) => warnings.push(w),
    });
    expect(model).toBeInstanceOf(headClass);
    // Only the new head is missing: the base model's weights all found their prefixed names.
    expect(model.loadReport?.missingKeys.sort()).toEqual(['classifier.bias', 'classifier.weight']);
    expect(warnings.join('\n')).toContain('classifier.weight');
    const base = await AutoModel.fromPretrained(folder, quiet);
    const { logits, lastHiddenState } = model.forward({ inputIds, attentionMask });
    const baseHidden = base.forward({ inputIds, attentionMask }).lastHiddenState!;
    expect(logits!.shape).toEqual([2, 6, 3]);
    expect(tf.max(tf.abs(tf.sub(lastHiddenState!, baseHidden))).dataSync()[0]).toBe(0);
    const classifier = model.getSubmodule('classifier');
    const expected = classifier.forward(baseHidden) as tf.Tensor;
    expect(tf.max(tf.abs(tf.sub(logits!, expected))).dataSync()[0]).toBeLessThan(1e-6);
    model.dispose();
    base.dispose();
  });
});
