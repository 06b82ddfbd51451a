/**
 * transformers' logits processors and warpers, on one row of next-token scores at a time (a
 * `Float32Array` over the vocabulary, edited in place), in transformers' order. `ids` is the row's
 * sequence so far: the prompt and generated tokens of a decoder-only model, the decoder tokens of an
 * encoder-decoder.
 */
import type { ResolvedGenerationConfig } from './options.js';

/** Where the row stands: its tokens and how many of them are generated. */
export interface RowState {
  readonly ids: readonly number[];
  readonly newTokens: number;
}

/**
 * The processors that apply to every decoding strategy (transformers' `_get_logits_processor`):
 * repetition penalty, no-repeat n-grams, minimum length, forced first and last tokens. `maxNewTokens`
 * tells when the forced last token applies.
 */
export function processScores(scores: Float32Array, row: RowState, config: ResolvedGenerationConfig): void {
  if (config.repetitionPenalty !== 1) applyRepetitionPenalty(scores, row.ids, config.repetitionPenalty);
  if (config.noRepeatNgramSize > 0) banRepeatedNgrams(scores, row.ids, config.noRepeatNgramSize);
  if (row.newTokens < config.minNewTokens) {
    for (const eos of config.eosTokenIds) scores[eos] = -Infinity;
  }
  if (config.forcedBosTokenId !== undefined && row.ids.length === 1)
    forceTokens(scores, [config.forcedBosTokenId]);
  if (config.forcedEosTokenIds.length > 0 && row.newTokens === config.maxNewTokens - 1) {
    forceTokens(scores, config.forcedEosTokenIds);
  }
}

/** transformers' `RepetitionPenaltyLogitsProcessor`: each distinct token present is penalised once. */
export function applyRepetitionPenalty(scores: Float32Array, ids: readonly number[], penalty: number): void {
  for (const id of new Set(ids)) {
    const score = scores[id]!;
    scores[id] = score < 0 ? score * penalty : score / penalty;
  }
}

/** transformers' `NoRepeatNGramLogitsProcessor`: tokens that would complete a seen n-gram get -inf. */
export function banRepeatedNgrams(scores: Float32Array, ids: readonly number[], n: number): void {
  if (ids.length + 1 < n) return;
  const prefix = ids.slice(ids.length - n + 1).join(',');
  for (let start = 0; start + n <= ids.length; start++) {
    if (ids.slice(start, start + n - 1).join(',') === prefix) scores[ids[start + n - 1]!] = -Infinity;
  }
}

/** Every token but `allowed` gets -inf, and the allowed ones 0 (transformers' forced BOS / EOS). */
function forceTokens(scores: Float32Array, allowed: readonly number[]): void {
  scores.fill(-Infinity);
  for (const id of allowed) scores[id] = 0;
}

/**
 * The sampling warpers in transformers' order: temperature, top-k, top-p (nucleus). Removed tokens
 * get -inf. `minTokensToKeep` is 1, as transformers uses without beams.
 */
export function warpScores(scores: Float32Array, config: ResolvedGenerationConfig): void {
  if (config.temperature !== 1) {
    for (let i = 0; i < scores.length; i++) scores[i] = scores[i]! / config.temperature;
  }
  if (config.topK > 0 && config.topK < scores.length) {
    const threshold = kthLargest(scores, config.topK);
    for (let i = 0; i < scores.length; i++) if (scores[i]! < threshold) scores[i] = -Infinity;
  }
  if (config.topP < 1) topPFilter(scores, config.topP);
}

/** The k-th largest value (ties count separately). */
function kthLargest(scores: Float32Array, k: number): number {
  return Float32Array.from(scores)
    .sort()
    .at(scores.length - k)!;
}

/**
 * transformers' `TopPLogitsWarper`: in ascending order of score, tokens whose cumulative probability
 * stays ≤ 1 - topP are removed; the most likely token always stays.
 */
function topPFilter(scores: Float32Array, topP: number): void {
  const order = Array.from(scores.keys()).sort((a, b) => scores[a]! - scores[b]!);
  const probs = softmax(scores);
  let cumulative = 0;
  for (let rank = 0; rank < order.length - 1; rank++) {
    const id = order[rank]!;
    cumulative += probs[id]!;
    if (cumulative <= 1 - topP) scores[id] = -Infinity;
    else break;
  }
}

/** Softmax in float64 (-inf scores get probability 0). */
export function softmax(scores: Float32Array): Float64Array {
  let max = -Infinity;
  for (const s of scores) if (s > max) max = s;
  const out = new Float64Array(scores.length);
  let sum = 0;
  for (let i = 0; i < scores.length; i++) {
    const e = Math.exp(scores[i]! - max);
    out[i] = e;
    sum += e;
  }
  for (let i = 0; i < out.length; i++) out[i] = out[i]! / sum;
  return out;
}

/** `log_softmax` rounded to float32, as PyTorch computes it on float32 logits. */
export function logSoftmax(scores: Float32Array): Float32Array {
  let max = -Infinity;
  for (const s of scores) if (s > max) max = s;
  let sum = 0;
  for (const s of scores) sum += Math.exp(s - max);
  const logSum = Math.log(sum);
  return scores.map((s) => Math.fround(s - max - logSum));
}

/** Index of the largest score (the first on ties, as `argmax` does). */
export function argMax(scores: Float32Array): number {
  let best = 0;
  for (let i = 1; i < scores.length; i++) if (scores[i]! > scores[best]!) best = i;
  return best;
}
