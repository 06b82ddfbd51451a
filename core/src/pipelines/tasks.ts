import {
  AutoModel,
  AutoModelForCausalLM,
  AutoModelForMaskedLM,
  AutoModelForSeq2SeqLM,
  AutoModelForSequenceClassification,
  AutoModelForTokenClassification,
  type AutoModelClass,
} from '../models/auto.js';
import { FeatureExtractionPipeline } from './feature-extraction.js';
import { FillMaskPipeline } from './fill-mask.js';
import type { PipelineParts, PipelineTask } from './pipeline.js';
import { TextClassificationPipeline } from './text-classification.js';
import { TextGenerationPipeline } from './text-generation.js';
import { SummarizationPipeline, Text2TextGenerationPipeline } from './text2text-generation.js';
import { TokenClassificationPipeline } from './token-classification.js';

/** Every task's pipeline. */
export type AnyPipeline =
  | TextClassificationPipeline
  | TokenClassificationPipeline
  | FillMaskPipeline
  | FeatureExtractionPipeline
  | TextGenerationPipeline
  | Text2TextGenerationPipeline
  | SummarizationPipeline;

/** What each task runs: the Auto class's task that loads its model, and its pipeline class. */
export interface PipelineTaskEntry {
  /** The Auto class that loads the model with the head the task needs. */
  autoModel: AutoModelClass;
  create(parts: PipelineParts): AnyPipeline;
}

/** The tasks by transformers' names (with its aliases `sentiment-analysis` and `ner`). */
export const PIPELINE_TASKS: Readonly<
  Record<PipelineTask | 'sentiment-analysis' | 'ner', PipelineTaskEntry>
> = {
  'text-classification': {
    autoModel: AutoModelForSequenceClassification,
    create: (p) => new TextClassificationPipeline(p),
  },
  'sentiment-analysis': {
    autoModel: AutoModelForSequenceClassification,
    create: (p) => new TextClassificationPipeline(p),
  },
  'token-classification': {
    autoModel: AutoModelForTokenClassification,
    create: (p) => new TokenClassificationPipeline(p),
  },
  ner: { autoModel: AutoModelForTokenClassification, create: (p) => new TokenClassificationPipeline(p) },
  'fill-mask': { autoModel: AutoModelForMaskedLM, create: (p) => new FillMaskPipeline(p) },
  'feature-extraction': { autoModel: AutoModel, create: (p) => new FeatureExtractionPipeline(p) },
  'text-generation': { autoModel: AutoModelForCausalLM, create: (p) => new TextGenerationPipeline(p) },
  'text2text-generation': {
    autoModel: AutoModelForSeq2SeqLM,
    create: (p) => new Text2TextGenerationPipeline(p),
  },
  summarization: { autoModel: AutoModelForSeq2SeqLM, create: (p) => new SummarizationPipeline(p) },
};
