import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { syncDirectory } from '../fs/sync-directory.js';
import type { GeneratorState } from '../random/generator.js';
import type { tf } from '../runtime/tf.js';
import { loadSafetensorsFile } from '../safetensors/file-reader.js';
import type { TensorData } from '../safetensors/tensor.js';
import { writeSafetensorsFile } from '../safetensors/writer.js';
import type { ResolvedTrainingArguments } from './args.js';
import { TrainerError } from './errors.js';

/** The trainable weights (the delta and any unfrozen head), by backbone state-dict name. */
export const CHECKPOINT_WEIGHTS_FILE = 'delta.safetensors';
/** AdamW's moments, `<name>.exp_avg` / `<name>.exp_avg_sq`. */
export const CHECKPOINT_OPTIMIZER_FILE = 'optimizer.safetensors';
/** Counters, generator state, scheduler and log history ({@link TrainerCheckpointState}). */
export const CHECKPOINT_STATE_FILE = 'trainer_state.json';
/** The training arguments the checkpoint was made with. */
export const CHECKPOINT_ARGS_FILE = 'training_args.json';

/** What `trainer_state.json` holds: everything besides tensors that a resumed run needs. */
export interface TrainerCheckpointState {
  formatVersion: 1;
  globalStep: number;
  /** The epoch in progress (0-based) and how many of its batches were consumed. */
  epochIndex: number;
  batchesInEpoch: number;
  /** The seeded generator of collators and dropout, as it was after the last step. */
  generator: GeneratorState;
  scheduler: { type: string; warmupSteps: number; totalSteps: number; lastStep: number };
  logHistory: Record<string, number>[];
  bestMetric: number | undefined;
  bestModelCheckpoint: string | undefined;
}

/** A checkpoint read back: tensors as plain arrays, and the state. */
export interface LoadedTrainerCheckpoint {
  weights: Map<string, { shape: number[]; data: Float32Array }>;
  optimizer: Map<string, { shape: number[]; data: Float32Array }>;
  state: TrainerCheckpointState;
}

/**
 * Writes a training checkpoint folder: the trainable weights, the optimizer's moments, the state and
 * the arguments, nothing of the frozen backbone. The folder appears whole or not at all (written
 * beside it, then renamed).
 */
export async function saveTrainerCheckpoint(
  dir: string,
  content: {
    weights: ReadonlyMap<string, tf.Tensor>;
    optimizer: ReadonlyMap<string, tf.Tensor>;
    state: TrainerCheckpointState;
    args: ResolvedTrainingArguments;
  },
): Promise<void> {
  const temp = join(dirname(dir), `.${basename(dir)}.partial-${process.pid}`);
  await rm(temp, { recursive: true, force: true });
  await mkdir(temp, { recursive: true });
  try {
    await writeSafetensorsFile(join(temp, CHECKPOINT_WEIGHTS_FILE), tensorData(content.weights), {
      format: 'pt',
    });
    await writeSafetensorsFile(join(temp, CHECKPOINT_OPTIMIZER_FILE), tensorData(content.optimizer), {
      format: 'pt',
    });
    await writeFile(join(temp, CHECKPOINT_STATE_FILE), `${JSON.stringify(content.state, null, 2)}\n`);
    await writeFile(join(temp, CHECKPOINT_ARGS_FILE), `${JSON.stringify(content.args, null, 2)}\n`);
    await syncDirectory(temp);
    await rm(dir, { recursive: true, force: true });
    await rename(temp, dir);
    await syncDirectory(dirname(dir));
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}

/** Reads a checkpoint written by {@link saveTrainerCheckpoint} (`TRAINER_BAD_CHECKPOINT` otherwise). */
export async function loadTrainerCheckpoint(dir: string): Promise<LoadedTrainerCheckpoint> {
  try {
    const state = JSON.parse(
      await readFile(join(dir, CHECKPOINT_STATE_FILE), 'utf8'),
    ) as TrainerCheckpointState;
    if (state.formatVersion !== 1 || !Number.isInteger(state.globalStep)) {
      throw new Error(`${CHECKPOINT_STATE_FILE} is not a deltahub trainer state`);
    }
    return {
      weights: float32Map((await loadSafetensorsFile(join(dir, CHECKPOINT_WEIGHTS_FILE))).tensors),
      optimizer: float32Map((await loadSafetensorsFile(join(dir, CHECKPOINT_OPTIMIZER_FILE))).tensors),
      state,
    };
  } catch (error) {
    if (error instanceof TrainerError) throw error;
    throw new TrainerError(
      'TRAINER_BAD_CHECKPOINT',
      `Cannot resume from ${dir}: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
}

function tensorData(tensors: ReadonlyMap<string, tf.Tensor>): Map<string, TensorData> {
  return new Map(
    [...tensors].map(([name, t]) => [
      name,
      { dtype: 'F32', shape: t.shape, data: t.dataSync() as Float32Array },
    ]),
  );
}

function float32Map(tensors: Map<string, TensorData>): Map<string, { shape: number[]; data: Float32Array }> {
  const out = new Map<string, { shape: number[]; data: Float32Array }>();
  for (const [name, t] of tensors) {
    if (t.dtype !== 'F32') throw new Error(`tensor ${name} is ${t.dtype}, not F32`);
    out.set(name, { shape: [...t.shape], data: t.data as Float32Array });
  }
  return out;
}
