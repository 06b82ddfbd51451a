export { AdamW, type AdamWOptions } from './adamw.js';
export {
  resolveTrainingArguments,
  type IntervalStrategy,
  type ResolvedTrainingArguments,
  type SchedulerType,
  type TrainingArguments,
} from './args.js';
export {
  EarlyStoppingCallback,
  type CallbackContext,
  type TrainerCallback,
  type TrainerControl,
  type TrainerState,
} from './callbacks.js';
export {
  CHECKPOINT_ARGS_FILE,
  CHECKPOINT_OPTIMIZER_FILE,
  CHECKPOINT_STATE_FILE,
  CHECKPOINT_WEIGHTS_FILE,
  type TrainerCheckpointState,
} from './checkpoint.js';
export { TrainerError } from './errors.js';
export { clipByGlobalNorm } from './gradients.js';
export { lossFromLogits } from './loss.js';
export {
  accuracy,
  argmax,
  exactMatch,
  f1,
  perplexity,
  precision,
  recall,
  type Averaging,
  type ClassificationMetricOptions,
} from './metrics.js';
export { learningRateFactor } from './schedules.js';
export {
  Trainer,
  type EvalPrediction,
  type TrainableModel,
  type TrainerOptions,
  type TrainOutput,
} from './trainer.js';
