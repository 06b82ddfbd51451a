import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// Registers GPT-2 and T5 with the Auto classes.
import '../models/gpt2/index.js';
import '../models/t5/index.js';
import type { GenerationModel } from '../generation/generate.js';
import { AutoModelForCausalLM, AutoModelForSeq2SeqLM } from '../models/auto.js';
import { AutoTokenizer } from '../tokenizers/auto.js';
import { TOKENIZER_FIXTURES } from '../tokenizers/test-support/fixtures.js';
import type { PreTrainedTokenizer } from '../tokenizers/tokenizer.js';
import { SummarizationPipeline, Text2TextGenerationPipeline } from './text2text-generation.js';
import { TextGenerationPipeline } from './text-generation.js';

describe('text-generation (tiny GPT-2, the real gpt2 tokenizer)', () => {
  let tokenizer: PreTrainedTokenizer;
  let model: GenerationModel;
  let generateText: TextGenerationPipeline;
  beforeAll(async () => {
    tokenizer = await AutoTokenizer.fromPretrained(join(TOKENIZER_FIXTURES, 'gpt2'));
    model = AutoModelForCausalLM.fromConfig({
      model_type: 'gpt2',
      vocab_size: 50257,
      n_embd: 32,
      n_layer: 2,
      n_head: 4,
      n_positions: 64,
      bos_token_id: 50256,
      eos_token_id: 50256,
    }).eval() as GenerationModel;
    generateText = new TextGenerationPipeline({ model, tokenizer });
  });
  afterAll(() => model.dispose());

  it('continues the prompt with what generate gives, decoded; the prompt first unless returnFullText is false', async () => {
    const prompt = 'Once upon a time';
    const ids = tokenizer.encode(prompt);
    const { sequences } = await model.generate([ids], { maxNewTokens: 6 });
    const continuation = tokenizer.decode(sequences[0]!.slice(ids.length), { skipSpecialTokens: true });
    expect(await generateText(prompt, { maxNewTokens: 6 })).toEqual([
      { generatedText: prompt + continuation },
    ]);
    expect(await generateText(prompt, { maxNewTokens: 6, returnFullText: false })).toEqual([
      { generatedText: continuation },
    ]);
  });

  it('numReturnSequences answers per prompt, for each prompt of an array', async () => {
    const answers = await generateText(['Hello', 'The end'], {
      maxNewTokens: 4,
      doSample: true,
      seed: 7,
      numReturnSequences: 2,
    });
    expect(answers.map((a) => a.length)).toEqual([2, 2]);
    expect(answers[0]!.every((a) => a.generatedText.startsWith('Hello'))).toBe(true);
  });
});

describe('text2text-generation and summarization (tiny T5, the real t5-small tokenizer)', () => {
  let tokenizer: PreTrainedTokenizer;
  let model: GenerationModel;
  beforeAll(async () => {
    tokenizer = await AutoTokenizer.fromPretrained(join(TOKENIZER_FIXTURES, 't5-small'));
    model = AutoModelForSeq2SeqLM.fromConfig({
      model_type: 't5',
      vocab_size: 32128,
      d_model: 32,
      d_kv: 8,
      d_ff: 37,
      num_layers: 2,
      num_heads: 4,
      decoder_start_token_id: 0,
      eos_token_id: 1,
      pad_token_id: 0,
    }).eval() as GenerationModel;
  });
  afterAll(() => model.dispose());

  it("answers generate's decoder tokens as text: generatedText, or summaryText", async () => {
    const text = 'summarize: deltas are small files trained on a frozen backbone.';
    const { sequences } = await model.generate([tokenizer.encode(text)], { maxNewTokens: 5 });
    const expected = tokenizer.decode(sequences[0]!, { skipSpecialTokens: true });
    const text2text = new Text2TextGenerationPipeline({ model, tokenizer });
    expect(await text2text(text, { maxNewTokens: 5 })).toEqual([{ generatedText: expected }]);
    const summarize = new SummarizationPipeline({ model, tokenizer });
    expect(await summarize([text], { maxNewTokens: 5 })).toEqual([[{ summaryText: expected }]]);
  });

  it('a model without generate is a typed error', async () => {
    const { AutoModel } = await import('../models/auto.js');
    const base = AutoModel.fromConfig({
      model_type: 't5',
      vocab_size: 32128,
      d_model: 32,
      d_kv: 8,
      d_ff: 37,
      num_layers: 1,
      num_heads: 4,
    });
    await expect(new Text2TextGenerationPipeline({ model: base, tokenizer })('x')).rejects.toMatchObject({
      code: 'PIPELINE_WRONG_MODEL',
    });
    base.dispose();
  });
});
