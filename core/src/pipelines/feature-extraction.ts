import { DeltahubError } from '../errors.js';
import { Pipeline, tokenPositions, type PipelineCallOptions } from './pipeline.js';

/** Options of a feature-extraction call. */
export interface FeatureExtractionOptions extends PipelineCallOptions {
  /**
   * `none` (default): the last hidden state of every token, `[1][tokens][hidden]` per text as
   * transformers returns it; `mean` (over the text's tokens) or `cls` (the first token): one
   * `[hidden]` vector per text, as transformers.js offers for sentence embeddings.
   */
  pooling?: 'none' | 'mean' | 'cls';
  /** Scale pooled vectors to unit length (cosine similarity is then a dot product). */
  normalize?: boolean;
}

/**
 * transformers' `FeatureExtractionPipeline` on a base model: the last hidden states of each text's
 * tokens (padding left out), or one pooled vector per text.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface FeatureExtractionPipeline {
  (text: string, options?: FeatureExtractionOptions & { pooling?: 'none' }): Promise<number[][][]>;
  (text: string, options: FeatureExtractionOptions & { pooling: 'mean' | 'cls' }): Promise<number[]>;
  (texts: string[], options?: FeatureExtractionOptions & { pooling?: 'none' }): Promise<number[][][][]>;
  (texts: string[], options: FeatureExtractionOptions & { pooling: 'mean' | 'cls' }): Promise<number[][]>;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class FeatureExtractionPipeline extends Pipeline<FeatureExtractionOptions, number[][][] | number[]> {
  readonly task = 'feature-extraction' as const;

  protected predictBatch(texts: string[], options: FeatureExtractionOptions): (number[][][] | number[])[] {
    const pooling = options.pooling ?? 'none';
    if (!['none', 'mean', 'cls'].includes(pooling)) {
      throw new DeltahubError(
        'PIPELINE_BAD_OPTION',
        `pooling must be none, mean or cls (got ${String(pooling)}).`,
      );
    }
    const batch = this.encode(texts);
    const hidden = this.forward(batch, (output) => output.lastHiddenState.arraySync());
    return batch.attentionMask.map((mask, row) => {
      const positions = tokenPositions(hidden[row]!, mask.length);
      const tokens = positions.filter((_, p) => mask[p] === 1);
      if (pooling === 'none') return [tokens];
      let vector =
        pooling === 'cls'
          ? tokens[0]!
          : tokens[0]!.map((_, k) => tokens.reduce((sum, t) => sum + t[k]!, 0) / tokens.length);
      if (options.normalize) {
        const norm = Math.hypot(...vector);
        vector = vector.map((x) => x / (norm || 1));
      }
      return vector;
    });
  }
}
