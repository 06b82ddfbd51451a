/** The named special tokens of a tokenizer, as `tokenizer_config.json` / `special_tokens_map.json` name them. */
export interface SpecialTokens {
  bosToken?: string;
  eosToken?: string;
  unkToken?: string;
  sepToken?: string;
  padToken?: string;
  clsToken?: string;
  maskToken?: string;
  additionalSpecialTokens: string[];
}

const NAMED = [
  ['bos_token', 'bosToken'],
  ['eos_token', 'eosToken'],
  ['unk_token', 'unkToken'],
  ['sep_token', 'sepToken'],
  ['pad_token', 'padToken'],
  ['cls_token', 'clsToken'],
  ['mask_token', 'maskToken'],
] as const;

/** A token entry is either its content or an AddedToken object (`{ content, lstrip, ... }`). */
function tokenContent(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as { content?: unknown }).content === 'string') {
    return (value as { content: string }).content;
  }
  return undefined;
}

/**
 * Reads the special tokens from the merged configuration (`special_tokens_map.json` overlaid by
 * `tokenizer_config.json`), on top of `defaults` (the model family's tokens, for slow-file folders
 * that carry no configuration at all).
 */
export function readSpecialTokens(
  config: Record<string, unknown>,
  defaults: Partial<SpecialTokens> = {},
): SpecialTokens {
  const tokens: SpecialTokens = {
    ...defaults,
    additionalSpecialTokens: defaults.additionalSpecialTokens ?? [],
  };
  for (const [key, field] of NAMED) {
    // An explicit null switches a default off (e.g. `"pad_token": null`).
    if (config[key] === null) delete tokens[field];
    const content = tokenContent(config[key]);
    if (content !== undefined) tokens[field] = content;
  }
  const additional = config.additional_special_tokens;
  if (Array.isArray(additional)) {
    tokens.additionalSpecialTokens = additional.map(tokenContent).filter((t): t is string => t !== undefined);
  }
  return tokens;
}

/** Every special token's content (named ones first), without duplicates. */
export function allSpecialTokens(tokens: SpecialTokens): string[] {
  const named = NAMED.map(([, field]) => tokens[field]).filter((t): t is string => t !== undefined);
  return [...new Set([...named, ...tokens.additionalSpecialTokens])];
}
