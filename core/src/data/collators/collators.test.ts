import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Generator } from '../../random/generator.js';
import type { tf } from '../../runtime/tf.js';
import { AutoTokenizer } from '../../tokenizers/auto.js';
import { TOKENIZER_FIXTURES } from '../../tokenizers/test-support/fixtures.js';
import type { PreTrainedTokenizer } from '../../tokenizers/tokenizer.js';
import { tinyTokenizer } from '../../training/test-support/setup.js';
import type { Row } from '../row-source.js';
import { dataCollatorForTokenClassification, dataCollatorWithPadding } from './classification.js';
import { IGNORE_INDEX } from './features.js';
import { dataCollatorForLanguageModeling, dataCollatorForSeq2Seq } from './language-modeling.js';

let bert: PreTrainedTokenizer;
let gpt2: PreTrainedTokenizer;
let t5: PreTrainedTokenizer;

beforeAll(async () => {
  bert = await tinyTokenizer();
  gpt2 = await AutoTokenizer.fromPretrained(join(TOKENIZER_FIXTURES, 'gpt2'));
  gpt2.padToken = gpt2.specialTokens.eosToken;
  t5 = await AutoTokenizer.fromPretrained(join(TOKENIZER_FIXTURES, 't5-small'));
});

const rows = (
  tokenizer: PreTrainedTokenizer,
  texts: string[],
  extra: (i: number) => Row = () => ({}),
): Row[] => texts.map((text, i) => ({ ...tokenizer(text), ...extra(i) }));

const arr = (t: tf.Tensor | undefined) => t!.arraySync();

describe('dataCollatorWithPadding', () => {
  it('pads each batch to its longest row (rounded to a multiple) and stacks int labels', () => {
    const features = rows(bert, ['the movie was great', 'the plot was really dull and slow'], (i) => ({
      label: i,
    }));
    const batch = dataCollatorWithPadding(bert)(features, new Generator(0));
    const long = (features[1]!['inputIds'] as number[]).length;
    expect(batch['inputIds']!.shape).toEqual([2, long]);
    expect(arr(batch['attentionMask'])).toEqual([
      [...new Array(6).fill(1), ...new Array(long - 6).fill(0)],
      new Array(long).fill(1),
    ]);
    expect((arr(batch['inputIds']) as number[][])[0]!.slice(6)).toEqual(
      new Array(long - 6).fill(bert.padTokenId),
    );
    expect(arr(batch['labels'])).toEqual([0, 1]);
    expect(batch['labels']!.dtype).toBe('int32');
    expect(
      dataCollatorWithPadding(bert, { padToMultipleOf: 8 })(features, new Generator(0))['inputIds']!.shape,
    ).toEqual([2, 16]);
    const regression = dataCollatorWithPadding(bert)(
      rows(bert, ['fun'], () => ({ label: 0.5 })),
      new Generator(0),
    );
    expect(regression['labels']!.dtype).toBe('float32');
  });
});

describe('dataCollatorForTokenClassification', () => {
  it('pads labels with -100', () => {
    const features = rows(bert, ['great fun', 'the plot was dull'], (i) => ({
      labels: i === 0 ? [-100, 1, 2, -100] : [-100, 0, 0, 0, 3, -100],
    }));
    const batch = dataCollatorForTokenClassification(bert)(features, new Generator(0));
    expect(arr(batch['labels'])).toEqual([
      [-100, 1, 2, -100, -100, -100],
      [-100, 0, 0, 0, 3, -100],
    ]);
    expect(() =>
      dataCollatorForTokenClassification(bert)(
        rows(bert, ['fun'], () => ({ labels: [1] })),
        new Generator(0),
      ),
    ).toThrow(/1 labels for 3 tokens/);
  });
});

describe('dataCollatorForLanguageModeling', () => {
  const texts = Array.from(
    { length: 40 },
    () => 'the movie was really great and the music was beautiful and the cast was fun',
  );

  it('masked LM: 15% of non-special tokens get labels; 80% of those become [MASK], 10% random, 10% kept; seeded', () => {
    const collate = dataCollatorForLanguageModeling(bert, { mlmProbability: 0.15 });
    const features = rows(bert, texts);
    const original = features.map((f) => f['inputIds'] as number[]);
    const a = collate(features, new Generator(3));
    const b = collate(features, new Generator(3));
    const c = collate(features, new Generator(4));
    expect(arr(a['inputIds'])).toEqual(arr(b['inputIds']));
    expect(arr(a['labels'])).toEqual(arr(b['labels']));
    expect(arr(a['labels'])).not.toEqual(arr(c['labels']));
    const ids = arr(a['inputIds']) as number[][];
    const labels = arr(a['labels']) as number[][];
    const mask = bert.tokenToId('[MASK]');
    let chosen = 0;
    let masked = 0;
    let kept = 0;
    let maskable = 0;
    labels.forEach((row, r) =>
      row.forEach((label, t) => {
        const isSpecial = t === 0 || t === row.length - 1;
        if (!isSpecial) maskable++;
        if (label === IGNORE_INDEX) {
          expect(ids[r]![t]).toBe(original[r]![t]); // unchosen tokens are untouched
          return;
        }
        expect(isSpecial).toBe(false);
        expect(label).toBe(original[r]![t]);
        chosen++;
        if (ids[r]![t] === mask) masked++;
        if (ids[r]![t] === label) kept++;
      }),
    );
    expect(chosen / maskable).toBeGreaterThan(0.1);
    expect(chosen / maskable).toBeLessThan(0.2);
    expect(masked / chosen).toBeGreaterThan(0.65);
    expect(masked / chosen).toBeLessThan(0.92);
    expect(kept).toBeGreaterThan(0);
  });

  it('causal LM: labels are the next token, -100 at the last real token and on padding', () => {
    const features = rows(gpt2, ['Hello world', 'Hello there big world']);
    const batch = dataCollatorForLanguageModeling(gpt2, { mlm: false })(features, new Generator(0));
    const [short, long] = features.map((f) => f['inputIds'] as number[]) as [number[], number[]];
    expect(arr(batch['labels'])).toEqual([
      [...short.slice(1), IGNORE_INDEX, ...new Array(long.length - short.length).fill(IGNORE_INDEX)],
      [...long.slice(1), IGNORE_INDEX],
    ]);
    expect(() => dataCollatorForLanguageModeling(gpt2)).toThrow(/no mask token/);
  });
});

describe('dataCollatorForSeq2Seq', () => {
  it('pads labels with -100 and shifts them right into decoderInputIds behind the start token', () => {
    const features = [
      { ...t5('translate: hi'), labels: t5('hallo').inputIds },
      { ...t5('translate: good morning'), labels: t5('guten Morgen zusammen').inputIds },
    ];
    const batch = dataCollatorForSeq2Seq(t5, { decoderStartTokenId: t5.padTokenId! })(
      features,
      new Generator(0),
    );
    const [a, b] = features.map((f) => f.labels) as [number[], number[]];
    const pad = t5.padTokenId!;
    expect(arr(batch['labels'])).toEqual([[...a, ...new Array(b.length - a.length).fill(IGNORE_INDEX)], b]);
    expect(arr(batch['decoderInputIds'])).toEqual([
      [pad, ...a, ...new Array(b.length - a.length).fill(pad)].slice(0, b.length),
      [pad, ...b.slice(0, -1)],
    ]);
  });
});
