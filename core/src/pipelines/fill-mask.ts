import { DeltahubError } from '../errors.js';
import { Pipeline, softmax, tokenPositions, type PipelineCallOptions } from './pipeline.js';

/** One candidate for a masked position. */
export interface FillMaskOutput {
  /** Probability of the token at the mask. */
  score: number;
  /** Its id. */
  token: number;
  /** Its text (`decode([token])`). */
  tokenStr: string;
  /** The input with the mask replaced by the token, special tokens left out. */
  sequence: string;
}

/** For a text with one mask, its candidates; with several masks, one list per mask. */
export type FillMaskResult = FillMaskOutput[] | FillMaskOutput[][];

/** Options of a fill-mask call. */
export interface FillMaskOptions extends PipelineCallOptions {
  /** Candidates per mask, best first (default 5). */
  topK?: number;
  /** Only score these words (each must be one token of the vocabulary, with or without a leading space). */
  targets?: string[];
}

/**
 * transformers' `FillMaskPipeline` on a masked-LM head: the `topK` most likely tokens at each
 * mask token (`tokenizer.specialTokens.maskToken`) of the input.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface FillMaskPipeline {
  (text: string, options?: FillMaskOptions): Promise<FillMaskResult>;
  (texts: string[], options?: FillMaskOptions): Promise<FillMaskResult[]>;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class FillMaskPipeline extends Pipeline<FillMaskOptions, FillMaskResult> {
  readonly task = 'fill-mask' as const;

  protected predictBatch(texts: string[], options: FillMaskOptions): FillMaskResult[] {
    const maskId = this.tokenizer.tokenToId(this.tokenizer.specialTokens.maskToken);
    if (maskId === undefined) {
      throw new DeltahubError('PIPELINE_WRONG_MODEL', 'fill-mask needs a tokenizer with a mask token.');
    }
    const topK = options.topK ?? 5;
    if (!Number.isInteger(topK) || topK < 1) {
      throw new DeltahubError('PIPELINE_BAD_OPTION', `topK must be a positive integer (got ${topK}).`);
    }
    const targets = options.targets && this.targetIds(options.targets);
    const batch = this.encode(texts);
    batch.inputIds.forEach((ids, i) => {
      if (!ids.includes(maskId)) {
        throw new DeltahubError(
          'PIPELINE_NO_MASK',
          `fill-mask: input ${texts.length > 1 ? `${i} ` : ''}has no ${this.tokenizer.specialTokens.maskToken} token: '${texts[i]}'.`,
        );
      }
    });
    return this.forward(batch, (output) => {
      if (!output.logits || output.logits.rank !== 3) {
        throw new DeltahubError(
          'PIPELINE_WRONG_MODEL',
          `fill-mask needs a masked-LM head; ${this.model.constructor.name} gives no [batch, seq, vocab] logits.`,
        );
      }
      const logits = output.logits.arraySync() as number[][][];
      return batch.inputIds.map((ids, row) => {
        const positions = tokenPositions(logits[row]!, ids.length);
        const masks = ids.flatMap((id, p) => (id === maskId ? [p] : []));
        const perMask = masks.map((p) => {
          const probabilities = softmax(positions[p]!);
          const candidates = (targets ?? probabilities.map((_, id) => id))
            .map((id) => ({ id, score: probabilities[id]! }))
            .sort((a, b) => b.score - a.score)
            .slice(0, topK);
          return candidates.map(({ id, score }) => {
            const filled = ids.map((x, q) => (q === p ? id : x));
            return {
              score,
              token: id,
              tokenStr: this.tokenizer.decode([id]),
              sequence: this.tokenizer.decode(filled, { skipSpecialTokens: true }),
            };
          });
        });
        return perMask.length === 1 ? perMask[0]! : perMask;
      });
    });
  }

  /** The ids of `targets`, each as a word on its own (with the leading space byte-level vocabularies mark). */
  private targetIds(targets: string[]): number[] {
    return targets.map((target) => {
      const ids = this.tokenizer.encode(target, { addSpecialTokens: false });
      const spaced = this.tokenizer.encode(` ${target.trim()}`, { addSpecialTokens: false });
      const single = ids.length === 1 ? ids : spaced.length === 1 ? spaced : undefined;
      if (!single) {
        throw new DeltahubError(
          'PIPELINE_BAD_OPTION',
          `fill-mask target '${target}' is not a single token of the vocabulary (it is ${ids.length} tokens).`,
        );
      }
      return single[0]!;
    });
  }
}
