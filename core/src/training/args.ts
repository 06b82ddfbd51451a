import { TrainerError } from './errors.js';

/** When to evaluate, save or log: never, every N optimizer steps, or at the end of each epoch. */
export type IntervalStrategy = 'no' | 'steps' | 'epoch';

/** The learning-rate schedules of transformers' `get_scheduler` that deltahub implements. */
export type SchedulerType = 'linear' | 'cosine' | 'constant' | 'constant_with_warmup';

/**
 * transformers' `TrainingArguments`, by the same names in camelCase and with the same defaults.
 * Steps count optimizer updates (one per `gradientAccumulationSteps` batches).
 */
export interface TrainingArguments {
  /** Where checkpoints (`checkpoint-<step>/`) and the JSON log (`trainer_log.jsonl`) go. */
  outputDir: string;
  /** Passes over the training set (3); ignored when `maxSteps` is set. */
  numTrainEpochs?: number;
  /** Total optimizer steps; overrides `numTrainEpochs` when positive (-1). */
  maxSteps?: number;
  /** Examples per batch in training (8). */
  perDeviceTrainBatchSize?: number;
  /** Examples per batch in evaluation and prediction (8). */
  perDeviceEvalBatchSize?: number;
  /** Batches whose gradients are averaged into one optimizer step (1). */
  gradientAccumulationSteps?: number;
  /** Peak learning rate of AdamW (5e-5). */
  learningRate?: number;
  /** AdamW's decoupled weight decay (0), never applied to biases and norm weights. */
  weightDecay?: number;
  adamBeta1?: number;
  adamBeta2?: number;
  adamEpsilon?: number;
  /** Gradients are scaled down when their global norm exceeds this (1; 0 turns clipping off). */
  maxGradNorm?: number;
  /** Learning-rate schedule after warmup ('linear'). */
  lrSchedulerType?: SchedulerType;
  /** Steps of linear warmup from 0 (0); overrides `warmupRatio`. */
  warmupSteps?: number;
  /** Warmup as a share of the total steps (0). */
  warmupRatio?: number;
  /** Seeds shuffling, dropout and masking: the same seed trains the same way (42). */
  seed?: number;
  evalStrategy?: IntervalStrategy;
  /** Evaluate every this many steps with `evalStrategy: 'steps'` (default `loggingSteps`). */
  evalSteps?: number;
  saveStrategy?: IntervalStrategy;
  /** Save a checkpoint every this many steps with `saveStrategy: 'steps'` (500). */
  saveSteps?: number;
  /** Keep at most this many checkpoints (and always the best one); unlimited when unset. */
  saveTotalLimit?: number;
  loggingStrategy?: IntervalStrategy;
  /** Log every this many steps with `loggingStrategy: 'steps'` (500). */
  loggingSteps?: number;
  /** Reload the best checkpoint's weights when training ends (false). */
  loadBestModelAtEnd?: boolean;
  /** The metric that picks the best checkpoint, with or without `eval_` ('loss'). */
  metricForBestModel?: string;
  /** Whether a larger `metricForBestModel` is better (default: false for a loss, true otherwise). */
  greaterIsBetter?: boolean;
  /** No progress bar or progress lines (false). */
  disableTqdm?: boolean;
  /** Drop the last incomplete training batch of each epoch (false). */
  dataloaderDropLast?: boolean;
  /**
   * Worker threads that split each batch between them, each with a replica of the model (1: train
   * in this thread). Only the delta's gradients and values cross threads. The model must be a
   * registered class (`BertForSequenceClassification`...). Results equal one worker's up to float
   * rounding when dropout is off; with dropout on, each shard draws its own (seeded) masks.
   */
  workers?: number;
}

/** {@link TrainingArguments} with every default filled in. */
export type ResolvedTrainingArguments = Required<
  Omit<TrainingArguments, 'saveTotalLimit' | 'greaterIsBetter'>
> & {
  saveTotalLimit: number | undefined;
  greaterIsBetter: boolean;
};

/** Fills in transformers' defaults and checks every value (`TRAINER_BAD_ARGS` naming the argument). */
export function resolveTrainingArguments(args: TrainingArguments): ResolvedTrainingArguments {
  if (typeof args?.outputDir !== 'string' || args.outputDir === '')
    bad('outputDir', args?.outputDir, 'a folder path');
  const loggingSteps = args.loggingSteps ?? 500;
  const metricForBestModel = args.metricForBestModel ?? 'loss';
  const resolved: ResolvedTrainingArguments = {
    outputDir: args.outputDir,
    numTrainEpochs: args.numTrainEpochs ?? 3,
    maxSteps: args.maxSteps ?? -1,
    perDeviceTrainBatchSize: args.perDeviceTrainBatchSize ?? 8,
    perDeviceEvalBatchSize: args.perDeviceEvalBatchSize ?? 8,
    gradientAccumulationSteps: args.gradientAccumulationSteps ?? 1,
    learningRate: args.learningRate ?? 5e-5,
    weightDecay: args.weightDecay ?? 0,
    adamBeta1: args.adamBeta1 ?? 0.9,
    adamBeta2: args.adamBeta2 ?? 0.999,
    adamEpsilon: args.adamEpsilon ?? 1e-8,
    maxGradNorm: args.maxGradNorm ?? 1,
    lrSchedulerType: args.lrSchedulerType ?? 'linear',
    warmupSteps: args.warmupSteps ?? 0,
    warmupRatio: args.warmupRatio ?? 0,
    seed: args.seed ?? 42,
    evalStrategy: args.evalStrategy ?? 'no',
    evalSteps: args.evalSteps ?? loggingSteps,
    saveStrategy: args.saveStrategy ?? 'steps',
    saveSteps: args.saveSteps ?? 500,
    saveTotalLimit: args.saveTotalLimit,
    loggingStrategy: args.loggingStrategy ?? 'steps',
    loggingSteps,
    loadBestModelAtEnd: args.loadBestModelAtEnd ?? false,
    metricForBestModel,
    greaterIsBetter: args.greaterIsBetter ?? !/(^|_)loss$/.test(metricForBestModel),
    disableTqdm: args.disableTqdm ?? false,
    dataloaderDropLast: args.dataloaderDropLast ?? false,
    workers: args.workers ?? 1,
  };
  const r = resolved;
  if (!(r.numTrainEpochs > 0) || !Number.isFinite(r.numTrainEpochs))
    bad('numTrainEpochs', r.numTrainEpochs, 'a positive number');
  if (!Number.isInteger(r.maxSteps) || (r.maxSteps <= 0 && r.maxSteps !== -1))
    bad('maxSteps', r.maxSteps, 'a positive integer or -1');
  for (const key of [
    'workers',
    'perDeviceTrainBatchSize',
    'perDeviceEvalBatchSize',
    'gradientAccumulationSteps',
    'evalSteps',
    'saveSteps',
    'loggingSteps',
  ] as const) {
    if (!Number.isInteger(r[key]) || r[key] <= 0) bad(key, r[key], 'a positive integer');
  }
  if (!(r.learningRate >= 0) || !Number.isFinite(r.learningRate))
    bad('learningRate', r.learningRate, 'a finite number ≥ 0');
  if (!(r.weightDecay >= 0)) bad('weightDecay', r.weightDecay, 'a number ≥ 0');
  for (const key of ['adamBeta1', 'adamBeta2'] as const) {
    if (!(r[key] >= 0 && r[key] < 1)) bad(key, r[key], 'a number in [0, 1)');
  }
  if (!(r.adamEpsilon > 0)) bad('adamEpsilon', r.adamEpsilon, 'a positive number');
  if (!(r.maxGradNorm >= 0)) bad('maxGradNorm', r.maxGradNorm, 'a number ≥ 0');
  if (!['linear', 'cosine', 'constant', 'constant_with_warmup'].includes(r.lrSchedulerType)) {
    bad('lrSchedulerType', r.lrSchedulerType, "'linear', 'cosine', 'constant' or 'constant_with_warmup'");
  }
  if (!Number.isInteger(r.warmupSteps) || r.warmupSteps < 0)
    bad('warmupSteps', r.warmupSteps, 'an integer ≥ 0');
  if (!(r.warmupRatio >= 0 && r.warmupRatio <= 1)) bad('warmupRatio', r.warmupRatio, 'a number in [0, 1]');
  if (!Number.isSafeInteger(r.seed)) bad('seed', r.seed, 'a safe integer');
  for (const key of ['evalStrategy', 'saveStrategy', 'loggingStrategy'] as const) {
    if (!['no', 'steps', 'epoch'].includes(r[key])) bad(key, r[key], "'no', 'steps' or 'epoch'");
  }
  if (r.saveTotalLimit !== undefined && (!Number.isInteger(r.saveTotalLimit) || r.saveTotalLimit <= 0)) {
    bad('saveTotalLimit', r.saveTotalLimit, 'a positive integer');
  }
  if (r.loadBestModelAtEnd) {
    // As in transformers: the best model can only be reloaded if a checkpoint follows every evaluation.
    if (r.evalStrategy === 'no' || r.saveStrategy !== r.evalStrategy) {
      bad(
        'loadBestModelAtEnd',
        true,
        `saveStrategy equal to evalStrategy (not 'no'); got save '${r.saveStrategy}', eval '${r.evalStrategy}'`,
      );
    }
    if (r.evalStrategy === 'steps' && r.saveSteps % r.evalSteps !== 0) {
      bad('loadBestModelAtEnd', true, `saveSteps (${r.saveSteps}) a multiple of evalSteps (${r.evalSteps})`);
    }
  }
  return resolved;
}

function bad(name: string, value: unknown, expected: string): never {
  throw new TrainerError(
    'TRAINER_BAD_ARGS',
    `Training argument ${name} must be ${expected}; got ${JSON.stringify(value)}.`,
  );
}
