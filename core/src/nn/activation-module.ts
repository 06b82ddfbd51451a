import { getActivation, type Activation } from './activations.js';
import { Module } from './module.js';
import type { tf } from '../runtime/tf.js';

/** The class transformers' `ACT2FN[name]` instantiates for each activation name. */
const ACTIVATION_TYPE_NAMES: Readonly<Record<string, string>> = {
  gelu: 'GELUActivation',
  gelu_new: 'NewGELUActivation',
  gelu_pytorch_tanh: 'PytorchGELUTanh',
  gelu_fast: 'FastGELUActivation',
  quick_gelu: 'QuickGELUActivation',
  relu: 'ReLU',
  relu6: 'ReLU6',
  tanh: 'Tanh',
  sigmoid: 'Sigmoid',
  silu: 'SiLUActivation',
  swish: 'SiLUActivation',
  linear: 'LinearActivation',
};

/**
 * An activation function as a parameter-free module. transformers registers activations as
 * submodules (`intermediate_act_fn`, `pooler.activation`, `activation_fn`...), so they appear in
 * `named_modules()` and can be hooked; this keeps our module trees identical, type names included.
 */
export class ActivationModule extends Module<[tf.Tensor], tf.Tensor> {
  readonly #fn: Activation;

  constructor(readonly activationName: string) {
    super();
    this.#fn = getActivation(activationName);
  }

  override get typeName(): string {
    return ACTIVATION_TYPE_NAMES[this.activationName] ?? 'Activation';
  }

  forward(x: tf.Tensor): tf.Tensor {
    return this.#fn(x);
  }
}
