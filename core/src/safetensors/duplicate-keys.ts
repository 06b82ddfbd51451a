/**
 * Duplicate-key detection for JSON text.
 *
 * `JSON.parse` silently keeps the last of two equal keys, and a reviver only ever sees the survivor, so
 * a header such as `{"w": {...}, "w": {...}}` would load one tensor and hide the other. The safetensors
 * format forbids duplicate keys; this scanner finds them in the raw text.
 */

/** A key that occurs twice in the same JSON object. */
export interface DuplicateKey {
  /** The key, with escapes decoded (`"\u0061"` and `"a"` are the same key). */
  readonly key: string;
  /**
   * Keys (or array indices, as strings) leading from the root value to the object holding the
   * duplicate: `[]` for the top level, `['__metadata__']` for the metadata object.
   */
  readonly path: readonly string[];
}

interface Frame {
  /** Keys seen so far, or undefined for an array. */
  readonly keys: Set<string> | undefined;
  /** This container's key (or index) in its parent. */
  readonly name: string;
  /** Last key read in this object: the name of a child container opened next. */
  lastKey: string;
  /** Index of the current element, for arrays. */
  index: number;
  /** In an object: the next string is a key (just after `{` or `,`). */
  expectKey: boolean;
}

/**
 * Return the first key that appears twice in one object of `json`, at any depth, or undefined.
 *
 * `json` must already be valid JSON (call `JSON.parse` first): the scanner only tracks containers,
 * strings and commas, so on invalid input its answer is meaningless (but it still terminates, in time
 * linear in the input, without recursion, so deep nesting cannot overflow the stack).
 */
export function findDuplicateKey(json: string): DuplicateKey | undefined {
  const stack: Frame[] = [];
  const n = json.length;
  let i = 0;
  while (i < n) {
    const c = json.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const end = closingQuote(json, i);
      const top = stack[stack.length - 1];
      if (top?.keys !== undefined && top.expectKey) {
        const raw = json.slice(i + 1, end);
        // Only keys with escapes need decoding; JSON.parse of the quoted slice does it exactly.
        const key = raw.includes('\\') ? decodeString(json.slice(i, end + 1)) : raw;
        if (top.keys.has(key)) return { key, path: stack.slice(1).map((f) => f.name) };
        top.keys.add(key);
        top.lastKey = key;
        top.expectKey = false;
      }
      i = end + 1;
      continue;
    }
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      const parent = stack[stack.length - 1];
      const name = parent === undefined ? '' : parent.keys ? parent.lastKey : String(parent.index);
      stack.push({ keys: c === 0x7b ? new Set() : undefined, name, lastKey: '', index: 0, expectKey: true });
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top?.keys) top.expectKey = true;
      else if (top) top.index++;
    }
    i++;
  }
  return undefined;
}

/** Index of the quote closing the string that opens at `start`, or the last index if unterminated. */
function closingQuote(json: string, start: number): number {
  let q = json.indexOf('"', start + 1);
  while (q !== -1) {
    // The quote is escaped when an odd number of backslashes precede it. Each backslash run is walked
    // once (it ends at this quote), so the scan stays linear.
    let backslashes = 0;
    for (let j = q - 1; j > start && json.charCodeAt(j) === 0x5c; j--) backslashes++;
    if (backslashes % 2 === 0) return q;
    q = json.indexOf('"', q + 1);
  }
  return json.length - 1;
}

function decodeString(quoted: string): string {
  try {
    const value: unknown = JSON.parse(quoted);
    return typeof value === 'string' ? value : quoted;
  } catch {
    // Unreachable for valid JSON; keep the raw text so the scanner never throws.
    return quoted;
  }
}
