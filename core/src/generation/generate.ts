/**
 * `generate`: greedy decoding, sampling and beam search over any causal or seq2seq language model,
 * with transformers' semantics (its logits processors, its beam search, its outputs).
 */
import { DeltahubError } from '../errors.js';
import type { PreTrainedModel } from '../models/pretrained-model.js';
import { BeamSearchScorer, type BeamCandidate } from './beam-search.js';
import { readPrompts, type GenerateInputs } from './inputs.js';
import { argMax, logSoftmax, processScores, softmax, warpScores } from './logits-process.js';
import { resolveGenerationConfig, type GenerateOptions, type ResolvedGenerationConfig } from './options.js';
import { randomSeed, SeededRandom } from './random.js';
import { DecodingSession, type GenerationKind, type GenerativeModel } from './session.js';
import { StopStrings } from './stop-strings.js';

/** What `generate` returns (transformers' `return_dict_in_generate` output, as plain arrays). */
export interface GenerateOutput {
  /**
   * One row per input (`numReturnSequences` rows per input when asked): for decoder-only models the prompt as given (left padding included) followed
   * by the new tokens; for encoder-decoders the decoder start token followed by the new tokens.
   * Rows that finished early are filled with `padTokenId`.
   */
  sequences: number[][];
  /**
   * With `outputScores`: per step, the next-token scores of every row after the logits processors
   * (the logits for greedy decoding, the warped logits for sampling, the log-probabilities of every
   * beam for beam search).
   */
  scores?: Float32Array[][];
  /** Beam search: each returned sequence's length-normalised log-probability. */
  sequencesScores?: number[];
}

/** A model with `generate`: the causal and seq2seq language-model heads. */
export type GenerationModel = PreTrainedModel & {
  generate(inputs: GenerateInputs, options?: GenerateOptions): Promise<GenerateOutput>;
};

/**
 * Generates from `model` (`kind` says whether it is decoder-only or an encoder-decoder). The heads'
 * `generate` methods call this; see {@link GenerateOptions} for the options.
 */
export async function generate(
  model: GenerativeModel,
  kind: GenerationKind,
  inputs: GenerateInputs,
  options: GenerateOptions = {},
): Promise<GenerateOutput> {
  const prompts = await readPrompts(inputs);
  const vocabSize = typeof model.config['vocab_size'] === 'number' ? model.config['vocab_size'] : undefined;
  const promptLength = kind === 'causal' ? prompts.ids[0]!.length : 1;
  const config = resolveGenerationConfig(
    options,
    model.config,
    model.generationConfig,
    promptLength,
    vocabSize,
  );
  const mask = prompts.mask ?? inferMask(prompts.ids, config);
  let start: number[][];
  if (kind === 'causal') {
    if (mask.some((row) => row[row.length - 1] === 0)) {
      throw new DeltahubError(
        'BAD_INPUT',
        "Decoder-only prompts must be left-padded (the last position of a row is padding): set tokenizer.paddingSide = 'left'.",
      );
    }
    start = prompts.ids;
  } else {
    if (config.decoderStartTokenId === undefined) {
      throw new DeltahubError(
        'GENERATE_BAD_OPTION',
        'decoderStartTokenId is not set in the options nor in the model configuration.',
      );
    }
    start = prompts.ids.map(() => [config.decoderStartTokenId!]);
  }
  // Each input is repeated for its beams, or for its independent samples.
  const repeat = config.numBeams > 1 ? config.numBeams : config.numReturnSequences;
  const expand = <T>(rows: T[]): T[] => rows.flatMap((row) => Array.from({ length: repeat }, () => row));
  const session = new DecodingSession(
    model,
    kind,
    kind === 'seq2seq' ? { ids: expand(prompts.ids), mask: expand(mask) } : undefined,
    config.useCache,
  );
  try {
    const masks = kind === 'causal' ? expand(mask) : undefined;
    return config.numBeams > 1
      ? await beamSearch(session, expand(start), masks, prompts.ids.length, config)
      : await greedyOrSample(session, expand(start), masks, config);
  } finally {
    session.dispose();
  }
}

/**
 * transformers' default mask: padding wherever the pad token appears, unless the pad token is also an
 * end token (then nothing is treated as padding).
 */
function inferMask(ids: number[][], config: ResolvedGenerationConfig): number[][] {
  const pad = config.padTokenId;
  const padIsPadding =
    pad !== undefined && !config.eosTokenIds.includes(pad) && ids.some((r) => r.includes(pad));
  return ids.map((row) => row.map((id) => (padIsPadding && id === pad ? 0 : 1)));
}

/** Greedy decoding or multinomial sampling, one token per row and step. */
async function greedyOrSample(
  session: DecodingSession,
  start: number[][],
  masks: number[][] | undefined,
  config: ResolvedGenerationConfig,
): Promise<GenerateOutput> {
  const sequences = start.map((row) => [...row]);
  const rowMasks = masks?.map((row) => [...row]);
  const promptLength = sequences[0]!.length;
  const unfinished = sequences.map(() => true);
  const random = config.doSample ? new SeededRandom(config.seed ?? randomSeed()) : undefined;
  const stops =
    config.stopStrings.length > 0 ? new StopStrings(config.stopStrings, config.tokenizer!) : undefined;
  const scores: Float32Array[][] = [];
  for (let step = 0; step < config.maxNewTokens; step++) {
    const logits = await session.nextLogits(sequences, rowMasks);
    const tokens = logits.map((row, r) => {
      processScores(row, { ids: sequences[r]!, newTokens: step }, config);
      if (random) warpScores(row, config);
      const token = random ? random.choose(softmax(row)) : argMax(row);
      return unfinished[r] ? token : config.padTokenId!;
    });
    if (config.outputScores) scores.push(logits);
    tokens.forEach((token, r) => {
      sequences[r]!.push(token);
      rowMasks?.[r]!.push(1);
    });
    const streamer = config.streamer;
    if (typeof streamer === 'function') await streamer(tokens, step);
    else await streamer?.put(tokens, step);
    tokens.forEach((token, r) => {
      if (!unfinished[r]) return;
      if (config.eosTokenIds.includes(token) || stops?.matches(sequences[r]!.slice(promptLength))) {
        unfinished[r] = false;
      }
    });
    if (!unfinished.some(Boolean)) break;
  }
  if (config.streamer && typeof config.streamer !== 'function') await config.streamer.end?.();
  return config.outputScores ? { sequences, scores } : { sequences };
}

/** Beam search over `batch` rows of `numBeams` beams each (the sequences come expanded). */
async function beamSearch(
  session: DecodingSession,
  start: number[][],
  masks: number[][] | undefined,
  batch: number,
  config: ResolvedGenerationConfig,
): Promise<GenerateOutput> {
  const { numBeams } = config;
  let sequences = start.map((row) => [...row]);
  let rowMasks = masks?.map((row) => [...row]);
  const maxLength = sequences[0]!.length + config.maxNewTokens;
  // Every beam starts as the same prompt: only the first may be extended at the first step.
  let beamScores: number[] = sequences.map((_, i) => (i % numBeams === 0 ? 0 : -1e9));
  const scorer = new BeamSearchScorer(batch, numBeams, config.lengthPenalty, config.earlyStopping, maxLength);
  const scores: Float32Array[][] = [];
  for (let step = 0; step < config.maxNewTokens; step++) {
    const logits = await session.nextLogits(sequences, rowMasks);
    const processed = logits.map((row, i) => {
      const logProbs = logSoftmax(row);
      processScores(logProbs, { ids: sequences[i]!, newTokens: step }, config);
      return logProbs;
    });
    if (config.outputScores) scores.push(processed.map((row) => row.slice()));
    const candidates = Array.from({ length: batch }, (_, b) =>
      bestCandidates(
        processed.slice(b * numBeams, (b + 1) * numBeams),
        beamScores.slice(b * numBeams),
        2 * numBeams,
      ),
    );
    const next = scorer.process(sequences, candidates, config.eosTokenIds, config.padTokenId);
    sequences = next.sources.map((source, i) => [...sequences[source]!, next.tokens[i]!]);
    const previousMasks = rowMasks;
    rowMasks = previousMasks && next.sources.map((source) => [...previousMasks[source]!, 1]);
    beamScores = next.scores;
    session.reorder(next.sources);
    if (scorer.isDone) break;
  }
  const best = scorer.finalize(
    sequences,
    beamScores,
    maxLength,
    config.eosTokenIds,
    config.padTokenId,
    config.numReturnSequences,
  );
  const output: GenerateOutput = { sequences: best.sequences, sequencesScores: best.scores };
  if (config.outputScores) output.scores = scores;
  return output;
}

/**
 * The `count` best continuations of one row's beams: running score (float32, as PyTorch adds) plus
 * each token's log-probability, best first; ties keep the lower beam and token first.
 */
function bestCandidates(
  logProbs: Float32Array[],
  beamScores: readonly number[],
  count: number,
): BeamCandidate[] {
  const best: BeamCandidate[] = [];
  logProbs.forEach((row, beam) => {
    const base = beamScores[beam]!;
    for (let token = 0; token < row.length; token++) {
      const score = Math.fround(row[token]! + base);
      if (best.length === count && !(score > best[count - 1]!.score)) continue;
      let at = best.length;
      while (at > 0 && score > best[at - 1]!.score) at--;
      best.splice(at, 0, { beam, token, score });
      if (best.length > count) best.pop();
    }
  });
  return best;
}
