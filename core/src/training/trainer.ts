import { appendFile, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataCollator } from '../data/collators/classification.js';
import { IGNORE_INDEX, type Batch } from '../data/collators/features.js';
import type { Dataset } from '../data/dataset.js';
import type { Row } from '../data/row-source.js';
import type { DeltaModel } from '../deltas/base/delta-model.js';
import type { DeltaPersistenceOptions, DeltaPersistenceResult } from '../deltas/base/persistence.js';
import type { ModelInputs, ModelOutput } from '../models/inputs.js';
import { withDropoutSeeds } from '../nn/dropout-seeds.js';
import type { Module, Parameter } from '../nn/module.js';
import { LayerNorm, RMSNorm } from '../nn/normalization.js';
import { Generator } from '../random/generator.js';
import { currentBackend } from '../runtime/backend.js';
import { tf } from '../runtime/tf.js';
import { AdamW } from './adamw.js';
import { resolveTrainingArguments, type ResolvedTrainingArguments, type TrainingArguments } from './args.js';
import type { CallbackContext, TrainerCallback, TrainerControl, TrainerState } from './callbacks.js';
import { loadTrainerCheckpoint, saveTrainerCheckpoint, type TrainerCheckpointState } from './checkpoint.js';
import { TrainerError } from './errors.js';
import { accumulate, clipByGlobalNorm, scale } from './gradients.js';
import { lossFromLogits } from './loss.js';
import { createProgress, type TrainingProgress } from './progress.js';
import { learningRateFactor, warmupStepsOf } from './schedules.js';
import { WorkerPool } from './workers/pool.js';
import { replicaSpecOf } from './workers/replica.js';

/** A model the Trainer can train: a module whose forward takes model inputs and returns logits. */
export interface TrainableModel extends Module {
  forward(inputs: ModelInputs): ModelOutput;
}

/**
 * What `computeMetrics` receives after an evaluation. For sequence-level outputs (`logits`
 * `[batch, classes]`) `predictions` holds each example's logits and `labelIds` its label; for
 * token-level outputs (`[batch, seq, classes]`: token classification, language modeling) each
 * example's predicted ids and labels at the positions whose label is not -100 (keeping a vocabulary
 * of logits per token would not fit in memory).
 */
export interface EvalPrediction {
  predictions: number[][];
  labelIds: number[] | number[][];
  /** Mean loss over the evaluated examples. */
  loss: number;
}

/** Options of the {@link Trainer}: transformers' `Trainer` arguments in camelCase. */
export interface TrainerOptions {
  model: TrainableModel;
  /** The delta being trained (freeze the backbone first): checkpoints and `pushToHub` use it. */
  delta?: DeltaModel;
  args: TrainingArguments;
  trainDataset?: Dataset;
  evalDataset?: Dataset;
  /** Turns rows into batches of tensors (see `dataCollatorWithPadding` and its siblings). */
  dataCollator: DataCollator;
  computeMetrics?: (prediction: EvalPrediction) => Record<string, number>;
  callbacks?: TrainerCallback[];
}

/** What {@link Trainer.train} returns. */
export interface TrainOutput {
  globalStep: number;
  /** Mean training loss over the steps of this run. */
  trainingLoss: number;
  metrics: Record<string, number>;
}

/** Where the loop is: the epoch in progress and its batches consumed (what a checkpoint records). */
interface Position {
  epochIndex: number;
  batchesInEpoch: number;
}

/**
 * transformers' `Trainer` for deltas on TensorFlow.js: `train()` (AdamW with decoupled weight decay,
 * warmup and decay schedules, gradient accumulation and clipping, evaluation, logging, checkpoints,
 * resume), `evaluate()` and `predict()`.
 *
 * Only trainable parameters train (the delta and any unfrozen head). Every random choice — the order
 * of each epoch, dropout masks, the masked-LM collator's masks — comes from `args.seed`, so two runs
 * with the same seed train the same way, and a run resumed from a checkpoint continues bit for bit as
 * if it had never stopped. Before the first step the Trainer checks the datasets (not empty, the
 * columns the collator needs, every label within the model's outputs) and throws a
 * {@link TrainerError} on bad input. Checkpoints hold only the trainable weights, the optimizer's
 * moments, the schedule, the generator state and the counters.
 */
export class Trainer {
  readonly args: ResolvedTrainingArguments;
  readonly state: TrainerState;
  readonly model: TrainableModel;
  readonly delta: DeltaModel | undefined;
  private readonly options: TrainerOptions;
  private readonly callbacks: TrainerCallback[];
  private readonly control: TrainerControl = { shouldTrainingStop: false };
  private readonly trainable: Array<[string, Parameter]>;
  private generator: Generator;
  private lastEvalMetrics: Record<string, number> | undefined;
  private pendingLoss = { sum: 0, steps: 0 };
  /** The model's outputs per example or token, learnt from a first forward before training. */
  private numClasses: number | undefined;

  constructor(options: TrainerOptions) {
    this.options = options;
    this.args = resolveTrainingArguments(options.args);
    this.model = options.model;
    this.delta = options.delta;
    this.callbacks = [...(options.callbacks ?? [])];
    this.generator = new Generator(this.args.seed);
    this.trainable = [...this.model.namedParameters()].filter(([, p]) => p.trainable);
    if (this.trainable.length === 0) {
      throw new TrainerError(
        'TRAINER_NO_TRAINABLE_PARAMETERS',
        'The model has no trainable parameters: attach a delta and freeze the rest (delta.freezeModule({ exclude: ["deltas", "classifier"] })).',
      );
    }
    this.state = {
      globalStep: 0,
      maxSteps: 0,
      epoch: 0,
      logHistory: [],
      bestMetric: undefined,
      bestModelCheckpoint: undefined,
    };
  }

  /** Adds a callback. */
  addCallback(callback: TrainerCallback): void {
    this.callbacks.push(callback);
  }

  /**
   * Trains. `resumeFromCheckpoint`: a checkpoint folder, or true for the latest in `outputDir`; the
   * run then continues exactly where that checkpoint left off.
   */
  async train(options: { resumeFromCheckpoint?: string | boolean } = {}): Promise<TrainOutput> {
    const dataset = this.requireDataset(this.options.trainDataset, 'trainDataset');
    if (this.args.evalStrategy !== 'no') this.requireDataset(this.options.evalDataset, 'evalDataset');
    await this.checkData();
    const args = this.args;
    const numBatches = args.dataloaderDropLast
      ? Math.floor(dataset.numRows / args.perDeviceTrainBatchSize)
      : Math.ceil(dataset.numRows / args.perDeviceTrainBatchSize);
    if (numBatches === 0) {
      throw new TrainerError(
        'TRAINER_EMPTY_DATASET',
        `trainDataset has ${dataset.numRows} rows: fewer than one batch of ${args.perDeviceTrainBatchSize} with dataloaderDropLast.`,
      );
    }
    const updatesPerEpoch = Math.ceil(numBatches / args.gradientAccumulationSteps);
    const totalSteps = args.maxSteps > 0 ? args.maxSteps : Math.ceil(args.numTrainEpochs * updatesPerEpoch);
    const warmupSteps = warmupStepsOf(args.warmupSteps, args.warmupRatio, totalSteps);
    const optimizer = new AdamW(
      this.trainable,
      {
        beta1: args.adamBeta1,
        beta2: args.adamBeta2,
        epsilon: args.adamEpsilon,
        weightDecay: args.weightDecay,
      },
      decayFilter(this.model),
    );
    // A new run starts from step 0 (a resumed one from its checkpoint's state, just below).
    Object.assign(this.state, {
      globalStep: 0,
      maxSteps: totalSteps,
      epoch: 0,
      logHistory: [],
      bestMetric: undefined,
      bestModelCheckpoint: undefined,
    });
    this.pendingLoss = { sum: 0, steps: 0 };
    this.generator = new Generator(args.seed);
    let position: Position = { epochIndex: 0, batchesInEpoch: 0 };
    if (options.resumeFromCheckpoint) {
      const dir =
        options.resumeFromCheckpoint === true ? await this.latestCheckpoint() : options.resumeFromCheckpoint;
      position = await this.resume(dir, optimizer);
    }
    await mkdir(args.outputDir, { recursive: true });
    // Built after any resume, so the replicas start from the checkpoint's weights.
    const pool =
      args.workers > 1
        ? await WorkerPool.start(
            args.workers,
            replicaSpecOf(this.model, this.delta, currentBackend()?.name ?? tf.getBackend()),
          )
        : undefined;
    const progress = createProgress(totalSteps, {
      disabled: args.disableTqdm,
      startStep: this.state.globalStep,
    });
    const context = (): CallbackContext => ({ args, state: this.state, control: this.control });
    this.control.shouldTrainingStop = false;
    for (const cb of this.callbacks) cb.onTrainBegin?.(context());
    const startStep = this.state.globalStep;
    let runLossSum = 0;
    this.model.train();
    try {
      while (this.state.globalStep < totalSteps && !this.control.shouldTrainingStop) {
        const { epochIndex } = position;
        const order = new Generator(args.seed + epochIndex).permutation(dataset.numRows);
        for (let start = position.batchesInEpoch; start < numBatches;) {
          const end = Math.min(start + args.gradientAccumulationSteps, numBatches);
          const groups: Row[][] = [];
          for (let b = start; b < end; b++) {
            const from = b * args.perDeviceTrainBatchSize;
            groups.push(
              await dataset.rows(
                order.subarray(from, Math.min(from + args.perDeviceTrainBatchSize, dataset.numRows)),
              ),
            );
          }
          const step = await this.trainingStep(
            groups,
            optimizer,
            pool,
            args.learningRate *
              learningRateFactor(args.lrSchedulerType, optimizer.step, warmupSteps, totalSteps),
          );
          this.state.globalStep = optimizer.step;
          this.state.epoch = epochIndex + end / numBatches;
          runLossSum += step.loss;
          this.pendingLoss.sum += step.loss;
          this.pendingLoss.steps++;
          const epochEnded = end === numBatches;
          position = epochEnded
            ? { epochIndex: epochIndex + 1, batchesInEpoch: 0 }
            : { epochIndex, batchesInEpoch: end };
          progress.update(this.state.globalStep, { loss: step.loss, learningRate: step.learningRate });
          for (const cb of this.callbacks) cb.onStepEnd?.(context());
          if (this.state.globalStep >= totalSteps) this.control.shouldTrainingStop = true;
          await this.maybeLogEvaluateSave(epochEnded, step, position, warmupSteps, optimizer, progress);
          start = end;
          if (this.control.shouldTrainingStop) break;
        }
        if (position.batchesInEpoch !== 0) break;
      }
    } finally {
      progress.stop();
      await pool?.close();
    }
    if (args.loadBestModelAtEnd && this.state.bestModelCheckpoint)
      await this.loadWeights(this.state.bestModelCheckpoint);
    optimizer.dispose();
    const steps = this.state.globalStep - startStep;
    const metrics = { train_loss: steps > 0 ? runLossSum / steps : NaN, epoch: this.state.epoch };
    for (const cb of this.callbacks) cb.onTrainEnd?.(context());
    return { globalStep: this.state.globalStep, trainingLoss: metrics.train_loss, metrics };
  }

  /** Evaluates on `dataset` (default the eval dataset): `<prefix>_loss` and the computed metrics. */
  async evaluate(
    dataset?: Dataset,
    options: { metricKeyPrefix?: string } = {},
  ): Promise<Record<string, number>> {
    const data = dataset ?? this.options.evalDataset;
    if (!data)
      throw new TrainerError(
        'TRAINER_NO_EVAL_DATASET',
        'evaluate() needs an evalDataset (in the Trainer options or as its argument).',
      );
    const { metrics } = await this.predictionLoop(
      this.requireDataset(data, 'evalDataset'),
      options.metricKeyPrefix ?? 'eval',
    );
    this.lastEvalMetrics = metrics;
    for (const cb of this.callbacks)
      cb.onEvaluate?.({ args: this.args, state: this.state, control: this.control }, metrics);
    return metrics;
  }

  /** Predictions on `dataset`, with its labels and metrics (prefixed `test_`) when it has labels. */
  async predict(
    dataset: Dataset,
    options: { metricKeyPrefix?: string } = {},
  ): Promise<EvalPrediction & { metrics: Record<string, number> }> {
    const { prediction, metrics } = await this.predictionLoop(
      this.requireDataset(dataset, 'dataset'),
      options.metricKeyPrefix ?? 'test',
    );
    return { ...prediction, metrics };
  }

  /**
   * Pushes the trained delta with `delta.pushToHub` (the `deltahub` package implements it): the last
   * evaluation's metrics go into the model card (its `model-index` when `card.task` and `card.dataset`
   * are given), the training arguments, step and metrics into `delta_config.json`'s `training` field.
   * `outputDir` is left out of the arguments: a local path means nothing on a hub.
   */
  async pushToHub(
    repo: string,
    options: DeltaPersistenceOptions<'pushToHub'> = {} as DeltaPersistenceOptions<'pushToHub'>,
  ): Promise<DeltaPersistenceResult<'pushToHub'>> {
    if (!this.delta) {
      throw new TrainerError(
        'TRAINER_BAD_ARGS',
        'pushToHub needs the Trainer to know the delta: pass { delta } to new Trainer(...).',
      );
    }
    const given = options as Record<string, unknown> & { card?: Record<string, unknown> };
    const evaluated = Object.entries(this.lastEvalMetrics ?? {}).filter(([, value]) =>
      Number.isFinite(value),
    );
    // The card names metrics without the split prefix (`accuracy`, not `eval_accuracy`), losses aside.
    const cardMetrics = Object.fromEntries(
      evaluated
        .filter(([key]) => !key.endsWith('_loss'))
        .map(([key, value]) => [key.replace(/^[a-z]+_/, ''), value]),
    );
    const card = {
      ...given.card,
      metrics: { ...cardMetrics, ...(given.card?.['metrics'] as object | undefined) },
    };
    const { outputDir: _local, ...args } = this.args;
    const training = {
      arguments: args,
      globalStep: this.state.globalStep,
      metrics: Object.fromEntries(evaluated),
    };
    return this.delta.pushToHub(repo, { ...given, card, training } as DeltaPersistenceOptions<'pushToHub'>);
  }

  /**
   * One optimizer step over `groups` (the accumulated batches): each batch's gradients here, or
   * split over the worker pool, averaged over the batches, clipped, applied; the workers then get
   * the new trainable values.
   */
  private async trainingStep(
    groups: Row[][],
    optimizer: AdamW,
    pool: WorkerPool | undefined,
    learningRate: number,
  ): Promise<{ loss: number; gradNorm: number; learningRate: number }> {
    let summed: Record<string, tf.Tensor> | undefined;
    let lossSum = 0;
    for (const rows of groups) {
      const batch = this.options.dataCollator(rows, this.generator);
      try {
        this.checkBatchLabels(batch);
        const { loss, gradients } = pool
          ? await this.pooledGradients(pool, batch)
          : this.localGradients(batch);
        lossSum += loss;
        summed = accumulate(summed, gradients);
      } finally {
        tf.dispose(Object.values(batch));
      }
    }
    const { gradients, norm } = clipByGlobalNorm(scale(summed!, 1 / groups.length), this.args.maxGradNorm);
    optimizer.applyGradients(gradients, learningRate);
    tf.dispose(Object.values(gradients));
    pool?.setWeights(this.trainable.map(([, p]) => p.dataSync() as Float32Array));
    return { loss: lossSum / groups.length, gradNorm: norm, learningRate };
  }

  /** A batch's mean loss and gradients by parameter name, computed in this thread. */
  private localGradients(batch: Batch): { loss: number; gradients: Record<string, tf.Tensor> } {
    const nameOf = new Map(this.trainable.map(([name, p]) => [p.name, name]));
    const { value, grads } = withDropoutSeeds(this.generator, () =>
      tf.variableGrads(
        () => lossFromLogits(this.logitsOf(batch), batch['labels']!),
        this.trainable.map(([, p]) => p),
      ),
    );
    const loss = value.dataSync()[0]!;
    value.dispose();
    return {
      loss,
      gradients: Object.fromEntries(Object.entries(grads).map(([n, g]) => [nameOf.get(n)!, g])),
    };
  }

  /** The same from the worker pool (each shard's dropout seeded from this run's generator). */
  private async pooledGradients(
    pool: WorkerPool,
    batch: Batch,
  ): Promise<{ loss: number; gradients: Record<string, tf.Tensor> }> {
    const { loss, gradients } = await pool.gradients(batch, () => this.generator.nextUint32());
    return {
      loss,
      gradients: Object.fromEntries(
        this.trainable.map(([name, p], i) => [name, tf.tensor(gradients[i]!, p.shape, 'float32')]),
      ),
    };
  }

  private async maybeLogEvaluateSave(
    epochEnded: boolean,
    step: { gradNorm: number; learningRate: number },
    position: Position,
    warmupSteps: number,
    optimizer: AdamW,
    progress: TrainingProgress,
  ): Promise<void> {
    const args = this.args;
    const s = this.state.globalStep;
    const due = (strategy: string, every: number): boolean =>
      (strategy === 'steps' && s % every === 0) || (strategy === 'epoch' && epochEnded);
    const context = (): CallbackContext => ({ args, state: this.state, control: this.control });
    if (due(args.loggingStrategy, args.loggingSteps) && this.pendingLoss.steps > 0) {
      const entry = {
        loss: this.pendingLoss.sum / this.pendingLoss.steps,
        grad_norm: step.gradNorm,
        learning_rate: step.learningRate,
        epoch: this.state.epoch,
        step: s,
      };
      this.pendingLoss = { sum: 0, steps: 0 };
      await this.log(entry, progress);
    }
    let improvedAtThisStep = false;
    if (due(args.evalStrategy, args.evalSteps)) {
      const metrics = await this.evaluate();
      await this.log({ ...metrics, epoch: this.state.epoch, step: s }, progress);
      const key = args.metricForBestModel.startsWith('eval_')
        ? args.metricForBestModel
        : `eval_${args.metricForBestModel}`;
      const value = metrics[key];
      if (value === undefined) {
        throw new TrainerError(
          'TRAINER_BAD_ARGS',
          `metricForBestModel '${args.metricForBestModel}' is not among the evaluation's metrics: ${Object.keys(metrics).join(', ')}.`,
        );
      }
      const best = this.state.bestMetric;
      if (best === undefined || (args.greaterIsBetter ? value > best : value < best)) {
        this.state.bestMetric = value;
        improvedAtThisStep = true;
      }
    }
    if (due(args.saveStrategy, args.saveSteps)) {
      const dir = join(args.outputDir, `checkpoint-${s}`);
      if (improvedAtThisStep) this.state.bestModelCheckpoint = dir;
      const weights = new Map<string, tf.Tensor>(this.trainable);
      await saveTrainerCheckpoint(dir, {
        weights,
        optimizer: optimizer.stateTensors(),
        state: this.checkpointState(position, warmupSteps),
        args,
      });
      for (const cb of this.callbacks) cb.onSave?.(context(), dir);
      await this.rotateCheckpoints();
    }
  }

  private checkpointState(
    position: Position,
    warmupSteps: number,
  ): TrainerCheckpointState & { pendingLoss: { sum: number; steps: number } } {
    return {
      formatVersion: 1,
      globalStep: this.state.globalStep,
      epochIndex: position.epochIndex,
      batchesInEpoch: position.batchesInEpoch,
      generator: this.generator.state,
      scheduler: {
        type: this.args.lrSchedulerType,
        warmupSteps,
        totalSteps: this.state.maxSteps,
        lastStep: this.state.globalStep,
      },
      logHistory: this.state.logHistory,
      bestMetric: this.state.bestMetric,
      bestModelCheckpoint: this.state.bestModelCheckpoint,
      pendingLoss: this.pendingLoss,
    };
  }

  private async resume(dir: string, optimizer: AdamW): Promise<Position> {
    const checkpoint = await loadTrainerCheckpoint(dir);
    this.assignWeights(checkpoint.weights, dir);
    const problems = optimizer.loadState(checkpoint.optimizer, checkpoint.state.globalStep);
    if (problems.length) {
      throw new TrainerError(
        'TRAINER_BAD_CHECKPOINT',
        `${dir} does not hold optimizer state for ${problems.slice(0, 3).join(', ')}${problems.length > 3 ? ', …' : ''}.`,
      );
    }
    const s = checkpoint.state as TrainerCheckpointState & { pendingLoss?: { sum: number; steps: number } };
    this.generator = Generator.fromState(s.generator);
    this.state.globalStep = s.globalStep;
    this.state.logHistory = [...s.logHistory];
    this.state.bestMetric = s.bestMetric ?? undefined;
    this.state.bestModelCheckpoint = s.bestModelCheckpoint ?? undefined;
    this.pendingLoss = s.pendingLoss ?? { sum: 0, steps: 0 };
    return { epochIndex: s.epochIndex, batchesInEpoch: s.batchesInEpoch };
  }

  private async loadWeights(dir: string): Promise<void> {
    this.assignWeights((await loadTrainerCheckpoint(dir)).weights, dir);
  }

  private assignWeights(
    weights: ReadonlyMap<string, { shape: number[]; data: Float32Array }>,
    dir: string,
  ): void {
    for (const [name, parameter] of this.trainable) {
      const saved = weights.get(name);
      if (!saved || saved.shape.join() !== parameter.shape.join()) {
        throw new TrainerError(
          'TRAINER_BAD_CHECKPOINT',
          `${dir} was made for another model or delta: ${saved ? `'${name}' has shape [${saved.shape.join(', ')}], the model's [${parameter.shape.join(', ')}]` : `it has no '${name}'`}.`,
        );
      }
    }
    for (const [name, parameter] of this.trainable) {
      const saved = weights.get(name)!;
      parameter.assign(tf.tensor(saved.data, saved.shape, 'float32'));
    }
  }

  private async latestCheckpoint(): Promise<string> {
    const names = await readdir(this.args.outputDir).catch(() => [] as string[]);
    const steps = names
      .map((n) => /^checkpoint-(\d+)$/.exec(n)?.[1])
      .filter((s): s is string => s !== undefined)
      .map(Number);
    if (steps.length === 0)
      throw new TrainerError(
        'TRAINER_BAD_CHECKPOINT',
        `resumeFromCheckpoint: no checkpoint-<step> folder in ${this.args.outputDir}.`,
      );
    return join(this.args.outputDir, `checkpoint-${Math.max(...steps)}`);
  }

  private async rotateCheckpoints(): Promise<void> {
    const limit = this.args.saveTotalLimit;
    if (limit === undefined) return;
    const names = await readdir(this.args.outputDir);
    const dirs = names
      .map((n) => ({ n, step: Number(/^checkpoint-(\d+)$/.exec(n)?.[1] ?? NaN) }))
      .filter((d) => Number.isFinite(d.step))
      .sort((a, b) => a.step - b.step)
      .map((d) => join(this.args.outputDir, d.n));
    // The newest and the best are always kept (so the limit can be exceeded by one, as in transformers).
    const kept = new Set([dirs.at(-1), this.state.bestModelCheckpoint]);
    let excess = dirs.length - limit;
    for (const dir of dirs) {
      if (excess <= 0) break;
      if (kept.has(dir)) continue;
      await rm(dir, { recursive: true, force: true });
      excess--;
    }
  }

  private async log(entry: Record<string, number>, progress: TrainingProgress): Promise<void> {
    this.state.logHistory.push(entry);
    progress.log(entry);
    await appendFile(join(this.args.outputDir, 'trainer_log.jsonl'), `${JSON.stringify(entry)}\n`);
    for (const cb of this.callbacks)
      cb.onLog?.({ args: this.args, state: this.state, control: this.control }, entry);
  }

  private logitsOf(batch: Batch): tf.Tensor {
    const inputs: Record<string, tf.Tensor> = {};
    for (const [key, value] of Object.entries(batch)) if (key !== 'labels') inputs[key] = value;
    const logits = this.model.forward(inputs as ModelInputs).logits;
    if (!logits)
      throw new TrainerError(
        'TRAINER_BAD_ARGS',
        'The model returns no logits: train a model with a head (…ForSequenceClassification, …LMHeadModel).',
      );
    return logits;
  }

  private async predictionLoop(
    dataset: Dataset,
    prefix: string,
  ): Promise<{ prediction: EvalPrediction; metrics: Record<string, number> }> {
    const wasTraining = this.model.training;
    this.model.eval();
    // Its own generator, fixed by the seed: evaluations are deterministic and leave training's draws alone.
    const generator = new Generator(this.args.seed);
    const predictions: number[][] = [];
    const labelIds: Array<number | number[]> = [];
    let lossSum = 0;
    let lossRows = 0;
    let hasLabels = false;
    try {
      for await (const rows of dataset.iter({ batchSize: this.args.perDeviceEvalBatchSize })) {
        const batch = this.options.dataCollator(rows, generator);
        try {
          const labels = batch['labels'];
          tf.tidy(() => {
            const logits = this.logitsOf(batch);
            if (labels) {
              this.checkBatchLabels(batch, logits.shape[logits.rank - 1]);
              hasLabels = true;
              lossSum += lossFromLogits(logits, labels).dataSync()[0]! * rows.length;
              lossRows += rows.length;
            }
            collectPredictions(logits, labels, predictions, labelIds);
          });
        } finally {
          tf.dispose(Object.values(batch));
        }
      }
    } finally {
      this.model.train(wasTraining);
    }
    const loss = lossRows > 0 ? lossSum / lossRows : NaN;
    const prediction: EvalPrediction = { predictions, labelIds: labelIds as number[] | number[][], loss };
    const metrics: Record<string, number> = {};
    if (hasLabels) metrics[`${prefix}_loss`] = loss;
    if (hasLabels && this.options.computeMetrics) {
      for (const [key, value] of Object.entries(this.options.computeMetrics(prediction)))
        metrics[`${prefix}_${key}`] = value;
    }
    return { prediction, metrics };
  }

  /**
   * The checks before the first step: datasets not empty, a first batch that collates and runs (so a
   * missing column fails now), and every row's labels within the model's outputs (one pass over the
   * rows, reading them as training will).
   */
  private async checkData(): Promise<void> {
    const train = this.options.trainDataset!;
    const first = this.options.dataCollator(
      await train.rows(range(Math.min(train.numRows, this.args.perDeviceTrainBatchSize))),
      new Generator(this.args.seed),
    );
    let classes: number;
    try {
      classes = tf.tidy(() => {
        const wasTraining = this.model.training;
        this.model.eval();
        try {
          const logits = this.logitsOf(first);
          return logits.shape[logits.rank - 1]!;
        } finally {
          this.model.train(wasTraining);
        }
      });
      this.numClasses = classes;
      this.checkBatchLabels(first);
    } finally {
      tf.dispose(Object.values(first));
    }
    const datasets: Array<[string, Dataset | undefined]> = [
      ['trainDataset', train],
      ['evalDataset', this.args.evalStrategy === 'no' ? undefined : this.options.evalDataset],
    ];
    for (const [name, dataset] of datasets) {
      if (!dataset) continue;
      let position = 0;
      for await (const rows of dataset.iter({ batchSize: 1024 })) {
        for (const row of rows) {
          const label = row['labels'] ?? row['label'];
          const values = Array.isArray(label) ? label : [label];
          for (const value of values) {
            if (
              typeof value === 'number' &&
              Number.isInteger(value) &&
              value !== IGNORE_INDEX &&
              (value < 0 || value >= classes)
            ) {
              throw new TrainerError(
                'TRAINER_LABEL_OUT_OF_RANGE',
                `${name} row ${position} has label ${value}, outside the model's ${classes} outputs (0..${classes - 1}; -100 is ignored).`,
              );
            }
          }
          position++;
        }
      }
    }
  }

  /** Integer labels of a collated batch must be -100 or within the model's outputs. */
  private checkBatchLabels(batch: Batch, classes = this.numClasses): void {
    const labels = batch['labels'];
    if (!labels) {
      throw new TrainerError(
        'TRAINER_BAD_ARGS',
        "The data collator gave no 'labels': the dataset needs a 'label' (or 'labels') column for training.",
      );
    }
    if (labels.dtype !== 'int32' || classes === undefined) return;
    const values = labels.dataSync();
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (v !== IGNORE_INDEX && (v < 0 || v >= classes)) {
        throw new TrainerError(
          'TRAINER_LABEL_OUT_OF_RANGE',
          `A batch has label ${v} (example ${Math.floor(i / (values.length / labels.shape[0]!))}), outside the model's ${classes} outputs.`,
        );
      }
    }
  }

  private requireDataset(dataset: Dataset | undefined, name: string): Dataset {
    if (!dataset) throw new TrainerError('TRAINER_EMPTY_DATASET', `The Trainer needs a ${name}.`);
    if (dataset.numRows === 0) throw new TrainerError('TRAINER_EMPTY_DATASET', `${name} has no rows.`);
    return dataset;
  }
}

/** Stores a batch's predictions and labels (see {@link EvalPrediction}). */
function collectPredictions(
  logits: tf.Tensor,
  labels: tf.Tensor | undefined,
  predictions: number[][],
  labelIds: Array<number | number[]>,
): void {
  const [batchSize] = logits.shape as [number];
  if (logits.rank === 2) {
    const rows = logits.arraySync() as number[][];
    predictions.push(...rows);
    if (labels) labelIds.push(...(Array.from(labels.dataSync()) as number[]));
    return;
  }
  const predicted = tf.argMax(logits, -1).arraySync() as number[][];
  const gold = labels ? (labels.arraySync() as number[][]) : undefined;
  for (let b = 0; b < batchSize; b++) {
    const keep = gold ? gold[b]!.map((l) => l !== IGNORE_INDEX) : predicted[b]!.map(() => true);
    predictions.push(predicted[b]!.filter((_, t) => keep[t]));
    if (gold) labelIds.push(gold[b]!.filter((_, t) => keep[t]));
  }
}

/**
 * Which parameters get weight decay: not biases and not the weights of norm layers, as transformers'
 * `get_decay_parameter_names` decides.
 */
function decayFilter(model: Module): (name: string) => boolean {
  const norms = new Set<string>();
  for (const [path, module] of model.namedModules()) {
    if (module instanceof LayerNorm || module instanceof RMSNorm || /norm$/i.test(path)) norms.add(path);
  }
  return (name) => {
    if (name.endsWith('bias')) return false;
    const owner = name.slice(0, Math.max(0, name.lastIndexOf('.')));
    return !norms.has(owner);
  };
}

function range(n: number): Uint32Array {
  return Uint32Array.from({ length: n }, (_, i) => i);
}
