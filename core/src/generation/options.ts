/**
 * What `generate` accepts, transformers' `GenerationConfig` fields in camelCase, and how they are
 * resolved: the call's options over the model's `generation_config.json` over its `config.json`
 * over transformers' defaults. Bad values are `GENERATE_BAD_OPTION` errors naming the option.
 */
import { DeltahubError } from '../errors.js';
import type { PretrainedConfig } from '../models/config.js';

/** What a tokenizer must offer for stop strings and text streaming. */
export interface GenerationTokenizer {
  decode(ids: number[], options?: { skipSpecialTokens?: boolean }): string;
}

/**
 * Receives each generated step (greedy and sampling): `put` (or the function itself) gets the new
 * token of every row, in row order (a row that has finished gets `padTokenId`), and `end` is called
 * once generation stops (as transformers' streamers). Returned promises are awaited.
 */
export type GenerationStreamer =
  | ((tokens: number[], step: number) => void | Promise<void>)
  | {
      put(tokens: number[], step: number): void | Promise<void>;
      end?(): void | Promise<void>;
    };

/** Options of `generate`: transformers' names in camelCase, with its defaults. */
export interface GenerateOptions {
  /** New tokens to generate at most (default: `maxLength` minus the prompt length, else 20). */
  maxNewTokens?: number;
  /** Total length (prompt plus new tokens for decoder-only models; decoder length for seq2seq). */
  maxLength?: number;
  /** Fewest new tokens before an end-of-sequence token may be chosen (default 0). */
  minNewTokens?: number;
  /** Fewest total tokens before an end-of-sequence token may be chosen (default 0). */
  minLength?: number;
  /** Sample the next token instead of taking the most likely one (default false). */
  doSample?: boolean;
  /** Divides the logits before sampling (default 1). */
  temperature?: number;
  /** Keeps the `topK` most likely tokens when sampling (default 50, as transformers; 0 turns it off). */
  topK?: number;
  /** Keeps the smallest set of tokens whose probability reaches `topP` when sampling (default 1). */
  topP?: number;
  /** Seed of the sampler: the same seed, model and inputs give the same tokens. Default: random. */
  seed?: number;
  /** Beam search with this many beams (default 1: greedy or sampling). */
  numBeams?: number;
  /**
   * Sequences returned per input (default 1): independent samples, or the best beams (at most
   * `numBeams`); rows `i × n … i × n + n - 1` belong to input `i`. Greedy decoding returns one.
   */
  numReturnSequences?: number;
  /** Beam scores are divided by `length ** lengthPenalty` (default 1). */
  lengthPenalty?: number;
  /**
   * Beam search stops a row when `numBeams` hypotheses are finished (`true`), when no better one is
   * reachable by the length-penalty heuristic (`false`, the default), or never early (`'never'`).
   */
  earlyStopping?: boolean | 'never';
  /** Divides (positive) or multiplies (negative) the logits of tokens already present (default 1). */
  repetitionPenalty?: number;
  /** Forbids repeating any n-gram of this size (default 0: off). */
  noRepeatNgramSize?: number;
  /** Token(s) that end a sequence (default from the model's configuration). */
  eosTokenId?: number | number[];
  /** Fills finished rows and batch padding (default from the configuration, else the first eos). */
  padTokenId?: number;
  /** First decoder token of encoder-decoders (default from the configuration). */
  decoderStartTokenId?: number;
  /** Token forced first (encoder-decoders, e.g. mBART's language code). */
  forcedBosTokenId?: number;
  /** Token forced at the last step when `maxLength` is reached (BART's configs set it). */
  forcedEosTokenId?: number | number[];
  /** A row stops once its generated text contains one of these (needs `tokenizer`). */
  stopStrings?: string | string[];
  /** Decodes the generated tokens for `stopStrings`. */
  tokenizer?: GenerationTokenizer;
  /** Receives each step's new tokens as they come (not with beam search). */
  streamer?: GenerationStreamer;
  /** Also return the processed next-token scores of every step (default false). */
  outputScores?: boolean;
  /** Keep keys and values between steps (default true); false recomputes every position each step. */
  useCache?: boolean;
}

/** Every option resolved to a value (undefined only where "none" is meaningful). */
export interface ResolvedGenerationConfig {
  maxNewTokens: number;
  minNewTokens: number;
  doSample: boolean;
  temperature: number;
  topK: number;
  topP: number;
  seed: number | undefined;
  numBeams: number;
  numReturnSequences: number;
  lengthPenalty: number;
  earlyStopping: boolean | 'never';
  repetitionPenalty: number;
  noRepeatNgramSize: number;
  eosTokenIds: number[];
  padTokenId: number | undefined;
  decoderStartTokenId: number | undefined;
  forcedBosTokenId: number | undefined;
  forcedEosTokenIds: number[];
  stopStrings: string[];
  tokenizer: GenerationTokenizer | undefined;
  streamer: GenerationStreamer | undefined;
  outputScores: boolean;
  useCache: boolean;
}

/** transformers' `GenerationConfig` defaults for the fields deltahub reads. */
const DEFAULT_MAX_LENGTH = 20;

/** snake_case keys of `config.json` / `generation_config.json` read as defaults, by option name. */
const CONFIG_KEYS = {
  maxNewTokens: 'max_new_tokens',
  maxLength: 'max_length',
  minNewTokens: 'min_new_tokens',
  minLength: 'min_length',
  doSample: 'do_sample',
  temperature: 'temperature',
  topK: 'top_k',
  topP: 'top_p',
  numBeams: 'num_beams',
  numReturnSequences: 'num_return_sequences',
  lengthPenalty: 'length_penalty',
  earlyStopping: 'early_stopping',
  repetitionPenalty: 'repetition_penalty',
  noRepeatNgramSize: 'no_repeat_ngram_size',
  eosTokenId: 'eos_token_id',
  padTokenId: 'pad_token_id',
  decoderStartTokenId: 'decoder_start_token_id',
  forcedBosTokenId: 'forced_bos_token_id',
  forcedEosTokenId: 'forced_eos_token_id',
} as const;

type ConfigBacked = keyof typeof CONFIG_KEYS;

/** Every option name `generate` knows, for the unknown-option check. */
const KNOWN_OPTIONS = new Set<string>([
  ...Object.keys(CONFIG_KEYS),
  'seed',
  'stopStrings',
  'tokenizer',
  'streamer',
  'outputScores',
  'useCache',
]);

function badOption(message: string): DeltahubError {
  return new DeltahubError('GENERATE_BAD_OPTION', message);
}

/** The option from the call, else the generation config, else the model config (null counts as unset). */
function pick(
  name: ConfigBacked,
  options: GenerateOptions,
  generationConfig: Record<string, unknown> | undefined,
  config: PretrainedConfig,
): unknown {
  const given = options[name];
  if (given !== undefined) return given;
  const key = CONFIG_KEYS[name];
  const fromGeneration = generationConfig?.[key];
  if (fromGeneration !== undefined && fromGeneration !== null) return fromGeneration;
  const fromModel = (config as Record<string, unknown>)[key];
  return fromModel === null ? undefined : fromModel;
}

function integer(name: string, value: unknown, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw badOption(`${name} must be an integer ≥ ${min}; got ${JSON.stringify(value)}.`);
  }
  return value;
}

function finite(
  name: string,
  value: unknown,
  check: (v: number) => boolean,
  rule: string,
): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || !check(value)) {
    throw badOption(`${name} must be ${rule}; got ${JSON.stringify(value)}.`);
  }
  return value;
}

function tokenIds(name: string, value: unknown, vocabSize: number | undefined): number[] {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  for (const id of list) {
    if (
      typeof id !== 'number' ||
      !Number.isInteger(id) ||
      id < 0 ||
      (vocabSize !== undefined && id >= vocabSize)
    ) {
      throw badOption(`${name} must be token ids in [0, ${vocabSize ?? '∞'}); got ${JSON.stringify(value)}.`);
    }
  }
  return list as number[];
}

/**
 * Resolves `options` against the model's configuration. `promptLength` is the decoder-side length the
 * loop starts from (prompt for decoder-only models, 1 for seq2seq), used to turn `maxLength` and
 * `minLength` into new-token counts.
 */
export function resolveGenerationConfig(
  options: GenerateOptions,
  config: PretrainedConfig,
  generationConfig: Record<string, unknown> | undefined,
  promptLength: number,
  vocabSize: number | undefined,
): ResolvedGenerationConfig {
  if (typeof options !== 'object' || options === null) throw badOption('generate options must be an object.');
  for (const key of Object.keys(options)) {
    if (!KNOWN_OPTIONS.has(key)) throw badOption(`Unknown generate option '${key}'.`);
  }
  const get = (name: ConfigBacked): unknown => pick(name, options, generationConfig, config);

  // An explicit maxNewTokens wins over any maxLength; a config's max_new_tokens over its max_length.
  const maxNewGiven = integer('maxNewTokens', options.maxNewTokens, 1);
  const maxLengthGiven = integer('maxLength', options.maxLength, 1);
  let maxNewTokens = maxNewGiven;
  if (maxNewTokens === undefined && maxLengthGiven !== undefined)
    maxNewTokens = maxLengthGiven - promptLength;
  if (maxNewTokens === undefined) maxNewTokens = integer('max_new_tokens', get('maxNewTokens'), 1);
  if (maxNewTokens === undefined) {
    const maxLength = integer('max_length', get('maxLength'), 1) ?? DEFAULT_MAX_LENGTH;
    maxNewTokens = maxLength - promptLength;
  }
  if (maxNewTokens < 1) {
    throw badOption(
      `maxLength leaves no room for new tokens: the input already has ${promptLength}. Set maxNewTokens.`,
    );
  }
  const minNewTokens = Math.max(
    integer('minNewTokens', get('minNewTokens'), 0) ?? 0,
    (integer('minLength', get('minLength'), 0) ?? 0) - promptLength,
    0,
  );

  const doSample = get('doSample') ?? false;
  if (typeof doSample !== 'boolean')
    throw badOption(`doSample must be a boolean; got ${JSON.stringify(doSample)}.`);
  const numBeams = integer('numBeams', get('numBeams'), 1) ?? 1;
  if (doSample && numBeams > 1) {
    throw badOption('Beam sampling (doSample with numBeams > 1) is not supported: choose one.');
  }
  const numReturnSequences = integer('numReturnSequences', get('numReturnSequences'), 1) ?? 1;
  if (numReturnSequences > 1 && !doSample && numBeams === 1) {
    throw badOption('numReturnSequences > 1 needs sampling (doSample) or beam search (numBeams).');
  }
  if (numReturnSequences > numBeams && numBeams > 1) {
    throw badOption(`numReturnSequences (${numReturnSequences}) cannot exceed numBeams (${numBeams}).`);
  }
  const earlyStopping = get('earlyStopping') ?? false;
  if (typeof earlyStopping !== 'boolean' && earlyStopping !== 'never') {
    throw badOption(`earlyStopping must be true, false or 'never'; got ${JSON.stringify(earlyStopping)}.`);
  }
  const eosTokenIds = tokenIds('eosTokenId', get('eosTokenId'), vocabSize);
  const padGiven = tokenIds('padTokenId', get('padTokenId'), vocabSize);
  if (padGiven.length > 1) throw badOption('padTokenId must be one token id.');
  const stopStrings = options.stopStrings === undefined ? [] : [options.stopStrings].flat();
  if (stopStrings.some((s) => typeof s !== 'string' || s === '')) {
    throw badOption('stopStrings must be non-empty strings.');
  }
  if (stopStrings.length > 0 && typeof options.tokenizer?.decode !== 'function') {
    throw badOption('stopStrings need a tokenizer (options.tokenizer) to decode the generated tokens.');
  }
  if (stopStrings.length > 0 && padGiven.length === 0 && eosTokenIds.length === 0) {
    throw badOption('stopStrings need a padTokenId (or eosTokenId) to fill the rows that stop early.');
  }
  const streamer = options.streamer as { put?: unknown } | undefined;
  if (streamer !== undefined && typeof streamer !== 'function' && typeof streamer?.put !== 'function') {
    throw badOption(
      'streamer must be a function (tokens, step) => void or an object with put(tokens, step).',
    );
  }
  if (options.streamer && numBeams > 1) throw badOption('streamer cannot be used with beam search.');
  const seed = finite('seed', options.seed, (v) => Number.isInteger(v), 'an integer');
  const single = (name: ConfigBacked): number | undefined => {
    const ids = tokenIds(name, get(name), vocabSize);
    if (ids.length > 1) throw badOption(`${name} must be one token id.`);
    return ids[0];
  };
  return {
    maxNewTokens,
    minNewTokens,
    doSample,
    temperature: finite('temperature', get('temperature'), (v) => v > 0, 'a number > 0') ?? 1,
    topK: integer('topK', get('topK'), 0) ?? 50,
    topP: finite('topP', get('topP'), (v) => v > 0 && v <= 1, 'in (0, 1]') ?? 1,
    seed,
    numBeams,
    numReturnSequences,
    lengthPenalty: finite('lengthPenalty', get('lengthPenalty'), () => true, 'a finite number') ?? 1,
    earlyStopping,
    repetitionPenalty:
      finite('repetitionPenalty', get('repetitionPenalty'), (v) => v > 0, 'a number > 0') ?? 1,
    noRepeatNgramSize: integer('noRepeatNgramSize', get('noRepeatNgramSize'), 0) ?? 0,
    eosTokenIds,
    // transformers falls back to the (first) eos token for padding.
    padTokenId: padGiven[0] ?? eosTokenIds[0],
    decoderStartTokenId: single('decoderStartTokenId'),
    forcedBosTokenId: single('forcedBosTokenId'),
    forcedEosTokenIds: tokenIds('forcedEosTokenId', get('forcedEosTokenId'), vocabSize),
    stopStrings,
    tokenizer: options.tokenizer,
    streamer: options.streamer,
    outputScores: options.outputScores ?? false,
    useCache: options.useCache ?? true,
  };
}
