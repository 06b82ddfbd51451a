import { Pipeline, type PipelineCallOptions } from './pipeline.js';
import { generationModelOf, type PipelineGenerateOptions } from './text-generation.js';

/** One generated text of an encoder-decoder. */
export interface Text2TextGenerationOutput {
  generatedText: string;
}

/** One summary. */
export interface SummarizationOutput {
  summaryText: string;
}

/** Options of a text2text-generation or summarization call: `generate`'s. */
export interface Text2TextGenerationOptions extends PipelineCallOptions, PipelineGenerateOptions {}

/** Runs `generate` on each text's encoding and decodes the decoder's tokens without special tokens. */
async function generateTexts(
  pipeline: Text2TextGenerationPipeline | SummarizationPipeline,
  texts: string[],
  options: Text2TextGenerationOptions,
): Promise<string[][]> {
  const { batchSize: _batchSize, ...generateOptions } = options;
  const model = generationModelOf(pipeline);
  const answers: string[][] = [];
  for (const text of texts) {
    const { sequences } = await model.generate([pipeline.tokenizer.encode(text)], {
      ...generateOptions,
      tokenizer: pipeline.tokenizer,
    });
    answers.push(sequences.map((row) => pipeline.tokenizer.decode(row, { skipSpecialTokens: true })));
  }
  return answers;
}

/**
 * transformers' `Text2TextGenerationPipeline` on a seq2seq head (T5, BART): the encoder reads the
 * text, `generate` writes the answer (T5 expects its task prefix in the text, e.g. `translate
 * English to German: ...`).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface Text2TextGenerationPipeline {
  (text: string, options?: Text2TextGenerationOptions): Promise<Text2TextGenerationOutput[]>;
  (texts: string[], options?: Text2TextGenerationOptions): Promise<Text2TextGenerationOutput[][]>;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class Text2TextGenerationPipeline extends Pipeline<
  Text2TextGenerationOptions,
  Text2TextGenerationOutput[]
> {
  readonly task = 'text2text-generation' as const;

  protected async predictBatch(texts: string[], options: Text2TextGenerationOptions) {
    return (await generateTexts(this, texts, options)).map((rows) =>
      rows.map((generatedText) => ({ generatedText })),
    );
  }
}

/** transformers' `SummarizationPipeline`: text2text generation answering `{ summaryText }`. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface SummarizationPipeline {
  (text: string, options?: Text2TextGenerationOptions): Promise<SummarizationOutput[]>;
  (texts: string[], options?: Text2TextGenerationOptions): Promise<SummarizationOutput[][]>;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class SummarizationPipeline extends Pipeline<Text2TextGenerationOptions, SummarizationOutput[]> {
  readonly task = 'summarization' as const;

  protected async predictBatch(texts: string[], options: Text2TextGenerationOptions) {
    return (await generateTexts(this, texts, options)).map((rows) =>
      rows.map((summaryText) => ({ summaryText })),
    );
  }
}
