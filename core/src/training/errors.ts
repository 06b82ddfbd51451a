import { DeltahubError } from '../errors.js';

/**
 * Training that cannot start or go on as asked. Codes: `TRAINER_BAD_ARGS` (a training argument out
 * of range; the message names it), `TRAINER_EMPTY_DATASET`, `TRAINER_LABEL_OUT_OF_RANGE` (names the
 * row and the model's number of labels), `TRAINER_NO_TRAINABLE_PARAMETERS`, `TRAINER_NO_EVAL_DATASET`,
 * `TRAINER_BAD_CHECKPOINT` (a checkpoint that is missing, unreadable or from another model or delta),
 * `TRAINER_WORKER_FAILED` (a worker thread of `args.workers` failed; the message carries its error).
 */
export class TrainerError extends DeltahubError {}
