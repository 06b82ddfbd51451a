import type { DeltaModel } from '../deltas/base/delta-model.js';
import { DeltahubError } from '../errors.js';
import type { ModelOutput } from '../models/inputs.js';
import type { PreTrainedModel } from '../models/pretrained-model.js';
import { tf } from '../runtime/tf.js';
import type { PreTrainedTokenizer } from '../tokenizers/tokenizer.js';

/** The tasks `pipeline()` builds, named as in transformers. */
export type PipelineTask =
  | 'text-classification'
  | 'token-classification'
  | 'fill-mask'
  | 'feature-extraction'
  | 'text-generation'
  | 'text2text-generation'
  | 'summarization';

/** What a pipeline runs: a model with the task's head, its tokenizer and, optionally, the delta on it. */
export interface PipelineParts {
  model: PreTrainedModel;
  tokenizer: PreTrainedTokenizer;
  /** The delta attached to `model`, when the pipeline was built with one (kept for `dispose`). */
  delta?: DeltaModel | undefined;
}

/** Options every task takes. */
export interface PipelineCallOptions {
  /** Texts per forward pass (default 8; 1 when the tokenizer has no padding token). */
  batchSize?: number;
}

/** A text of a batch with its model inputs (rows padded to the batch's longest). */
export interface EncodedBatch {
  inputIds: number[][];
  attentionMask: number[][];
  tokenTypeIds?: number[][];
}

/**
 * Base of the task pipelines, callable as in transformers.js: `await pipe(text | texts, options)`.
 * A subclass turns a batch of texts into one result per text (`predictBatch`); the base splits the
 * input into batches, checks it, and shapes the answer (one result for a string, an array for an
 * array of strings).
 */
export abstract class Pipeline<Options extends PipelineCallOptions, Result> {
  declare readonly model: PreTrainedModel;
  declare readonly tokenizer: PreTrainedTokenizer;
  declare readonly delta: DeltaModel | undefined;
  abstract readonly task: PipelineTask;

  constructor(parts: PipelineParts) {
    if (!parts?.model || !parts.tokenizer) {
      throw new DeltahubError('PIPELINE_OPTIONS_INVALID', 'A pipeline needs { model, tokenizer }.');
    }
    type Untyped = { run(input: unknown, options?: unknown): unknown };
    const callable = ((input: unknown, options?: unknown) =>
      (callable as unknown as Untyped).run(input, options)) as unknown as Pipeline<Options, Result>;
    Object.setPrototypeOf(callable, new.target.prototype);
    const self = callable as unknown as { -readonly [K in keyof PipelineParts]: PipelineParts[K] };
    self.model = parts.model;
    self.tokenizer = parts.tokenizer;
    self.delta = parts.delta;
    parts.model.eval();
    return callable;
  }

  /** Runs the task on one text (one result) or on an array of texts (one result each). */
  async run(input: string | string[], options: Options = {} as Options): Promise<Result | Result[]> {
    const texts = Array.isArray(input) ? input : [input];
    texts.forEach((text, i) => {
      if (typeof text !== 'string') {
        throw new DeltahubError(
          'PIPELINE_BAD_INPUT',
          `${this.task}: input ${Array.isArray(input) ? `[${i}] ` : ''}is not a string (got ${typeof text}).`,
        );
      }
    });
    const size = this.tokenizer.padTokenId === undefined ? 1 : Math.max(1, options.batchSize ?? 8);
    const results: Result[] = [];
    for (let start = 0; start < texts.length; start += size) {
      results.push(...(await this.predictBatch(texts.slice(start, start + size), options)));
    }
    return Array.isArray(input) ? this.shapeBatch(results, options) : results[0]!;
  }

  /** Frees the model's weights (and detaches the delta): the pipeline cannot run afterwards. */
  dispose(): void {
    this.delta?.detach();
    this.model.dispose();
  }

  /** One result per text of the batch (generation answers asynchronously). */
  protected abstract predictBatch(texts: string[], options: Options): Result[] | Promise<Result[]>;

  /** The answer for an array of texts (transformers flattens some of them). */
  protected shapeBatch(results: Result[], _options: Options): Result[] {
    return results;
  }

  /** Longest input the model takes: the tokenizer's limit within the model's positions. */
  protected get maxLength(): number {
    const { config } = this.model;
    const positions = (config.max_position_embeddings ?? config.n_positions) as number | undefined;
    // RoBERTa numbers positions after its padding index: two of them are never used by tokens.
    const usable =
      positions === undefined ? Infinity : config.model_type === 'roberta' ? positions - 2 : positions;
    return Math.min(this.tokenizer.modelMaxLength, usable);
  }

  /** Runs the model on a batch and hands `read` its outputs; every tensor is disposed after. */
  protected forward<T>(batch: EncodedBatch, read: (output: ModelOutput, batch: EncodedBatch) => T): T {
    const output = this.model.forward(batch);
    try {
      return read(output, batch);
    } finally {
      tf.dispose(Object.values(output) as tf.Tensor[]);
    }
  }

  /** Tokenizes a batch of texts, padded and truncated to what the model takes. */
  protected encode(texts: string[]): EncodedBatch {
    const maxLength = this.maxLength;
    return this.tokenizer(texts, {
      padding: texts.length > 1,
      truncation: Number.isFinite(maxLength),
      ...(Number.isFinite(maxLength) ? { maxLength } : {}),
    });
  }
}

/**
 * Per-position values of a `[batch, outLength, ...]` array for an input of `length` positions: a
 * soft prompt prepends positions of its own, which belong to no token.
 */
export function tokenPositions<T>(rows: T[], length: number): T[] {
  return rows.slice(rows.length - length);
}

/** Softmax of a row of scores. */
export function softmax(row: readonly number[]): number[] {
  const max = Math.max(...row);
  const exps = row.map((x) => Math.exp(x - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((x) => x / sum);
}

/** The label of class `index`: `id2label`'s, else transformers' default `LABEL_<index>`. */
export function labelOf(model: PreTrainedModel, index: number): string {
  return model.config.id2label?.[String(index)] ?? `LABEL_${index}`;
}
