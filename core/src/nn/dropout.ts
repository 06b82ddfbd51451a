import { tf } from '../runtime/tf.js';
import { nextDropoutSeed } from './dropout-seeds.js';
import { Module } from './module.js';

/** Zeroes elements with probability `p` and rescales the rest, only in training mode. */
export class Dropout extends Module<[tf.Tensor], tf.Tensor> {
  constructor(readonly p: number) {
    super();
  }

  forward(x: tf.Tensor): tf.Tensor {
    return this.training && this.p > 0 ? tf.dropout(x, this.p, undefined, nextDropoutSeed()) : x;
  }
}
