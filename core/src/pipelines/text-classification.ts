import { DeltahubError } from '../errors.js';
import { labelOf, Pipeline, softmax, type PipelineCallOptions } from './pipeline.js';

/** One label with its score. */
export interface TextClassificationOutput {
  label: string;
  score: number;
}

/** Options of a text-classification call, as transformers names them (camelCase). */
export interface TextClassificationOptions extends PipelineCallOptions {
  /**
   * How many labels to return, best first; `null` for all of them. Unset: the best label only, and
   * an array of texts gets one `{ label, score }` per text (transformers' shape); set: one list per text.
   */
  topK?: number | null;
  /**
   * What turns logits into scores: `softmax` (default), `sigmoid` (the default for one label or
   * `problem_type: 'multi_label_classification'`), or `none` (the raw logits).
   */
  functionToApply?: 'softmax' | 'sigmoid' | 'none';
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * transformers' `TextClassificationPipeline` on a sequence classification head: labels from the
 * config's `id2label`, scores from softmax (or sigmoid for one label / multi-label problems).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface TextClassificationPipeline {
  (text: string, options?: TextClassificationOptions): Promise<TextClassificationOutput[]>;
  (
    texts: string[],
    options?: TextClassificationOptions & { topK?: undefined },
  ): Promise<TextClassificationOutput[]>;
  (
    texts: string[],
    options: TextClassificationOptions & { topK: number | null },
  ): Promise<TextClassificationOutput[][]>;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class TextClassificationPipeline extends Pipeline<
  TextClassificationOptions,
  TextClassificationOutput[]
> {
  readonly task = 'text-classification' as const;

  protected predictBatch(texts: string[], options: TextClassificationOptions): TextClassificationOutput[][] {
    const { topK } = options;
    if (topK !== undefined && topK !== null && !(Number.isInteger(topK) && topK > 0)) {
      throw new DeltahubError(
        'PIPELINE_BAD_OPTION',
        `topK must be a positive integer or null (got ${topK}).`,
      );
    }
    const rows = this.forward(this.encode(texts), (output) => {
      if (!output.logits || output.logits.rank !== 2) {
        throw new DeltahubError(
          'PIPELINE_WRONG_MODEL',
          `text-classification needs a sequence classification head; ${this.model.constructor.name} gives no [batch, labels] logits.`,
        );
      }
      return output.logits.arraySync() as number[][];
    });
    const apply = options.functionToApply ?? this.defaultFunction(rows[0]?.length ?? 0);
    return rows.map((logits) => {
      const scores =
        apply === 'softmax' ? softmax(logits) : apply === 'sigmoid' ? logits.map(sigmoid) : logits;
      const ranked = scores
        .map((score, i) => ({ label: labelOf(this.model, i), score }))
        .sort((a, b) => b.score - a.score);
      return ranked.slice(0, topK === null ? ranked.length : (topK ?? 1));
    });
  }

  /** transformers flattens the default (best label only) answer for an array of texts. */
  protected override shapeBatch(
    results: TextClassificationOutput[][],
    options: TextClassificationOptions,
  ): TextClassificationOutput[][] {
    return options.topK === undefined
      ? (results.map((r) => r[0]!) as unknown as TextClassificationOutput[][])
      : results;
  }

  private defaultFunction(labels: number): 'softmax' | 'sigmoid' {
    return labels === 1 || this.model.config.problem_type === 'multi_label_classification'
      ? 'sigmoid'
      : 'softmax';
  }
}
