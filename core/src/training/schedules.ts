import type { SchedulerType } from './args.js';

/**
 * The factor of the peak learning rate after `step` optimizer steps, as transformers' schedulers
 * compute it (`get_linear_schedule_with_warmup`, `get_cosine_schedule_with_warmup` with half a cycle,
 * `get_constant_schedule`, `get_constant_schedule_with_warmup`): linear warmup from 0 over
 * `warmupSteps`, then linear decay to 0 at `totalSteps`, half a cosine to 0, or constant.
 */
export function learningRateFactor(
  type: SchedulerType,
  step: number,
  warmupSteps: number,
  totalSteps: number,
): number {
  if (type === 'constant') return 1;
  if (step < warmupSteps) return step / Math.max(1, warmupSteps);
  if (type === 'constant_with_warmup') return 1;
  if (type === 'linear') return Math.max(0, (totalSteps - step) / Math.max(1, totalSteps - warmupSteps));
  const progress = (step - warmupSteps) / Math.max(1, totalSteps - warmupSteps);
  return Math.max(0, 0.5 * (1 + Math.cos(Math.PI * 0.5 * 2 * progress)));
}

/** Warmup steps from the arguments: `warmupSteps` when set, else `ceil(warmupRatio × totalSteps)`. */
export function warmupStepsOf(warmupSteps: number, warmupRatio: number, totalSteps: number): number {
  return warmupSteps > 0 ? warmupSteps : Math.ceil(warmupRatio * totalSteps);
}
