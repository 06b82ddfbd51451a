import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// Registers GPT-2 and RoBERTa with the Auto classes.
import '../models/gpt2/index.js';
import '../models/roberta/index.js';
import { AutoModelForSequenceClassification, AutoModelForTokenClassification } from '../models/auto.js';
import { AutoTokenizer } from '../tokenizers/auto.js';
import { TOKENIZER_FIXTURES } from '../tokenizers/test-support/fixtures.js';
import { TextClassificationPipeline } from './text-classification.js';
import { TokenClassificationPipeline } from './token-classification.js';

describe('pipelines beyond BERT', () => {
  it('GPT-2 (no padding token): texts run one at a time, each as if alone', async () => {
    const tokenizer = await AutoTokenizer.fromPretrained(join(TOKENIZER_FIXTURES, 'gpt2'));
    const model = AutoModelForSequenceClassification.fromConfig({
      model_type: 'gpt2',
      vocab_size: 50257,
      n_embd: 32,
      n_layer: 2,
      n_head: 4,
      n_positions: 64,
      id2label: { '0': 'negative', '1': 'positive' },
    }).eval();
    const classify = new TextClassificationPipeline({ model, tokenizer });
    const texts = ['A delightful film.', 'Far too long, and dull.'];
    const batch = await classify(texts, { topK: null });
    for (const [i, text] of texts.entries()) expect(await classify(text, { topK: null })).toEqual(batch[i]);
    model.dispose();
  });

  it('RoBERTa (byte-level, no ## marks): words are told apart by the spaces before them', async () => {
    const tokenizer = await AutoTokenizer.fromPretrained(join(TOKENIZER_FIXTURES, 'roberta-base'));
    const model = AutoModelForTokenClassification.fromConfig({
      model_type: 'roberta',
      vocab_size: 50265,
      hidden_size: 32,
      num_hidden_layers: 2,
      num_attention_heads: 4,
      intermediate_size: 37,
      max_position_embeddings: 66,
      pad_token_id: 1,
      id2label: { '0': 'B-LOC', '1': 'B-PER' },
    }).eval();
    const ner = new TokenClassificationPipeline({ model, tokenizer });
    const text = 'Sylvain lives in Brooklyn, unbelievably.';
    const tokens = await ner(text);
    expect(tokens.map((t) => t.word)).toEqual(tokenizer.tokenize(text));
    // Every label starts a group (B-), so 'first' gives one group per word: the pieces of a word
    // (no space before them) join it, punctuation after a word stands alone only when spaced.
    const words = await ner(text, { aggregationStrategy: 'first' });
    expect(words.map((w) => text.slice(w.start, w.end))).toEqual([
      'Sylvain',
      'lives',
      'in',
      'Brooklyn,',
      'unbelievably.',
    ]);
    expect(words.map((w) => w.word)).toEqual(['Sylvain', ' lives', ' in', ' Brooklyn,', ' unbelievably.']);
    model.dispose();
  });
});
