type Json = Record<string, unknown>;

/** GPT-2's pre-tokenization pattern, as the Rust `tokenizers` ByteLevel pre-tokenizer uses it. */
const GPT2_PATTERN = "'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+";

/**
 * @huggingface/tokenizers' ByteLevel pre-tokenizer runs GPT-2's pattern as a JavaScript RegExp,
 * whose `\s` differs from the Python `regex` module of the slow tokenizers and from Oniguruma of
 * the Rust ones: JavaScript counts U+FEFF as whitespace and not U+0085. The library's Split
 * pre-tokenizer translates `\s` to Oniguruma's set, so a ByteLevel pre-tokenizer becomes a Split on
 * the same pattern followed by a ByteLevel that only maps bytes. With `add_prefix_space` the prefix
 * must come before the split, so those are left as they are.
 */
function exactByteLevel(preTokenizer: Json): Json {
  if (preTokenizer.type === 'Sequence' && Array.isArray(preTokenizer.pretokenizers)) {
    return { ...preTokenizer, pretokenizers: (preTokenizer.pretokenizers as Json[]).map(exactByteLevel) };
  }
  if (
    preTokenizer.type !== 'ByteLevel' ||
    preTokenizer.use_regex === false ||
    preTokenizer.add_prefix_space
  ) {
    return preTokenizer;
  }
  return {
    type: 'Sequence',
    pretokenizers: [
      { type: 'Split', pattern: { Regex: GPT2_PATTERN }, behavior: 'Isolated', invert: true },
      { ...preTokenizer, use_regex: false },
    ],
  };
}

/** `tokenizerJson` with its ByteLevel pre-tokenizers splitting exactly as Python and Rust do. */
export function withExactByteLevelRegex(tokenizerJson: Json): Json {
  const preTokenizer = tokenizerJson.pre_tokenizer as Json | null | undefined;
  return preTokenizer ? { ...tokenizerJson, pre_tokenizer: exactByteLevel(preTokenizer) } : tokenizerJson;
}
