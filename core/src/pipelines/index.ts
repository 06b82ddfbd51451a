/** Task pipelines (transformers' names and output shapes) over a loaded model and tokenizer. */
export {
  Pipeline,
  type EncodedBatch,
  type PipelineCallOptions,
  type PipelineParts,
  type PipelineTask,
} from './pipeline.js';
export {
  TextClassificationPipeline,
  type TextClassificationOptions,
  type TextClassificationOutput,
} from './text-classification.js';
export {
  TokenClassificationPipeline,
  type AggregationStrategy,
  type GroupedEntity,
  type TokenClassificationOptions,
  type TokenEntity,
} from './token-classification.js';
export {
  FillMaskPipeline,
  type FillMaskOptions,
  type FillMaskOutput,
  type FillMaskResult,
} from './fill-mask.js';
export { FeatureExtractionPipeline, type FeatureExtractionOptions } from './feature-extraction.js';
export {
  TextGenerationPipeline,
  type PipelineGenerateOptions,
  type TextGenerationOptions,
  type TextGenerationOutput,
} from './text-generation.js';
export {
  SummarizationPipeline,
  Text2TextGenerationPipeline,
  type SummarizationOutput,
  type Text2TextGenerationOptions,
  type Text2TextGenerationOutput,
} from './text2text-generation.js';
export { PIPELINE_TASKS, type AnyPipeline, type PipelineTaskEntry } from './tasks.js';
