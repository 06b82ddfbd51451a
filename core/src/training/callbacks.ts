import type { ResolvedTrainingArguments } from './args.js';

/** Where training is, as callbacks see it (transformers' `TrainerState`, in part). */
export interface TrainerState {
  /** Optimizer steps taken. */
  globalStep: number;
  /** Optimizer steps the run will take. */
  maxSteps: number;
  /** Fractional epoch (1.5 = halfway through the second pass). */
  epoch: number;
  /** Every logged entry: training logs and evaluation metrics, with `step` and `epoch`. */
  logHistory: Record<string, number>[];
  /** The best value of `metricForBestModel` so far. */
  bestMetric: number | undefined;
  /** The checkpoint folder that holds the best model so far. */
  bestModelCheckpoint: string | undefined;
}

/** What a callback can ask of the training loop (transformers' `TrainerControl`, in part). */
export interface TrainerControl {
  /** Stop after this step. */
  shouldTrainingStop: boolean;
}

/** The arguments every callback receives. */
export interface CallbackContext {
  args: ResolvedTrainingArguments;
  state: TrainerState;
  control: TrainerControl;
}

/** transformers' `TrainerCallback`: hooks the loop calls; each may set `control` fields. */
export interface TrainerCallback {
  onTrainBegin?(context: CallbackContext): void;
  onStepEnd?(context: CallbackContext): void;
  onLog?(context: CallbackContext, logs: Record<string, number>): void;
  onEvaluate?(context: CallbackContext, metrics: Record<string, number>): void;
  onSave?(context: CallbackContext, checkpoint: string): void;
  onTrainEnd?(context: CallbackContext): void;
}

/**
 * transformers' `EarlyStoppingCallback`: stops training when `metricForBestModel` has not improved
 * on its best by more than `earlyStoppingThreshold` for `earlyStoppingPatience` evaluations in a row.
 */
export class EarlyStoppingCallback implements TrainerCallback {
  private bestValue: number | undefined;
  /** Evaluations in a row without improvement. */
  patienceCounter = 0;

  constructor(readonly options: { earlyStoppingPatience?: number; earlyStoppingThreshold?: number } = {}) {}

  onEvaluate({ args, control }: CallbackContext, metrics: Record<string, number>): void {
    const name = args.metricForBestModel.startsWith('eval_')
      ? args.metricForBestModel
      : `eval_${args.metricForBestModel}`;
    const value = metrics[name];
    if (value === undefined) return;
    const threshold = this.options.earlyStoppingThreshold ?? 0;
    const improved =
      this.bestValue === undefined ||
      (args.greaterIsBetter ? value > this.bestValue + threshold : value < this.bestValue - threshold);
    if (improved) {
      this.bestValue = value;
      this.patienceCounter = 0;
    } else {
      this.patienceCounter++;
    }
    if (this.patienceCounter >= (this.options.earlyStoppingPatience ?? 1)) control.shouldTrainingStop = true;
  }
}
