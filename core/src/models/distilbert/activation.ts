import { getActivation, type Activation } from '../../nn/activations.js';
import { Module } from '../../nn/module.js';
import type { tf } from '../../runtime/tf.js';

/**
 * The transformers class behind each activation name (`ACT2CLS`): transformers registers the
 * activation as a child module (`ffn.activation`, `mlp.act`), so it appears in `named_modules` and in
 * structure graphs under these type names.
 */
const TRANSFORMERS_ACTIVATION_CLASS: Readonly<Record<string, string>> = {
  gelu: 'GELUActivation',
  gelu_new: 'NewGELUActivation',
  gelu_fast: 'FastGELUActivation',
  gelu_pytorch_tanh: 'PytorchGELUTanh',
  quick_gelu: 'QuickGELUActivation',
  relu: 'ReLU',
  relu6: 'ReLU6',
  sigmoid: 'Sigmoid',
  silu: 'SiLUActivation',
  swish: 'SiLUActivation',
  tanh: 'Tanh',
  linear: 'LinearActivation',
};

/**
 * A parameter-free module applying the activation named as in transformers configs (`gelu`,
 * `gelu_new`...), so the module tree has the same activation children as the Python one.
 */
export class ActivationModule extends Module<[tf.Tensor], tf.Tensor> {
  readonly #fn: Activation;

  constructor(readonly activationName: string) {
    super();
    this.#fn = getActivation(activationName);
  }

  override get typeName(): string {
    return TRANSFORMERS_ACTIVATION_CLASS[this.activationName] ?? 'Activation';
  }

  forward(x: tf.Tensor): tf.Tensor {
    return this.#fn(x);
  }
}
