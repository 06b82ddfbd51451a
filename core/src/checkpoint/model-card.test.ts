import { describe, expect, it } from 'vitest';
import { ModelCardError, parseModelCard } from './model-card.js';

describe('parseModelCard', () => {
  it('splits YAML front matter from the body', () => {
    const card = parseModelCard(
      '---\nbase_model: bart-base\ntags: [a, b]\nlicense: mit\n---\n# Title\nprose\n',
    );
    expect(card.frontMatter).toEqual({ base_model: 'bart-base', tags: ['a', 'b'], license: 'mit' });
    expect(card.body).toBe('# Title\nprose\n');
  });

  it('treats a card without front matter as body only', () => {
    expect(parseModelCard('# Just prose\n')).toEqual({ frontMatter: {}, body: '# Just prose\n' });
  });

  it('accepts an empty block, CRLF line ends and a byte order mark', () => {
    expect(parseModelCard('---\n---\nbody')).toEqual({ frontMatter: {}, body: 'body' });
    expect(parseModelCard('\uFEFF---\r\ntask: qa\r\n---\r\nbody').frontMatter).toEqual({ task: 'qa' });
  });

  it('rejects front matter that is not a YAML mapping', () => {
    expect(() => parseModelCard('---\n- a\n- b\n---\n')).toThrow(ModelCardError);
    expect(() => parseModelCard('---\nkey: [unclosed\n---\n')).toThrow(/not valid YAML/);
    const err = (() => {
      try {
        parseModelCard('---\njust a string\n---\n');
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect((err as ModelCardError).code).toBe('MODEL_CARD_INVALID');
  });
});
