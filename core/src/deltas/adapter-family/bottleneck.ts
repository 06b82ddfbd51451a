/**
 * The bottleneck the adapter family shares: OpenDelta's `modulelist` (`down_proj`, `non_linear`,
 * `up_proj`), its initialisation, and the layers built around it.
 */
import { tf } from '../../runtime/tf.js';
import { getActivation, type Activation } from '../../nn/activations.js';
import { fillConstant, fillNormal } from '../../nn/init.js';
import { Linear } from '../../nn/linear.js';
import { Module } from '../../nn/module.js';

/**
 * PyTorch's `nn.Sequential`: runs its children in registration order. OpenDelta keeps an adapter's
 * projections in one (`modulelist`), which fixes the parameter names
 * (`adapter.modulelist.down_proj.weight`) and the type shown in the structure graph.
 */
export class Sequential extends Module<[tf.Tensor], tf.Tensor> {
  constructor(modules: ReadonlyArray<readonly [string, Module<[tf.Tensor], tf.Tensor>]> = []) {
    super();
    for (const [name, module] of modules) this.registerModule(name, module);
  }

  forward(x: tf.Tensor): tf.Tensor {
    return tf.tidy(() => {
      let h = x;
      for (const [, child] of this.namedChildren()) h = (child as Module<[tf.Tensor], tf.Tensor>).call(h);
      return h;
    });
  }
}

/**
 * An element-wise activation as a parameter-free module, named like OpenDelta's `Activations` so the
 * module tree has the same names (`modulelist.non_linear`); the structure graph hides it.
 */
export class Activations extends Module<[tf.Tensor], tf.Tensor> {
  readonly #fn: Activation;

  /** `name` is a transformers activation name (`gelu_new`, `relu`...); unknown names are an error. */
  constructor(readonly name: string) {
    super();
    this.#fn = getActivation(name.toLowerCase());
  }

  forward(x: tf.Tensor): tf.Tensor {
    return this.#fn(x);
  }
}

/**
 * `Linear` initialised as OpenDelta initialises adapter projections: weights `N(0, 0.01)`, zero
 * biases, so a fresh adapter is close to (not exactly) the identity.
 */
export function adapterProjection(inFeatures: number, outFeatures: number): Linear {
  const linear = new Linear(inFeatures, outFeatures);
  fillNormal(linear.weight, 0.01);
  fillConstant(linear.bias!, 0);
  return linear;
}

/** `up(act(down(h)))`: the bottleneck OpenDelta's adapters and parallel adapters share. */
export function adapterBottleneck(
  hiddenDim: number,
  bottleneckDim: number,
  nonLinearity: string,
): Sequential {
  return new Sequential([
    ['down_proj', adapterProjection(hiddenDim, bottleneckDim)],
    ['non_linear', new Activations(nonLinearity)],
    ['up_proj', adapterProjection(bottleneckDim, hiddenDim)],
  ]);
}

/**
 * A layer that owns a bottleneck `modulelist` (`up(act(down(x)))` from `hiddenDim` through
 * `bottleneckDim`): the Adapter's and the ParallelAdapter's layers, which differ in how they combine it.
 */
export abstract class BottleneckLayer extends Module<[tf.Tensor], tf.Tensor> {
  readonly modulelist: Sequential;

  constructor(
    readonly hiddenDim: number,
    readonly bottleneckDim: number,
    readonly nonLinearity: string,
  ) {
    super();
    this.modulelist = this.registerModule(
      'modulelist',
      adapterBottleneck(hiddenDim, bottleneckDim, nonLinearity),
    );
  }
}
