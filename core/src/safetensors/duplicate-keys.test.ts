import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDuplicateKey } from './duplicate-keys.js';

// Characters that stress key handling: quotes, backslashes, escapes, non-ASCII, astral code points.
// (A fixed set keeps generation fast; fc's full-Unicode units are slow to generate.)
const keyChar = fc.constantFrom(
  'a',
  'b',
  '.',
  '0',
  '"',
  '\\',
  '/',
  '\n',
  '\u0000',
  'é',
  '\u2028',
  '\ufeff',
  '😀',
);

describe('findDuplicateKey', () => {
  it('finds duplicates at the top level and reports the path of nested ones', () => {
    expect(findDuplicateKey('{"a":1,"b":2,"a":3}')).toEqual({ key: 'a', path: [] });
    expect(findDuplicateKey('{"m":{"x":"1","x":"2"}}')).toEqual({ key: 'x', path: ['m'] });
    expect(findDuplicateKey('{"t":[{"k":1},{"k":1,"k":2}]}')).toEqual({ key: 'k', path: ['t', '1'] });
    expect(findDuplicateKey('{"a":{"a":{"a":1}}}')).toBeUndefined();
  });

  it('does not mistake string values or escaped quotes for keys', () => {
    expect(findDuplicateKey('{"a":"a","b":"a"}')).toBeUndefined();
    expect(findDuplicateKey('{"a\\"":1,"a":2,"x":"\\\\","y":["a","a"]}')).toBeUndefined();
    expect(findDuplicateKey('{"a\\\\":1,"a\\\\":2}')).toEqual({ key: 'a\\', path: [] });
  });

  it('decodes escapes before comparing', () => {
    expect(findDuplicateKey('{"é":1,"\\u00e9":2}')).toEqual({ key: 'é', path: [] });
    expect(findDuplicateKey('{"\\/":1,"/":2}')).toEqual({ key: '/', path: [] });
  });

  it('handles deep nesting without recursion', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(findDuplicateKey(deep)).toBeUndefined();
  });

  it('property: JSON.stringify output never has duplicates', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(findDuplicateKey(JSON.stringify(value))).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it('property: a repeated key is always found, however it is escaped', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ unit: keyChar, maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), {
          minKeys: 1,
          maxKeys: 5,
        }),
        fc.nat(),
        fc.jsonValue({ maxDepth: 1 }),
        fc.boolean(),
        (object, pick, value, escapeAll) => {
          const keys = Object.keys(object);
          const key = keys[pick % keys.length]!;
          const quoted = escapeAll
            ? `"${[...key].map((c) => (c.length === 1 ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c)).join('')}"`
            : JSON.stringify(key);
          const json = `${JSON.stringify(object).slice(0, -1)},${quoted}:${JSON.stringify(value)}}`;
          expect(JSON.parse(json)).toBeTypeOf('object'); // still valid JSON
          expect(findDuplicateKey(json)).toEqual({ key, path: [] });
        },
      ),
      { numRuns: 200 },
    );
  });
});
