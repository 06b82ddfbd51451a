import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TokenizerFileSource } from '../files.js';
import { tokenizerFolderSource } from '../files.js';

/** `test-fixtures/tokenizers/`: real tokenizer files and the slow transformers tokenizers' outputs. */
export const TOKENIZER_FIXTURES = fileURLToPath(
  new URL('../../../test-fixtures/tokenizers/', import.meta.url),
);

/** One single text or pair of `expected.json`. */
export interface ExpectedCase {
  name: string;
  text: string;
  text_pair?: string;
  input_ids: number[];
  tokens: string[];
  attention_mask: number[];
  token_type_ids?: number[];
  tokenize?: string[];
  input_ids_no_special?: number[];
  decode_skip_special_tokens: string;
  decode: string;
}

/** One batch call of `expected.json` (`kwargs` as given to transformers). */
export interface ExpectedBatch {
  name: string;
  texts: string[];
  text_pairs?: string[];
  kwargs: { padding?: boolean | 'max_length'; truncation?: boolean; max_length?: number };
  input_ids: number[][];
  attention_mask: number[][];
  token_type_ids?: number[][];
  decode_skip_special_tokens: string[];
}

/** `expected.json` of one model folder. */
export interface ExpectedTokenizer {
  cases: ExpectedCase[];
  batch_cases: ExpectedBatch[];
  special_tokens: Record<string, [string, number]>;
  batch_pad_note: string | null;
}

/** The fixture folders (one per model). */
export const TOKENIZER_MODELS = [
  'bert-base-uncased',
  'distilbert-base-uncased',
  'roberta-base',
  'gpt2',
  't5-small',
  'facebook__bart-base',
] as const;

export function readExpected(model: string): ExpectedTokenizer {
  return JSON.parse(
    readFileSync(join(TOKENIZER_FIXTURES, model, 'expected.json'), 'utf8'),
  ) as ExpectedTokenizer;
}

/** The folder of `model` without `tokenizer.json`, so the loader has to convert the slow files. */
export async function slowFilesOnly(model: string): Promise<TokenizerFileSource> {
  const folder = await tokenizerFolderSource(join(TOKENIZER_FIXTURES, model));
  return {
    location: `${folder.location} (without tokenizer.json)`,
    readFile: (name) => (name === 'tokenizer.json' ? Promise.resolve(undefined) : folder.readFile(name)),
  };
}
