type Json = Record<string, unknown>;

/**
 * Two steps that make @huggingface/tokenizers' BertNormalizer behave as transformers' slow
 * BertTokenizer and the Rust normalizer do, placed before it:
 * - `clean_text` drops unassigned code points (category Cn, "other" in Python and Rust), which the
 *   library keeps (they then become [UNK]);
 * - lowercasing maps Σ to σ everywhere: Python lowercases character by character and Rust per
 *   `char`, while JavaScript's `toLowerCase` writes a word-final Σ as ς.
 */
function exactBertNormalizer(normalizer: Json): Json {
  if (normalizer.type === 'Sequence' && Array.isArray(normalizer.normalizers)) {
    return { ...normalizer, normalizers: (normalizer.normalizers as Json[]).map(exactBertNormalizer) };
  }
  if (normalizer.type !== 'BertNormalizer') return normalizer;
  const before: Json[] = [];
  if (normalizer.clean_text !== false) {
    before.push({ type: 'Replace', pattern: { Regex: '\\p{Cn}' }, content: '' });
  }
  if (normalizer.lowercase !== false) {
    before.push({ type: 'Replace', pattern: { String: 'Σ' }, content: 'σ' });
  }
  return before.length ? { type: 'Sequence', normalizers: [...before, normalizer] } : normalizer;
}

/** `tokenizerJson` with its BertNormalizer cleaning and lowercasing as Python and Rust do. */
export function withExactBertNormalizer(tokenizerJson: Json): Json {
  const normalizer = tokenizerJson.normalizer as Json | null | undefined;
  return normalizer ? { ...tokenizerJson, normalizer: exactBertNormalizer(normalizer) } : tokenizerJson;
}
