/**
 * The text task of the walkthrough: film reviews labelled positive or negative
 * (`walkthrough/data/reviews.csv`), tokenized with the backbone's tokenizer, a training loop over
 * the delta's trainable variables, and accuracy.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tf, type DeltaModel, type PreTrainedModel, type PreTrainedTokenizer } from 'deltahub';

/** The labels, by class index (the backbone's `id2label`). */
export const LABELS = ['negative', 'positive'] as const;

/** One labelled review. */
export interface Review {
  text: string;
  /** Index into {@link LABELS}. */
  label: number;
}

/** Sentences of no row of the data set, classified at the end by whoever pulls the delta. */
export const NEW_SENTENCES = [
  'An absolutely wonderful film with a gripping story.',
  'The plot was tedious and the acting painfully bland.',
  'What a charming, funny little movie!',
  'I found the ending dull and the dialogue clumsy.',
];

/** Rows held out for evaluation: the last ones of the file. */
const EVALUATION_ROWS = 64;

/** One CSV field list of a line: commas, and double quotes around fields that hold them. */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  for (const match of line.matchAll(/("((?:[^"]|"")*)"|[^,]*)(,|$)/g)) {
    fields.push(match[2] !== undefined ? match[2].replace(/""/g, '"') : match[1]!);
    if (match[3] === '') break;
  }
  return fields;
}

/** `reviews.csv`: the training rows and the held-out evaluation rows. */
export function readReviews(): { train: Review[]; evaluation: Review[] } {
  const path = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'reviews.csv');
  const [header, ...lines] = readFileSync(path, 'utf8').trim().split('\n');
  if (header !== 'text,label') throw new Error(`${path}: unexpected header '${header}'`);
  const rows = lines.map((line, i) => {
    const [text, label] = csvFields(line);
    const index = LABELS.indexOf(label as (typeof LABELS)[number]);
    if (!text || index < 0) throw new Error(`${path}:${i + 2}: not a 'text,label' row: ${line}`);
    return { text, label: index };
  });
  return { train: rows.slice(0, -EVALUATION_ROWS), evaluation: rows.slice(-EVALUATION_ROWS) };
}

/** The share of `rows` the model labels right (in eval mode). */
export function accuracy(model: PreTrainedModel, tokenizer: PreTrainedTokenizer, rows: Review[]): number {
  model.eval();
  const predicted = tf.tidy(() => {
    const batch = tokenizer(
      rows.map((r) => r.text),
      { padding: true, truncation: true, returnTensors: 'tf' },
    );
    return Array.from(model.forward(batch).logits!.argMax(-1).dataSync());
  });
  return rows.filter((row, i) => predicted[i] === row.label).length / rows.length;
}

/** How the delta trains: epochs over the rows in batches, Adam at one learning rate. */
export interface TextTraining {
  epochs: number;
  batchSize: number;
  learningRate: number;
}

/**
 * Trains the delta's trainable variables on `rows` (cross-entropy, the rows in file order) and
 * returns the mean loss of each epoch.
 */
export function trainOnReviews(
  delta: DeltaModel,
  model: PreTrainedModel,
  tokenizer: PreTrainedTokenizer,
  rows: Review[],
  { epochs, batchSize, learningRate }: TextTraining,
): number[] {
  const optimizer = tf.train.adam(learningRate);
  const losses: number[] = [];
  model.train();
  try {
    for (let epoch = 0; epoch < epochs; epoch++) {
      let sum = 0;
      let steps = 0;
      for (let start = 0; start < rows.length; start += batchSize) {
        const batch = rows.slice(start, start + batchSize);
        const inputs = tokenizer(
          batch.map((r) => r.text),
          { padding: true, truncation: true, returnTensors: 'tf' },
        );
        const loss = optimizer.minimize(
          () => {
            const logits = model.forward(inputs).logits!;
            return tf.losses.softmaxCrossEntropy(
              tf.oneHot(
                batch.map((r) => r.label),
                LABELS.length,
              ),
              logits,
            ) as tf.Scalar;
          },
          true,
          delta.trainableVariables(),
        );
        sum += loss!.dataSync()[0]!;
        steps++;
        tf.dispose([loss!, ...Object.values(inputs)]);
      }
      losses.push(sum / steps);
    }
  } finally {
    optimizer.dispose();
    model.eval();
  }
  return losses;
}
