import { describe, expect, it } from 'vitest';
import {
  deltahubNameOf,
  joinPrefixTable,
  parsePeftKey,
  peftKeyOf,
  peftTargetNames,
  peftTargetPatterns,
  splitPrefixTable,
} from './keys.js';

describe('PEFT keys', () => {
  it.each([
    [
      'base_model.model.encoder.layer.0.attention.self.query.lora_A.weight',
      'encoder.layer.0.attention.self.query.lora.lora_A',
    ],
    ['base_model.model.transformer.h.1.attn.c_attn.lora_B.weight', 'transformer.h.1.attn.c_attn.lora.lora_B'],
    [
      'base_model.model.encoder.layer.0.output.dense.lora_magnitude_vector',
      'encoder.layer.0.output.dense.lora.lora_magnitude_vector',
    ],
    ['base_model.model.encoder.layer.0.output.dense.ia3_l', 'encoder.layer.0.output.dense.ia3.ia3_l'],
    ['base_model.model.classifier.weight', 'classifier.weight'],
  ])('%s ↔ %s', (peft, deltahub) => {
    const parsed = parsePeftKey(peft)!;
    expect(parsed.kind).not.toBe('prompt_embeddings');
    expect(deltahubNameOf(parsed as Exclude<typeof parsed, { kind: 'prompt_embeddings' }>)).toBe(deltahub);
    expect(peftKeyOf(parsed)).toBe(peft);
  });

  it("reads PEFT 0.12's `lora_magnitude_vector.weight` and writes the older name", () => {
    const parsed = parsePeftKey('base_model.model.a.b.lora_magnitude_vector.weight')!;
    expect(parsed).toEqual({ kind: 'lora_magnitude_vector', module: 'a.b' });
    expect(peftKeyOf(parsed)).toBe('base_model.model.a.b.lora_magnitude_vector');
  });

  it('knows prompt_embeddings and rejects keys outside base_model.model.', () => {
    expect(parsePeftKey('prompt_embeddings')).toEqual({ kind: 'prompt_embeddings' });
    expect(parsePeftKey('encoder.layer.0.lora_A.weight')).toBeUndefined();
  });
});

describe('PEFT targets', () => {
  const names = [
    '',
    'encoder',
    'encoder.layer.0.attention.self.query',
    'encoder.layer.0.attention.self.value',
    'encoder.layer.1.attention.self.query',
    'encoder.layer.10.attention.self.query',
  ];

  it('list entries match a name or a dot-bounded suffix, as deltahub plain patterns do', () => {
    expect(peftTargetPatterns(['query'])).toEqual(['query']);
    expect(peftTargetNames(names, ['query'])).toEqual([names[2], names[4], names[5]]);
    expect(peftTargetNames(names, ['0.attention.self.query'])).toEqual([names[2]]);
  });

  it('a string is a full-match regex; layers_to_transform filters by layer index', () => {
    expect(peftTargetPatterns('.*query')).toEqual(['[r].*query']);
    expect(peftTargetNames(names, 'query')).toEqual([]);
    expect(peftTargetNames(names, '.*layer\\.0\\..*(query|value)')).toEqual([names[2], names[3]]);
    expect(peftTargetNames(names, ['query'], [1, 10])).toEqual([names[4], names[5]]);
  });
});

describe('prefix tables', () => {
  it('split gives layer l keys at block 2l and values at block 2l+1; join inverts it', () => {
    // 2 tokens, 2 layers, hidden 3: each value encodes (token, block, column).
    const table = Float32Array.from({ length: 2 * 12 }, (_, i) => {
      const t = Math.floor(i / 12);
      const block = Math.floor((i % 12) / 3);
      return t * 100 + block * 10 + (i % 3);
    });
    const layers = splitPrefixTable(table, 2, 2, 3);
    expect([...layers[1]!.key]).toEqual([20, 21, 22, 120, 121, 122]);
    expect([...layers[0]!.value]).toEqual([10, 11, 12, 110, 111, 112]);
    expect(joinPrefixTable(layers, 2, 3)).toEqual(table);
    expect(() => splitPrefixTable(table, 2, 3, 3)).toThrow(/expected 2×18/);
  });
});
