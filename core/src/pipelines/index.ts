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
export { PIPELINE_TASKS, type PipelineTaskEntry } from './tasks.js';
