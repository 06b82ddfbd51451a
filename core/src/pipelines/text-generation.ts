import { DeltahubError } from '../errors.js';
import type { GenerationModel } from '../generation/generate.js';
import type { GenerateOptions } from '../generation/options.js';
import { Pipeline, type PipelineCallOptions } from './pipeline.js';

/** Generation options a pipeline call passes on to `generate` (the tokenizer is the pipeline's). */
export type PipelineGenerateOptions = Omit<GenerateOptions, 'tokenizer'>;

/** One generated text. */
export interface TextGenerationOutput {
  /** The prompt and its continuation (or the continuation only, with `returnFullText: false`). */
  generatedText: string;
}

/** Options of a text-generation call: `generate`'s, plus how the answer reads. */
export interface TextGenerationOptions extends PipelineCallOptions, PipelineGenerateOptions {
  /** Start the answer with the prompt (default true, as transformers). */
  returnFullText?: boolean;
}

/** `model.generate` of a language-model head, or a typed error naming the task. */
export function generationModelOf(pipeline: { model: unknown; task: string }): GenerationModel {
  const model = pipeline.model as Partial<GenerationModel>;
  if (typeof model.generate !== 'function') {
    throw new DeltahubError(
      'PIPELINE_WRONG_MODEL',
      `${pipeline.task} needs a language-model head with generate(); ${(pipeline.model as object).constructor.name} has none.`,
    );
  }
  return model as GenerationModel;
}

/**
 * transformers' `TextGenerationPipeline` on a causal language model: each prompt continued by
 * `generate` (greedy by default; sampling, beams, stop strings... as its options say), decoded
 * without special tokens; `numReturnSequences` answers per prompt.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface TextGenerationPipeline {
  (text: string, options?: TextGenerationOptions): Promise<TextGenerationOutput[]>;
  (texts: string[], options?: TextGenerationOptions): Promise<TextGenerationOutput[][]>;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class TextGenerationPipeline extends Pipeline<TextGenerationOptions, TextGenerationOutput[]> {
  readonly task = 'text-generation' as const;

  protected async predictBatch(
    texts: string[],
    options: TextGenerationOptions,
  ): Promise<TextGenerationOutput[][]> {
    const { returnFullText = true, batchSize: _batchSize, ...generateOptions } = options;
    const model = generationModelOf(this);
    // One prompt at a time: prompts need no padding, and each answer is as if alone.
    const answers: TextGenerationOutput[][] = [];
    for (const text of texts) {
      const prompt = this.tokenizer.encode(text);
      const { sequences } = await model.generate([prompt], { ...generateOptions, tokenizer: this.tokenizer });
      answers.push(
        sequences.map((row) => {
          const continuation = this.tokenizer.decode(row.slice(prompt.length), { skipSpecialTokens: true });
          return { generatedText: returnFullText ? text + continuation : continuation };
        }),
      );
    }
    return answers;
  }
}
