import { tf } from '../runtime/tf.js';
import type { Parameter } from './module.js';

/**
 * Parameter initialisers matching PyTorch and transformers, so randomly initialised models
 * (`fromConfig`) have the same statistics as their Python counterparts.
 */

let skipRandomInit = 0;

/**
 * Runs `build` with random initialisation replaced by zeros: loading a checkpoint overwrites every
 * weight anyway, and drawing hundreds of millions of random numbers first would waste seconds (the
 * counterpart of transformers' `no_init_weights`). Ones and constants are kept.
 */
export function withoutRandomInit<T>(build: () => T): T {
  skipRandomInit++;
  try {
    return build();
  } finally {
    skipRandomInit--;
  }
}

/** Whether random initialisers are currently producing zeros (inside {@link withoutRandomInit}). */
export function randomInitSkipped(): boolean {
  return skipRandomInit > 0;
}

/** A new trainable parameter holding `value` (the tensor is consumed: disposed once copied in). */
export function parameterFrom(value: tf.Tensor, trainable = true): Parameter {
  try {
    return tf.tidy(() => tf.variable(value.asType('float32'), trainable));
  } finally {
    // The variable holds the values now. Left alive, every initial tensor outlived its parameter:
    // a BERT-base build took 876 MB instead of 440 MB and disposing the model freed only half.
    value.dispose();
  }
}

/** `N(mean, std)` of the given shape, as transformers' `_init_weights` uses. */
export function normalParameter(shape: number[], std: number, mean = 0): Parameter {
  if (randomInitSkipped()) return zerosParameter(shape);
  return parameterFrom(tf.randomNormal(shape, mean, std, 'float32'));
}

/** All zeros (biases). */
export function zerosParameter(shape: number[]): Parameter {
  return parameterFrom(tf.zeros(shape));
}

/** All ones (norm weights). */
export function onesParameter(shape: number[]): Parameter {
  return parameterFrom(tf.ones(shape));
}

/** `U(-bound, bound)`. */
export function uniformParameter(shape: number[], bound: number): Parameter {
  if (randomInitSkipped()) return zerosParameter(shape);
  return parameterFrom(tf.randomUniform(shape, -bound, bound, 'float32'));
}

/**
 * PyTorch's `kaiming_uniform_(w, a)` for a weight stored `[out, in]`: bound = gain·√(3/fan_in) with
 * gain = √(2/(1+a²)). `nn.Linear` uses a = √5, as does LoRA's `lora_A`.
 */
export function kaimingUniformParameter(shape: [number, number], a = Math.sqrt(5)): Parameter {
  const fanIn = shape[1];
  const gain = Math.sqrt(2 / (1 + a * a));
  return uniformParameter(shape, gain * Math.sqrt(3 / fanIn));
}

/** Glorot/Xavier uniform: bound = √(6/(fan_in+fan_out)) for a 2-D weight. */
export function xavierUniformParameter(shape: [number, number]): Parameter {
  return uniformParameter(shape, Math.sqrt(6 / (shape[0] + shape[1])));
}

/** Replaces a parameter's value in place with freshly drawn `N(0, std)` values. */
export function fillNormal(parameter: Parameter, std: number, mean = 0): void {
  if (randomInitSkipped()) return;
  tf.tidy(() => parameter.assign(tf.randomNormal(parameter.shape, mean, std, 'float32')));
}

/** Replaces a parameter's value in place with a constant. */
export function fillConstant(parameter: Parameter, value: number): void {
  tf.tidy(() => parameter.assign(tf.fill(parameter.shape, value, 'float32')));
}
