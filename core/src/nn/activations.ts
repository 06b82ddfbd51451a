import { DeltahubError } from '../errors.js';
import { tf } from '../runtime/tf.js';

/** An element-wise activation function. */
export type Activation = (x: tf.Tensor) => tf.Tensor;

const SQRT_HALF = Math.SQRT1_2;
const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);

/** Exact GELU, `0.5·x·(1 + erf(x/√2))` (transformers' `gelu`). */
export const gelu: Activation = (x) =>
  tf.tidy(() => tf.mul(tf.mul(x, 0.5), tf.add(1, tf.erf(tf.mul(x, SQRT_HALF)))));

/** The tanh approximation used by GPT-2 and BERT's original code (`gelu_new`, `gelu_pytorch_tanh`). */
export const geluNew: Activation = (x) =>
  tf.tidy(() =>
    tf.mul(
      tf.mul(x, 0.5),
      tf.add(1, tf.tanh(tf.mul(SQRT_2_OVER_PI, tf.add(x, tf.mul(0.044715, tf.pow(x, 3)))))),
    ),
  );

/** `gelu_fast`: the same tanh approximation written as transformers' FastGELUActivation. */
export const geluFast: Activation = (x) =>
  tf.tidy(() =>
    tf.mul(
      tf.mul(x, 0.5),
      tf.add(1, tf.tanh(tf.mul(tf.mul(x, 0.7978845608), tf.add(1, tf.mul(tf.mul(x, x), 0.044715))))),
    ),
  );

/** `quick_gelu`: `x·σ(1.702·x)`. */
export const quickGelu: Activation = (x) => tf.tidy(() => tf.mul(x, tf.sigmoid(tf.mul(x, 1.702))));

/** SiLU / swish: `x·σ(x)`. */
export const silu: Activation = (x) => tf.tidy(() => tf.mul(x, tf.sigmoid(x)));

/** The activations by the names transformers configs use (`hidden_act`, `activation_function`...). */
export const ACTIVATIONS: Readonly<Record<string, Activation>> = {
  gelu,
  gelu_new: geluNew,
  gelu_pytorch_tanh: geluNew,
  gelu_fast: geluFast,
  quick_gelu: quickGelu,
  relu: (x) => tf.relu(x),
  relu6: (x) => tf.relu6(x),
  tanh: (x) => tf.tanh(x),
  sigmoid: (x) => tf.sigmoid(x),
  silu,
  swish: silu,
  linear: (x) => x,
};

/** The activation named `name`, or a typed error listing the known names. */
export function getActivation(name: string): Activation {
  const fn = ACTIVATIONS[name];
  if (!fn) {
    throw new DeltahubError(
      'UNKNOWN_ACTIVATION',
      `Unknown activation '${name}'; known: ${Object.keys(ACTIVATIONS).join(', ')}.`,
    );
  }
  return fn;
}
