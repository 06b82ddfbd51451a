/**
 * Reads `test-fixtures/hf-tiny/<arch>_perturbed/generate.json`: transformers' `generate` outputs on
 * the perturbed tiny checkpoints (greedy and beam search, single prompts and batches). Any causal or
 * seq2seq architecture's fixture reads the same way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BartForConditionalGeneration } from '../../models/bart/heads.js';
import { GPT2LMHeadModel } from '../../models/gpt2/heads.js';
import { T5ForConditionalGeneration } from '../../models/t5/heads.js';
import { LlamaForCausalLM } from '../../models/llama/heads.js';
import { HF_TINY, type JsonTensor } from '../../models/test-support/reference.js';
import type { GenerationModel } from '../generate.js';
import type { GenerateOptions } from '../options.js';

/** The head class each generation fixture was made with (add an architecture here). */
export const GENERATION_MODELS = {
  gpt2: GPT2LMHeadModel,
  t5: T5ForConditionalGeneration,
  bart: BartForConditionalGeneration,
  llama: LlamaForCausalLM,
} as const;

/** An architecture with a generation fixture and a head class. */
export type GenerationArch = keyof typeof GENERATION_MODELS;

/** The perturbed tiny checkpoint of `arch` in its generation head class. */
export async function loadGenerationModel(arch: GenerationArch): Promise<GenerationModel> {
  const modelClass = GENERATION_MODELS[arch] as unknown as {
    fromPretrained(folder: string, options: { onWarning: () => void }): Promise<GenerationModel>;
  };
  return modelClass.fromPretrained(generateFixtureFolder(arch), { onWarning: () => undefined });
}

/** One `model.generate` call and what it returned. */
export interface GenerateCase {
  readonly name: string;
  readonly mode: 'greedy' | 'beam';
  /** The Python keyword arguments (`max_new_tokens`, `num_beams`, `early_stopping`...). */
  readonly generate_kwargs: Record<string, unknown>;
  readonly inputs: { input_ids: JsonTensor; attention_mask: JsonTensor };
  readonly sequences: JsonTensor;
  readonly new_tokens: JsonTensor;
  /** Greedy cases: the processed scores of the first steps, `[batch, vocab]` each. */
  readonly scores_first_steps?: JsonTensor[];
  /** Beam cases: the final score of each sequence. */
  readonly sequences_scores?: JsonTensor;
}

/** A `generate.json`. */
export interface GenerateFixture {
  readonly arch: string;
  readonly model_class: string;
  readonly eos_token_id: number | null;
  readonly pad_token_id: number | null;
  readonly decoder_start_token_id: number | null;
  readonly cases: GenerateCase[];
}

/** The fixture of `<arch>_perturbed` (gpt2, t5, bart, llama...). */
export function readGenerateFixture(arch: string): GenerateFixture {
  return JSON.parse(
    readFileSync(join(HF_TINY, `${arch}_perturbed`, 'generate.json'), 'utf8'),
  ) as GenerateFixture;
}

/** The folder holding the checkpoint the fixture was made from. */
export function generateFixtureFolder(arch: string): string {
  return join(HF_TINY, `${arch}_perturbed`);
}

/** A fixture tensor `[rows, columns]` as rows of numbers. */
export function tensorRows(t: JsonTensor): number[][] {
  const [rows, columns] = t.shape as [number, number];
  return Array.from({ length: rows }, (_, r) => t.data.slice(r * columns, (r + 1) * columns));
}

/** A case's prompts as `generate` inputs. */
export function caseInputs(c: GenerateCase): { inputIds: number[][]; attentionMask: number[][] } {
  return { inputIds: tensorRows(c.inputs.input_ids), attentionMask: tensorRows(c.inputs.attention_mask) };
}

/** transformers' keyword arguments of a case as `generate` options (camelCase). */
export function caseOptions(c: GenerateCase): GenerateOptions {
  const kwargs = c.generate_kwargs;
  const options: GenerateOptions = {};
  const set = <K extends keyof GenerateOptions>(key: K, python: string): void => {
    if (kwargs[python] !== undefined && kwargs[python] !== null)
      options[key] = kwargs[python] as GenerateOptions[K];
  };
  set('maxNewTokens', 'max_new_tokens');
  set('doSample', 'do_sample');
  set('eosTokenId', 'eos_token_id');
  set('padTokenId', 'pad_token_id');
  set('numBeams', 'num_beams');
  set('earlyStopping', 'early_stopping');
  set('lengthPenalty', 'length_penalty');
  return options;
}
