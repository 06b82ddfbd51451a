/** Batches of the walkthrough: training and (held-out seed) evaluation. */
export const TRAIN_BATCH = { size: 16, length: 8, seed: 7 } as const;
export const EVAL_BATCH = { size: 6, length: 8, seed: 1234 } as const;
/** Adam steps on the toy task: enough for the loss to fall, few enough to run in seconds. */
export const TRAIN_STEPS = 30;
