/**
 * @deltahub/core: TensorFlow.js backbones loaded from Hugging Face checkpoints, the PyTorch-style
 * module tree they are built from, and delta methods on top. No network access.
 *
 * The public API, listed by name: what is not here is internal (`api-report.md` records the list,
 * and a test fails when it changes unnoticed). Safetensors, the checkpoint format and the file
 * helpers have their own entry points (`@deltahub/core/safetensors`, `/checkpoint`, `/fs`).
 */

// Runtime: TensorFlow.js and the backend choice.
export { tf } from './runtime/tf.js';
export {
  BACKEND_PREFERENCE,
  currentBackend,
  ensureBackend,
  selectBackend,
  type BackendChoice,
  type BackendName,
} from './runtime/backend.js';
export { DeltahubError } from './errors.js';

// The module tree (PyTorch's names and semantics).
export {
  Module,
  StateDictError,
  type ForwardHook,
  type ForwardPreHook,
  type HookHandle,
  type LoadStateDictResult,
  type Parameter,
  type ShapeMismatch,
  type StateDict,
  type StateDictHook,
} from './nn/module.js';
export { ACTIVATIONS, getActivation, type Activation } from './nn/activations.js';
export { ActivationModule } from './nn/activation-module.js';
export { ModuleList } from './nn/containers.js';
export { Dropout } from './nn/dropout.js';
export { Embedding } from './nn/embedding.js';
export { withEmptyWeights, withoutRandomInit } from './nn/init.js';
export { checkpoint } from './nn/checkpoint.js';
export { causalLMLoss, type CausalLMLossOptions } from './models/lm-loss.js';
export { Conv1D, Linear } from './nn/linear.js';
export { LayerNorm, RMSNorm } from './nn/normalization.js';

// Backbones: loading, the Auto classes and each architecture's module classes.
export {
  AutoModel,
  AutoModelForCausalLM,
  AutoModelForMaskedLM,
  AutoModelForSeq2SeqLM,
  AutoModelForSequenceClassification,
  AutoModelForTokenClassification,
  type AutoModelClass,
} from './models/auto.js';
export type { PretrainedConfig } from './models/config.js';
export type { ModelInputs, ModelOutput, TensorLike } from './models/inputs.js';
export type { LoadReport } from './models/load-report.js';
export {
  setPretrainedSourceResolver,
  type FromConfigOptions,
  type FromPretrainedOptions,
  type PretrainedSourceResolver,
} from './models/loading.js';
export { PreTrainedModel } from './models/pretrained-model.js';
export {
  registerArchitecture,
  registeredArchitectures,
  type ArchitectureEntry,
  type AutoTask,
  type PretrainedModelClass,
} from './models/registry.js';
export {
  BertAttention,
  BertEmbeddings,
  BertEncoder,
  BertForMaskedLM,
  BertForPreTraining,
  BertForSequenceClassification,
  BertForTokenClassification,
  BertIntermediate,
  BertLayer,
  BertLMPredictionHead,
  BertModel,
  BertOnlyMLMHead,
  BertOutput,
  BertPooler,
  BertPredictionHeadTransform,
  BertPreTrainedModel,
  BertPreTrainingHeads,
  BertSelfAttention,
  BertSelfOutput,
  type BertForPreTrainingOutput,
} from './models/bert/index.js';
export {
  RobertaClassificationHead,
  RobertaEmbeddings,
  RobertaForMaskedLM,
  RobertaForSequenceClassification,
  RobertaForTokenClassification,
  RobertaLMHead,
  RobertaModel,
  RobertaPreTrainedModel,
} from './models/roberta/index.js';
export {
  DistilBertForMaskedLM,
  DistilBertForSequenceClassification,
  DistilBertForTokenClassification,
  DistilBertModel,
  Embeddings,
  FFN,
  MultiHeadSelfAttention,
  Transformer,
  TransformerBlock,
  type DistilBertConfig,
} from './models/distilbert/index.js';
export {
  GPT2Attention,
  GPT2Block,
  GPT2ForSequenceClassification,
  GPT2LMHeadModel,
  GPT2MLP,
  GPT2Model,
  type GPT2Config,
} from './models/gpt2/index.js';
export {
  LlamaAttention,
  LlamaDecoderLayer,
  LlamaForCausalLM,
  LlamaForSequenceClassification,
  LlamaMLP,
  LlamaModel,
  LlamaRMSNorm,
  LlamaRotaryEmbedding,
  MistralForCausalLM,
  MistralForSequenceClassification,
  MistralModel,
  Qwen2ForCausalLM,
  Qwen2ForSequenceClassification,
  Qwen2Model,
  type LlamaAttentionOptions,
  type LlamaConfig,
  type LlamaFamily,
  type RopeScalingConfig,
} from './models/llama/index.js';
export {
  T5Attention,
  T5Block,
  T5DenseActDense,
  T5DenseGatedActDense,
  T5EncoderDecoderModel,
  T5EncoderModel,
  T5ForConditionalGeneration,
  T5LayerCrossAttention,
  T5LayerFF,
  T5LayerSelfAttention,
  T5Model,
  T5PreTrainedModel,
  T5Stack,
} from './models/t5/index.js';
export {
  BartAttention,
  BartClassificationHead,
  BartDecoder,
  BartDecoderLayer,
  BartEncoder,
  BartEncoderLayer,
  BartEosTokenError,
  BartForConditionalGeneration,
  BartForSequenceClassification,
  BartLearnedPositionalEmbedding,
  BartModel,
  BartPreTrainedModel,
} from './models/bart/index.js';

// Delta methods: the base classes, addressing, Auto classes and registration, each method.
export {
  DELTAS_KEYWORD,
  DeltaModel,
  registerDeltaPersistence,
  type DeltaAttachment,
  type DeltaModelOptions,
  type DeltaPersistence,
  type DeltaPersistenceOperation,
  type DeltaPersistenceOptions,
  type DeltaPersistenceResult,
  type DeltaPersistenceTypes,
  type DeltaType,
} from './deltas/base/delta-model.js';
export { DeltaStateDictError } from './deltas/base/delta-state-dict.js';
export { MergeableDeltaModel } from './deltas/base/mergeable.js';
export { matchesModulePattern, parameterMatches, resolveModules } from './deltas/base/addressing.js';
export { AutoDeltaConfig, AutoDeltaModel, type DeltaMethodConfig } from './deltas/auto.js';
export {
  registerDeltaMethod,
  registeredDeltaMethods,
  type DeltaMethodEntry,
  type DeltaMethodOptions,
} from './deltas/registry.js';
export {
  LORA_DEFAULTS,
  LoraModel,
  LowRankLinear,
  type LoraConfig,
  type LoraModelOptions,
} from './deltas/lora/index.js';
export {
  ADAPTER_DEFAULTS,
  AdapterLayer,
  AdapterModel,
  type AdapterConfig,
  type AdapterModelOptions,
} from './deltas/adapter/index.js';
export {
  LOW_RANK_ADAPTER_DEFAULTS,
  LowRankAdapter,
  LowRankAdapterLinear,
  LowRankAdapterModel,
  type FactorInit,
  type LowRankAdapterConfig,
  type LowRankAdapterModelOptions,
} from './deltas/low-rank-adapter/index.js';
export {
  COMPACTER_DEFAULTS,
  CompacterModel,
  HyperComplexAdapterLayer,
  PHMLinear,
  type CompacterConfig,
  type CompacterModelOptions,
  type PhmOptions,
  type PhmWInit,
} from './deltas/compacter/index.js';
export {
  PARALLEL_ADAPTER_DEFAULTS,
  ParallelAdapterLayer,
  ParallelAdapterModel,
  type ParallelAdapterConfig,
  type ParallelAdapterModelOptions,
} from './deltas/parallel-adapter/index.js';
export { BitFitModel, type BitFitModelOptions } from './deltas/bitfit/index.js';
export {
  IA3_DEFAULTS,
  IA3Model,
  IA3Vector,
  type Ia3Config,
  type IA3ModelOptions,
} from './deltas/ia3/index.js';
export {
  PREFIX_DEFAULTS,
  PrefixLayer,
  PrefixModel,
  ReparameterizeFunction,
  type FlatPrefix,
  type PrefixConfig,
  type PrefixModelOptions,
} from './deltas/prefix/index.js';
export {
  SOFT_PROMPT_DEFAULTS,
  SoftPromptLayer,
  SoftPromptModel,
  type SoftPromptConfig,
  type SoftPromptModelOptions,
} from './deltas/soft-prompt/index.js';
// PEFT's key names and default targets (the `deltahub` package's fromPeft / savePeft use them).
export {
  PEFT_KEY_PREFIX,
  PEFT_PROMPT_EMBEDDINGS,
  deltahubNameOf,
  joinPrefixTable,
  parsePeftKey,
  peftKeyOf,
  peftTargetNames,
  peftTargetPatterns,
  seq2seqPrefixPair,
  splitPrefixTable,
  type PeftTensorKey,
  type PrefixKeyValueData,
} from './deltas/peft/index.js';

// The structure graph and parameter counts OpenDelta prints.
export { Visualization, type ParameterState, type StructureGraphOptions } from './visualization/index.js';

// Backbone fingerprints: what a delta checkpoint records to recognise its backbone.
export {
  backboneStructure,
  describeDifference,
  diffStructures,
  fingerprintBackbone,
  structureFingerprintOf,
  type BackboneFingerprint,
  type BackboneStructure,
  type FingerprintOptions,
  type StructureDifference,
} from './fingerprint/index.js';

// Tokenizers: text in, ids and tensors out, and back, from a model folder's tokenizer files.
export {
  AutoTokenizer,
  PreTrainedTokenizer,
  TOKENIZER_FILE_NAMES,
  setTokenizerSourceResolver,
  tokenizerFolderSource,
  type AutoTokenizerOptions,
  type BatchEncoding,
  type ChatMessage,
  type ChatTemplateOptions,
  type ChatTemplates,
  type DecodeOptions,
  type EncodeOptions,
  type EncodingWithOffsets,
  type PaddingOption,
  type SpecialTokens,
  type TokenizerCallOptions,
  type TokenizerDefinition,
  type TokenizerFileSource,
  type TokenizerSourceResolver,
  type TruncationOption,
  type TruncationStrategy,
} from './tokenizers/index.js';

// Generation: text out of causal and seq2seq models (`model.generate`), over a key/value cache.
export {
  AttentionCache,
  generate,
  KeyValueCache,
  type GenerateInputs,
  type GenerateOptions,
  type GenerateOutput,
  type GenerationKind,
  type GenerationModel,
  type GenerationStreamer,
  type GenerationTokenizer,
  type GenerativeModel,
  type LayerKeyValues,
  type PastKeyValues,
  TextStreamer,
  type TextStreamerOptions,
} from './generation/index.js';

// Datasets and data collators: files read lazily, batches padded for each task.
export {
  Dataset,
  DatasetError,
  IGNORE_INDEX,
  dataCollatorForLanguageModeling,
  dataCollatorForSeq2Seq,
  dataCollatorForTokenClassification,
  dataCollatorWithPadding,
  loadDataset,
  type Batch,
  type ColumnBatch,
  type DataCollator,
  type DatasetFormat,
  type LanguageModelingCollatorOptions,
  type LoadDatasetOptions,
  type MapOptions,
  type PaddingCollatorOptions,
  type Row,
  type RowSource,
  type Seq2SeqCollatorOptions,
} from './data/index.js';
export { Generator, type GeneratorState } from './random/generator.js';

// Training: transformers' Trainer, its arguments, optimizer, schedules, metrics and callbacks.
export {
  AdamW,
  CHECKPOINT_ARGS_FILE,
  CHECKPOINT_OPTIMIZER_FILE,
  CHECKPOINT_STATE_FILE,
  CHECKPOINT_WEIGHTS_FILE,
  EarlyStoppingCallback,
  Trainer,
  TrainerError,
  accuracy,
  argmax,
  clipByGlobalNorm,
  exactMatch,
  f1,
  learningRateFactor,
  lossFromLogits,
  perplexity,
  precision,
  recall,
  resolveTrainingArguments,
  type AdamWOptions,
  type Averaging,
  type CallbackContext,
  type ClassificationMetricOptions,
  type EvalPrediction,
  type IntervalStrategy,
  type ResolvedTrainingArguments,
  type SchedulerType,
  type TrainableModel,
  type TrainerCallback,
  type TrainerCheckpointState,
  type TrainerControl,
  type TrainerOptions,
  type TrainerState,
  type TrainOutput,
  type TrainingArguments,
} from './training/index.js';

// Pipelines: a task (text-classification, token-classification, fill-mask, feature-extraction,
// text-generation, text2text-generation, summarization) over a loaded model and tokenizer; the deltahub package's pipeline() builds them from ids.
export {
  FeatureExtractionPipeline,
  FillMaskPipeline,
  PIPELINE_TASKS,
  Pipeline,
  SummarizationPipeline,
  Text2TextGenerationPipeline,
  TextClassificationPipeline,
  TextGenerationPipeline,
  TokenClassificationPipeline,
  type AnyPipeline,
  type PipelineGenerateOptions,
  type SummarizationOutput,
  type Text2TextGenerationOptions,
  type Text2TextGenerationOutput,
  type TextGenerationOptions,
  type TextGenerationOutput,
  type AggregationStrategy,
  type EncodedBatch,
  type FeatureExtractionOptions,
  type FillMaskOptions,
  type FillMaskOutput,
  type FillMaskResult,
  type GroupedEntity,
  type PipelineCallOptions,
  type PipelineParts,
  type PipelineTask,
  type PipelineTaskEntry,
  type TextClassificationOptions,
  type TextClassificationOutput,
  type TokenClassificationOptions,
  type TokenEntity,
} from './pipelines/index.js';
