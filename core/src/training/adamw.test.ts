import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Parameter } from '../nn/module.js';
import { tf } from '../runtime/tf.js';
import { AdamW } from './adamw.js';
import { clipByGlobalNorm } from './gradients.js';
import { learningRateFactor } from './schedules.js';
import { TRAINING_FIXTURES } from './test-support/setup.js';

interface TorchStep {
  grads: { weight: number[][]; bias: number[] };
  norm: number;
  lr: number;
  weight: number[][];
  bias: number[];
}

// Made by make_adamw.py with torch.optim.AdamW, clip_grad_norm_ and LambdaLR (see that script).
const torch = JSON.parse(readFileSync(join(TRAINING_FIXTURES, 'adamw.json'), 'utf8')) as {
  lr: number;
  weightDecay: number;
  warmup: number;
  total: number;
  maxGradNorm: number;
  initial: { weight: number[][]; bias: number[] };
  steps: TorchStep[];
};

describe('AdamW with clipping and the linear schedule', () => {
  it('matches torch.optim.AdamW step for step (decay on the weight, none on the bias)', () => {
    const weight = tf.variable(tf.tensor2d(torch.initial.weight)) as Parameter;
    const bias = tf.variable(tf.tensor1d(torch.initial.bias)) as Parameter;
    const optimizer = new AdamW(
      [
        ['layer.weight', weight],
        ['layer.bias', bias],
      ],
      { beta1: 0.9, beta2: 0.999, epsilon: 1e-8, weightDecay: torch.weightDecay },
      (name) => !name.endsWith('bias'),
    );
    for (const step of torch.steps) {
      const lr = torch.lr * learningRateFactor('linear', optimizer.step, torch.warmup, torch.total);
      expect(lr).toBeCloseTo(step.lr, 12);
      const { gradients, norm } = clipByGlobalNorm(
        { 'layer.weight': tf.tensor2d(step.grads.weight), 'layer.bias': tf.tensor1d(step.grads.bias) },
        torch.maxGradNorm,
      );
      expect(norm).toBeCloseTo(step.norm, 5);
      optimizer.applyGradients(gradients, lr);
      tf.dispose(Object.values(gradients));
      expectClose(weight.dataSync(), step.weight.flat());
      expectClose(bias.dataSync(), step.bias);
    }
    optimizer.dispose();
    tf.dispose([weight, bias]);
  });
});

describe('learningRateFactor', () => {
  it('follows transformers’ schedules: linear and cosine warmup then decay, constant with and without warmup', () => {
    // get_linear_schedule_with_warmup(warmup 10, total 110)
    expect([0, 5, 10, 60, 110, 120].map((s) => learningRateFactor('linear', s, 10, 110))).toEqual([
      0, 0.5, 1, 0.5, 0, 0,
    ]);
    // get_cosine_schedule_with_warmup(warmup 10, total 110, num_cycles 0.5)
    const cosine = [0, 5, 10, 35, 60, 85, 110].map((s) => learningRateFactor('cosine', s, 10, 110));
    const expected = [
      0,
      0.5,
      1,
      0.5 * (1 + Math.cos(Math.PI * 0.25)),
      0.5,
      0.5 * (1 + Math.cos(Math.PI * 0.75)),
      0,
    ];
    cosine.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 12));
    expect([0, 5, 10, 1000].map((s) => learningRateFactor('constant_with_warmup', s, 10, 110))).toEqual([
      0, 0.5, 1, 1,
    ]);
    expect(learningRateFactor('constant', 0, 10, 110)).toBe(1);
  });
});

function expectClose(actual: ArrayLike<number>, expected: number[]): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) expect(Math.abs(actual[i]! - expected[i]!)).toBeLessThan(2e-6);
}
