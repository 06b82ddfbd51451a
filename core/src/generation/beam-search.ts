/**
 * Beam search bookkeeping as transformers 4.32 does it (`generation/beam_search.py`:
 * `BeamHypotheses`, `BeamSearchScorer.process` and `finalize`), in plain JavaScript so the token ids
 * match exactly: the same candidate order, the same length normalisation (a finished hypothesis is
 * scored `sum of log-probs / length ** lengthPenalty`, its length counting the prompt of decoder-only
 * models and the decoder start token of encoder-decoders, without the end token), the same stopping.
 */

/** A finished hypothesis: its tokens (without the end token) and length-normalised score. */
interface Hypothesis {
  readonly score: number;
  readonly tokens: number[];
}

/** The `numBeams` best finished hypotheses of one batch row (transformers' `BeamHypotheses`). */
export class BeamHypotheses {
  readonly beams: Hypothesis[] = [];
  #worstScore = 1e9;

  constructor(
    readonly numBeams: number,
    readonly lengthPenalty: number,
    readonly earlyStopping: boolean | 'never',
    /** The longest a sequence may grow (for `'never'`'s bound). */
    readonly maxLength: number,
  ) {}

  /** Adds a hypothesis if it beats the worst kept one (or fewer than `numBeams` are kept). */
  add(tokens: number[], sumLogProbs: number): void {
    const score = sumLogProbs / tokens.length ** this.lengthPenalty;
    if (this.beams.length < this.numBeams || score > this.#worstScore) {
      this.beams.push({ score, tokens });
      if (this.beams.length > this.numBeams) {
        const sorted = this.beams.map((b, index) => ({ score: b.score, index })).sort(byScoreThenIndex);
        this.beams.splice(sorted[0]!.index, 1);
        this.#worstScore = sorted[1]!.score;
      } else {
        this.#worstScore = Math.min(score, this.#worstScore);
      }
    }
  }

  /** Whether no running beam can still beat the kept hypotheses (transformers' `is_done`). */
  isDone(bestSumLogProbs: number, currentLength: number): boolean {
    if (this.beams.length < this.numBeams) return false;
    if (this.earlyStopping === true) return true;
    if (this.earlyStopping === false) {
      return this.#worstScore >= bestSumLogProbs / currentLength ** this.lengthPenalty;
    }
    // 'never': with a positive length penalty the best reachable score is at the longest length.
    const length = this.lengthPenalty > 0 ? this.maxLength : currentLength;
    return this.#worstScore >= bestSumLogProbs / length ** this.lengthPenalty;
  }

  /**
   * The `count` best hypotheses, best first: Python's stable `sorted` by score then `pop()`, so on
   * ties the one added last comes first.
   */
  best(count: number): Hypothesis[] {
    const sorted = this.beams.map((b, index) => ({ score: b.score, index })).sort(byScoreThenIndex);
    return sorted
      .slice(-count)
      .reverse()
      .map(({ index }) => this.beams[index]!);
  }
}

/** Python's `sorted` over `(score, index)` tuples. */
function byScoreThenIndex(a: { score: number; index: number }, b: { score: number; index: number }): number {
  return a.score - b.score || a.index - b.index;
}

/** One candidate continuation: a beam of the row, a token and the beam's new running score. */
export interface BeamCandidate {
  /** Beam index within the row (0..numBeams-1). */
  readonly beam: number;
  readonly token: number;
  readonly score: number;
}

/** What {@link BeamSearchScorer.process} decides for the next step, `batch × numBeams` entries. */
export interface BeamStep {
  /** Running scores of the next beams. */
  readonly scores: number[];
  /** Tokens the next beams append. */
  readonly tokens: number[];
  /** Flat index (`row * numBeams + beam`) of the beam each next beam continues. */
  readonly sources: number[];
}

/** Beam search over a batch of rows (transformers' `BeamSearchScorer`, one hypothesis kept per row). */
export class BeamSearchScorer {
  readonly #hypotheses: BeamHypotheses[];
  readonly #done: boolean[];

  constructor(
    readonly batchSize: number,
    readonly numBeams: number,
    lengthPenalty: number,
    earlyStopping: boolean | 'never',
    maxLength: number,
  ) {
    this.#hypotheses = Array.from(
      { length: batchSize },
      () => new BeamHypotheses(numBeams, lengthPenalty, earlyStopping, maxLength),
    );
    this.#done = new Array<boolean>(batchSize).fill(false);
  }

  /** Whether every row is finished. */
  get isDone(): boolean {
    return this.#done.every(Boolean);
  }

  /**
   * One step: `candidates[row]` are the row's best `2 × numBeams` continuations, best first. End
   * tokens among the top `numBeams` finish a hypothesis; the first `numBeams` others become the next
   * beams. `sequences` are the current beams' tokens (`batch × numBeams` rows).
   */
  process(
    sequences: readonly number[][],
    candidates: readonly BeamCandidate[][],
    eosTokenIds: readonly number[],
    padTokenId: number | undefined,
  ): BeamStep {
    const currentLength = sequences[0]!.length;
    const step: { scores: number[]; tokens: number[]; sources: number[] } = {
      scores: [],
      tokens: [],
      sources: [],
    };
    this.#hypotheses.forEach((hypotheses, row) => {
      if (this.#done[row]) {
        for (let b = 0; b < this.numBeams; b++) {
          step.scores.push(0);
          step.tokens.push(padTokenId ?? 0);
          step.sources.push(0);
        }
        return;
      }
      let kept = 0;
      for (const [rank, candidate] of candidates[row]!.entries()) {
        const source = row * this.numBeams + candidate.beam;
        if (eosTokenIds.includes(candidate.token)) {
          // An end token ranked below the top numBeams does not finish a hypothesis.
          if (rank >= this.numBeams) continue;
          hypotheses.add([...sequences[source]!], candidate.score);
        } else {
          step.scores.push(candidate.score);
          step.tokens.push(candidate.token);
          step.sources.push(source);
          kept++;
        }
        if (kept === this.numBeams) break;
      }
      const best = Math.max(...candidates[row]!.map((c) => c.score));
      this.#done[row] = this.#done[row]! || hypotheses.isDone(best, currentLength);
    });
    return step;
  }

  /**
   * The `keep` best sequences of each row (best first) and their scores. Unfinished rows add their
   * running beams as hypotheses first. Shorter sequences get an end token, then padding up to the
   * longest (at most `maxLength`), as transformers' `finalize` does.
   */
  finalize(
    sequences: readonly number[][],
    beamScores: readonly number[],
    maxLength: number,
    eosTokenIds: readonly number[],
    padTokenId: number | undefined,
    keep = 1,
  ): { sequences: number[][]; scores: number[] } {
    this.#hypotheses.forEach((hypotheses, row) => {
      if (this.#done[row]) return;
      for (let b = 0; b < this.numBeams; b++) {
        const index = row * this.numBeams + b;
        hypotheses.add([...sequences[index]!], beamScores[index]!);
      }
    });
    const best = this.#hypotheses.flatMap((h) => h.best(keep));
    const lengths = best.map((b) => b.tokens.length);
    const width = Math.min(Math.max(...lengths) + 1, maxLength);
    const filler = padTokenId ?? eosTokenIds[0] ?? 0;
    return {
      sequences: best.map(({ tokens }) => {
        const out = tokens.slice(0, width);
        if (out.length < width && eosTokenIds.length > 0) out.push(eosTokenIds[0]!);
        while (out.length < width) out.push(filler);
        return out;
      }),
      scores: best.map((b) => b.score),
    };
  }
}
