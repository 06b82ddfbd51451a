import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SpecialTokens } from './special-tokens.js';

type Json = Record<string, unknown>;

/** What a tokenizer's saved files are made of: its definition and its current settings. */
export interface TokenizerState {
  tokenizerJson: Json;
  config: Json;
  tokenizerClass: string | undefined;
  specialTokens: SpecialTokens;
  modelMaxLength: number;
  paddingSide: 'left' | 'right';
  truncationSide: 'left' | 'right';
  cleanUpTokenizationSpaces: boolean;
  returnsTokenTypeIds: boolean;
}

const NAMED: [keyof Omit<SpecialTokens, 'additionalSpecialTokens'>, string][] = [
  ['bosToken', 'bos_token'],
  ['eosToken', 'eos_token'],
  ['unkToken', 'unk_token'],
  ['sepToken', 'sep_token'],
  ['padToken', 'pad_token'],
  ['clsToken', 'cls_token'],
  ['maskToken', 'mask_token'],
];

/** The content of a configured token entry (a string or an AddedToken object). */
function contentOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  const content = (value as { content?: unknown } | null)?.content;
  return typeof content === 'string' ? content : undefined;
}

/**
 * The files that rebuild a tokenizer exactly, as transformers' `save_pretrained` writes them:
 * `tokenizer.json` (converted from the slow files when it was loaded from them) and
 * `tokenizer_config.json` with the class, the special tokens and the settings as they are now (a
 * `padToken` assigned after loading, `paddingSide`...). An entry that was an AddedToken object in the
 * loaded configuration stays one while its content is unchanged.
 */
export function tokenizerFiles(state: TokenizerState): Record<string, string> {
  const config: Json = { ...state.config };
  if (state.tokenizerClass) config.tokenizer_class = state.tokenizerClass;
  for (const [field, key] of NAMED) {
    const token = state.specialTokens[field];
    // null switches off a token the class would otherwise default to.
    if (token === undefined) config[key] = null;
    else if (contentOf(config[key]) !== token) config[key] = token;
  }
  config.additional_special_tokens = [...state.specialTokens.additionalSpecialTokens];
  if (Number.isFinite(state.modelMaxLength)) config.model_max_length = state.modelMaxLength;
  else delete config.model_max_length;
  config.padding_side = state.paddingSide;
  config.truncation_side = state.truncationSide;
  config.clean_up_tokenization_spaces = state.cleanUpTokenizationSpaces;
  config.model_input_names = state.returnsTokenTypeIds
    ? ['input_ids', 'token_type_ids', 'attention_mask']
    : ['input_ids', 'attention_mask'];
  return {
    'tokenizer.json': `${JSON.stringify(state.tokenizerJson)}\n`,
    'tokenizer_config.json': `${JSON.stringify(config, null, 2)}\n`,
  };
}

/** Writes {@link tokenizerFiles} into `dir` (created when missing); returns the file names. */
export async function writeTokenizerFiles(state: TokenizerState, dir: string): Promise<string[]> {
  const files = tokenizerFiles(state);
  await mkdir(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  return Object.keys(files);
}
