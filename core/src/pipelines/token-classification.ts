import { DeltahubError } from '../errors.js';
import type { EncodingWithOffsets } from '../tokenizers/tokenizer.js';
import { labelOf, Pipeline, softmax, tokenPositions, type PipelineCallOptions } from './pipeline.js';

/**
 * How tokens become entities, as transformers names the strategies:
 * - `none`: one entity per token;
 * - `simple`: adjacent tokens with the same tag (`B-X` then `I-X`...) grouped, scores averaged;
 * - `first` / `average` / `max`: tokens first merged into words (the first token's label, the
 *   averaged scores' label, or the most confident token's label), then grouped as `simple` does.
 */
export type AggregationStrategy = 'none' | 'simple' | 'first' | 'average' | 'max';

/** A token's prediction (`aggregationStrategy: 'none'`). */
export interface TokenEntity {
  entity: string;
  score: number;
  /** Position of the token in the model input (special tokens counted). */
  index: number;
  /** The token as the vocabulary writes it (`##ing`, `Ġworld`). */
  word: string;
  /** Its span in the input text (UTF-16 indices: `text.slice(start, end)`). */
  start: number;
  end: number;
}

/** A group of tokens with one entity type (every other strategy). */
export interface GroupedEntity {
  /** The tag without its `B-` / `I-` prefix. */
  entityGroup: string;
  score: number;
  /** The group's text as the tokenizer writes its tokens back. */
  word: string;
  start: number;
  end: number;
}

/** Options of a token-classification call. */
export interface TokenClassificationOptions extends PipelineCallOptions {
  /** Default `none`. */
  aggregationStrategy?: AggregationStrategy;
  /** Labels (or groups) left out of the answer; default `['O']`. */
  ignoreLabels?: string[];
}

/** A token before aggregation: its scores over the labels and whether it continues a word. */
interface PreEntity {
  id: number;
  word: string;
  scores: number[];
  start: number;
  end: number;
  index: number;
  isSubword: boolean;
}

/** One prediction before grouping: a token's, or a word's. */
interface Labelled {
  entity: string;
  score: number;
  ids: number[];
  start: number;
  end: number;
}

const argmax = (row: number[]) => row.reduce((best, x, i) => (x > row[best]! ? i : best), 0);

/** `B-PER` → ['B', 'PER']; a label without a prefix continues (`I`). */
function tagOf(label: string): ['B' | 'I', string] {
  if (label.startsWith('B-')) return ['B', label.slice(2)];
  if (label.startsWith('I-')) return ['I', label.slice(2)];
  return ['I', label];
}

/**
 * transformers' `TokenClassificationPipeline` (named-entity recognition) on a token classification
 * head: labels from `id2label`, character spans in the input, and its aggregation strategies.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface TokenClassificationPipeline {
  (
    text: string,
    options?: TokenClassificationOptions & { aggregationStrategy?: 'none' },
  ): Promise<TokenEntity[]>;
  (text: string, options: TokenClassificationOptions): Promise<GroupedEntity[]>;
  (
    texts: string[],
    options?: TokenClassificationOptions & { aggregationStrategy?: 'none' },
  ): Promise<TokenEntity[][]>;
  (texts: string[], options: TokenClassificationOptions): Promise<GroupedEntity[][]>;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class TokenClassificationPipeline extends Pipeline<
  TokenClassificationOptions,
  TokenEntity[] | GroupedEntity[]
> {
  readonly task = 'token-classification' as const;

  protected predictBatch(
    texts: string[],
    options: TokenClassificationOptions,
  ): (TokenEntity[] | GroupedEntity[])[] {
    const strategy = options.aggregationStrategy ?? 'none';
    if (!['none', 'simple', 'first', 'average', 'max'].includes(strategy)) {
      throw new DeltahubError(
        'PIPELINE_BAD_OPTION',
        `aggregationStrategy must be none, simple, first, average or max (got ${String(strategy)}).`,
      );
    }
    const ignore = new Set(options.ignoreLabels ?? ['O']);
    const maxLength = this.maxLength;
    const encodings = texts.map((text) =>
      this.tokenizer.encodeWithOffsets(text, Number.isFinite(maxLength) ? { maxLength } : {}),
    );
    const scores = this.forward(this.padded(encodings), (output) => {
      if (!output.logits || output.logits.rank !== 3) {
        throw new DeltahubError(
          'PIPELINE_WRONG_MODEL',
          `token-classification needs a token classification head; ${this.model.constructor.name} gives no [batch, seq, labels] logits.`,
        );
      }
      return output.logits.arraySync() as number[][][];
    });
    return encodings.map((encoding, row) => {
      const perToken = tokenPositions(scores[row]!, Math.max(...encodings.map((e) => e.ids.length)));
      const pre = this.preEntities(texts[row]!, encoding, perToken.map(softmax));
      if (strategy === 'none') {
        return pre
          .map((p): TokenEntity => {
            const best = argmax(p.scores);
            const { word, index, start, end } = p;
            return { entity: labelOf(this.model, best), score: p.scores[best]!, index, word, start, end };
          })
          .filter((e) => !ignore.has(e.entity));
      }
      const labelled =
        strategy === 'simple'
          ? pre.map((p) => this.labelTokens([p], 'first'))
          : this.words(pre).map((word) => this.labelTokens(word, strategy));
      return this.group(labelled).filter((g) => !ignore.has(g.entityGroup));
    });
  }

  /** Pads the encodings (on the tokenizer's side) into one batch. */
  private padded(encodings: EncodingWithOffsets[]) {
    const length = Math.max(...encodings.map((e) => e.ids.length));
    const padId = this.tokenizer.padTokenId ?? 0;
    const pad = (row: number[], value: number) => {
      const fill = new Array<number>(length - row.length).fill(value);
      return this.tokenizer.paddingSide === 'left' ? [...fill, ...row] : [...row, ...fill];
    };
    return {
      inputIds: encodings.map((e) => pad(e.ids, padId)),
      attentionMask: encodings.map((e) =>
        pad(
          e.ids.map(() => 1),
          0,
        ),
      ),
      ...(this.tokenizer.returnsTokenTypeIds
        ? {
            tokenTypeIds: encodings.map((e) =>
              pad(
                e.ids.map(() => 0),
                0,
              ),
            ),
          }
        : {}),
    };
  }

  /** The text's tokens (special tokens left out) with their scores, as transformers gathers them. */
  private preEntities(text: string, encoding: EncodingWithOffsets, scores: number[][]): PreEntity[] {
    const length = scores.length;
    const shift = this.tokenizer.paddingSide === 'left' ? length - encoding.ids.length : 0;
    const prefix = this.tokenizer.continuingSubwordPrefix;
    const unknown = this.tokenizer.tokenToId(this.tokenizer.specialTokens.unkToken);
    return encoding.ids.flatMap((id, index): PreEntity[] => {
      if (encoding.specialTokensMask[index]) return [];
      const [start, end] = encoding.offsets[index]!;
      const word = encoding.tokens[index]!;
      const isSubword =
        id === unknown ? false : prefix ? word.startsWith(prefix) : start > 0 && text[start - 1] !== ' ';
      return [{ id, word, scores: scores[index + shift]!, start, end, index, isSubword }];
    });
  }

  /** Tokens grouped into words: a subword joins the word before it. */
  private words(pre: PreEntity[]): PreEntity[][] {
    const words: PreEntity[][] = [];
    for (const token of pre) {
      if (token.isSubword && words.length) words[words.length - 1]!.push(token);
      else words.push([token]);
    }
    return words;
  }

  /** One label for tokens taken together (a word), by `strategy`. */
  private labelTokens(tokens: PreEntity[], strategy: 'first' | 'average' | 'max'): Labelled {
    let scores = tokens[0]!.scores;
    if (strategy === 'max') {
      scores = tokens.reduce((best, t) =>
        Math.max(...t.scores) > Math.max(...best.scores) ? t : best,
      ).scores;
    } else if (strategy === 'average') {
      scores = scores.map((_, k) => tokens.reduce((sum, t) => sum + t.scores[k]!, 0) / tokens.length);
    }
    const best = argmax(scores);
    return {
      entity: labelOf(this.model, best),
      score: scores[best]!,
      ids: tokens.map((t) => t.id),
      start: tokens[0]!.start,
      end: tokens[tokens.length - 1]!.end,
    };
  }

  /** Adjacent predictions of one tag merged (a `B-` starts a new group), scores averaged. */
  private group(labelled: Labelled[]): GroupedEntity[] {
    const groups: Labelled[][] = [];
    for (const item of labelled) {
      const last = groups[groups.length - 1];
      const [bi, tag] = tagOf(item.entity);
      if (last && bi !== 'B' && tagOf(last[last.length - 1]!.entity)[1] === tag) last.push(item);
      else groups.push([item]);
    }
    return groups.map((items) => ({
      entityGroup: tagOf(items[0]!.entity)[1],
      score: items.reduce((sum, i) => sum + i.score, 0) / items.length,
      word: this.tokenizer.decode(
        items.flatMap((i) => i.ids),
        { cleanUpTokenizationSpaces: false },
      ),
      start: items[0]!.start,
      end: items[items.length - 1]!.end,
    }));
  }
}
