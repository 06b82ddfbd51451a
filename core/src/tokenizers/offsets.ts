/**
 * Character spans of tokens in the text they came from. `@huggingface/tokenizers` does not track
 * offsets, so they are recovered by aligning each token's surface (its bytes in the normalized
 * text) with the normalized text, left to right, in UTF-8 bytes so byte-level tokens that split a
 * character still align. Spans are UTF-16 indices into the original text (`text.slice(start, end)`),
 * without the whitespace a token carries (as transformers' `trim_offsets`).
 */

type Json = Record<string, unknown>;

/** A token's span `[start, end)` in the original text. */
export type Offset = [start: number, end: number];

/** How a tokenizer's token strings map back to text, read from its `tokenizer.json`. */
export interface SurfaceRules {
  /** GPT-2's byte-to-unicode table is in use (ByteLevel pre-tokenizer or decoder). */
  byteLevel: boolean;
  /** WordPiece's `##`, when the model has one. */
  continuingSubwordPrefix: string | undefined;
  /** BPE's end-of-word suffix (`</w>`), when any. */
  endOfWordSuffix: string | undefined;
  /** SentencePiece's word-boundary mark (`▁`), when a Metaspace step uses one. */
  metaspace: string | undefined;
  /** What a `Prepend` normalizer puts before the text (Llama's `▁`), when there is one. */
  prepend: string | undefined;
}

/** Every component of `step`, unpacking `Sequence`s. */
function components(step: unknown): Json[] {
  if (!step || typeof step !== 'object') return [];
  const json = step as Json;
  const inner = json.pretokenizers ?? json.decoders ?? json.normalizers;
  return json.type === 'Sequence' && Array.isArray(inner) ? inner.flatMap(components) : [json];
}

/** The {@link SurfaceRules} of a `tokenizer.json`. */
export function surfaceRules(tokenizerJson: Json): SurfaceRules {
  const steps = [...components(tokenizerJson.pre_tokenizer), ...components(tokenizerJson.decoder)];
  const model = (tokenizerJson.model ?? {}) as Json;
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  // Metaspace, or Llama's spelled-out equivalent: a decoder Replace of the mark by a space.
  const meta =
    steps.find((s) => s.type === 'Metaspace') ??
    steps
      .filter((s) => s.type === 'Replace' && s.content === ' ')
      .map((s) => ({ replacement: (s.pattern as Json | undefined)?.String }))[0];
  const prepend = components(tokenizerJson.normalizer).find((s) => s.type === 'Prepend');
  return {
    byteLevel: steps.some((s) => s.type === 'ByteLevel'),
    continuingSubwordPrefix: text(model.continuing_subword_prefix),
    endOfWordSuffix: text(model.end_of_word_suffix),
    metaspace: meta ? (text(meta.replacement) ?? '▁') : undefined,
    prepend: text(prepend?.prepend),
  };
}

const utf8 = new TextEncoder();

/** GPT-2's `bytes_to_unicode`, inverted: the byte each printable stand-in character means. */
const BYTE_OF_CHAR: ReadonlyMap<string, number> = (() => {
  const printable = (b: number) => (b >= 33 && b <= 126) || (b >= 161 && b <= 172) || (b >= 174 && b <= 255);
  const map = new Map<string, number>();
  let next = 256;
  for (let b = 0; b < 256; b++) map.set(String.fromCodePoint(printable(b) ? b : next++), b);
  return map;
})();

/** The bytes a token stands for in the normalized text, or undefined when that is unknown. */
export function tokenSurface(token: string, rules: SurfaceRules, special: boolean): Uint8Array | undefined {
  if (special) return utf8.encode(token);
  const byteFallback = /^<0x([0-9A-Fa-f]{2})>$/.exec(token);
  if (byteFallback) return Uint8Array.of(parseInt(byteFallback[1]!, 16));
  if (rules.byteLevel) {
    const bytes = [...token].map((c) => BYTE_OF_CHAR.get(c));
    return bytes.every((b) => b !== undefined) ? Uint8Array.from(bytes as number[]) : utf8.encode(token);
  }
  let text = token;
  const prefix = rules.continuingSubwordPrefix;
  if (prefix && text.startsWith(prefix) && text.length > prefix.length) text = text.slice(prefix.length);
  const suffix = rules.endOfWordSuffix;
  if (suffix && text.endsWith(suffix)) text = text.slice(0, -suffix.length);
  if (rules.metaspace) text = text.split(rules.metaspace).join(' ');
  return utf8.encode(text);
}

/**
 * One character (with its combining marks) as the tokenizer's normalizer writes it, for alignment: a `Prepend` (which the
 * normalizer applies to each piece it is given) is dropped, and SentencePiece's `▁` are spaces again.
 */
export function normalizeCharacter(
  character: string,
  normalizer: { normalize(text: string): string } | null,
  rules: SurfaceRules,
): string {
  let normalized = normalizer ? normalizer.normalize(character) : character;
  if (rules.prepend && normalized.startsWith(rules.prepend))
    normalized = normalized.slice(rules.prepend.length);
  return rules.metaspace ? normalized.split(rules.metaspace).join(' ') : normalized;
}

const isSpaceByte = (b: number) => b === 0x20 || (b >= 0x09 && b <= 0x0d);

function trimSpaces(bytes: Uint8Array): Uint8Array {
  let start = 0;
  let end = bytes.length;
  while (start < end && isSpaceByte(bytes[start]!)) start++;
  while (end > start && isSpaceByte(bytes[end - 1]!)) end--;
  return bytes.subarray(start, end);
}

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  outer: for (let i = from; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/**
 * The spans of `surfaces` (each token's bytes, undefined when unknown: `[UNK]`) in `text`, whose
 * characters the tokenizer's normalizer turns into what the tokens were cut from (`normalize`
 * applied to one character, with its combining marks, at a time). An unknown token spans what lies between its neighbours'
 * spans (at the end of the text, the rest of its word).
 */
export function alignOffsets(
  text: string,
  surfaces: readonly (Uint8Array | undefined)[],
  normalize: (character: string) => string,
): Offset[] {
  // The normalized text as bytes, each byte knowing the original code point it came from.
  const bytes: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  // A character with its combining marks is normalized as one (NFC composes them).
  for (const [cluster] of text.matchAll(/\P{M}\p{M}*|\p{M}+/gsu)) {
    const end = index + cluster.length;
    for (const byte of utf8.encode(normalize(cluster))) {
      bytes.push(byte);
      starts.push(index);
      ends.push(end);
    }
    index = end;
  }
  const normalized = Uint8Array.from(bytes);
  const nextWordStart = (from: number) => {
    let at = from;
    while (at < normalized.length && isSpaceByte(normalized[at]!)) at++;
    return at;
  };
  const wordEnd = (from: number) => {
    let at = from;
    while (at < normalized.length && !isSpaceByte(normalized[at]!)) at++;
    return at;
  };
  const spanOf = (from: number, to: number): Offset =>
    to > from ? [starts[from]!, ends[to - 1]!] : [starts[from] ?? text.length, starts[from] ?? text.length];
  const offsets: Offset[] = [];
  // Unknown tokens waiting for the next found token to end their span: [index, start byte].
  let pending: [number, number][] = [];
  /**
   * Gives the pending unknown tokens their spans, ending at `until`: one word each (BERT writes
   * CJK characters as words), the last taking what remains; any beyond the words get an empty span
   * where the last ends. Answers `until`.
   */
  const settlePending = (until: number): number => {
    const words: [number, number][] = [];
    for (let at = nextWordStart(pending[0]?.[1] ?? until); at < until; at = nextWordStart(at)) {
      const end = Math.min(wordEnd(at), until);
      words.push([at, end]);
      at = end;
    }
    pending.forEach(([i], k) => {
      const last = words[words.length - 1];
      if (k >= words.length || !last) {
        const at = last ? ends[last[1] - 1]! : (starts[until] ?? text.length);
        offsets[i] = [at, at];
      } else {
        offsets[i] = spanOf(words[k]![0], k === pending.length - 1 ? last[1] : words[k]![1]);
      }
    });
    pending = [];
    return until;
  };
  let cursor = 0;
  surfaces.forEach((surface, i) => {
    const needle = surface && trimSpaces(surface);
    const found = needle && needle.length > 0 ? indexOfBytes(normalized, needle, cursor) : -1;
    if (needle && needle.length === 0) {
      // A token of spaces only ends the word an unknown token before it started.
      if (pending.length) cursor = settlePending(wordEnd(pending[0]![1]));
      offsets[i] = spanOf(cursor, cursor);
    } else if (found < 0) {
      pending.push([i, nextWordStart(cursor)]);
      // Unknown: at least one character is its.
      cursor = Math.min(normalized.length, nextWordStart(cursor) + 1);
    } else {
      settlePending(found);
      offsets[i] = spanOf(found, found + needle!.length);
      cursor = found + needle!.length;
    }
  });
  // Unknown tokens at the end take the rest of the word they start.
  if (pending.length) settlePending(wordEnd(pending[0]![1]));
  return offsets;
}
