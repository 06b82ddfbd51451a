import { describe, expect, it } from 'vitest';
import { parseModelCard } from '@deltahub/core/checkpoint';
import { toYaml } from './yaml.js';

describe('toYaml (model-card front matter)', () => {
  it('writes values that YAML reads back unchanged, whatever the strings hold', () => {
    const value = {
      plain: 'text-classification',
      tricky: 'a: b # c\n---\n"quoted" \'single\' \\ back\tslash — ünï ✓',
      looksLikeOther: ['true', 'null', '1.5', '- item', '{x: 1}', ''],
      numbers: { int: 3, float: 0.125, negative: -2e-7 },
      flag: false,
      'key with space': 'v',
      empty: [],
      nested: [{ a: 1, b: [{ c: 'd' }] }, 'e'],
    };
    const card = parseModelCard(`---\n${toYaml(value)}---\nbody`);
    expect(card.frontMatter).toEqual(value);
    expect(card.body).toBe('body');
  });

  it('refuses numbers YAML would not read back', () => {
    expect(() => toYaml({ x: Number.NaN })).toThrow(TypeError);
  });
});
