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

let emptyWeights = 0;

/**
 * Runs `build` with every parameter created shape-only: each has its shape and size but no memory of
 * that size (all share one element), so a model of any size can be built to count its parameters or
 * inspect its structure, as accelerate's `init_empty_weights` does. Such parameters must never be
 * computed with; models built this way refuse to run (see `fromConfig`'s `emptyWeights`).
 */
export function withEmptyWeights<T>(build: () => T): T {
  emptyWeights++;
  try {
    return build();
  } finally {
    emptyWeights--;
  }
}

/** Whether random initialisers are currently producing zeros (inside {@link withoutRandomInit}). */
export function randomInitSkipped(): boolean {
  return skipRandomInit > 0 || emptyWeights > 0;
}

/**
 * A parameter of `shape` whose memory is one float: a tensor of the shape is made over the data of a
 * one-element tensor, with the backend's reference count kept exact so disposing it frees that data.
 */
function emptyParameter(shape: number[]): Parameter {
  const engine = tf.engine();
  const storage = tf.zeros([1]);
  const shaped = engine.makeTensorFromDataId(storage.dataId, shape, 'float32');
  engine.backend.incRef(storage.dataId);
  storage.dispose();
  const parameter = tf.variable(shaped, true);
  shaped.dispose();
  return parameter;
}

/** A new trainable parameter holding `value` (the tensor is consumed: disposed once copied in). */
export function parameterFrom(value: tf.Tensor, trainable = true): Parameter {
  try {
    // A float32 value is shared, not cast: the wasm backend's cast copies, which for a large model
    // left a hole of every copied size in its heap (a 0.5 B model built in 1.5 times its size).
    return tf.tidy(() => tf.variable(value.dtype === 'float32' ? value : value.asType('float32'), trainable));
  } finally {
    // The variable holds the values now. Left alive, every initial tensor outlived its parameter:
    // a BERT-base build took 876 MB instead of 440 MB and disposing the model freed only half.
    value.dispose();
  }
}

/** `N(mean, std)` of the given shape, as transformers' `_init_weights` uses. */
export function normalParameter(shape: number[], std: number, mean = 0): Parameter {
  if (emptyWeights) return emptyParameter(shape);
  if (randomInitSkipped()) return zerosParameter(shape);
  return parameterFrom(tf.randomNormal(shape, mean, std, 'float32'));
}

/** All zeros (biases). */
export function zerosParameter(shape: number[]): Parameter {
  if (emptyWeights) return emptyParameter(shape);
  // fill runs in the backend; tf.zeros would first make (and drop) a JavaScript array of the size.
  return parameterFrom(tf.fill(shape, 0, 'float32'));
}

/** All ones (norm weights). */
export function onesParameter(shape: number[]): Parameter {
  if (emptyWeights) return emptyParameter(shape);
  return parameterFrom(tf.fill(shape, 1, 'float32'));
}

/** `U(-bound, bound)`. */
export function uniformParameter(shape: number[], bound: number): Parameter {
  if (emptyWeights) return emptyParameter(shape);
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
