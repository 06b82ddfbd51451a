import { tf } from '../../runtime/tf.js';
import { normalParameter, uniformParameter, zerosParameter } from '../../nn/init.js';
import { Module, type Parameter } from '../../nn/module.js';
import { Activations } from '../adapter-family/bottleneck.js';
import { glorotParameter } from '../adapter-family/init.js';
import type { CompacterConfig } from './config.js';

/** The options a PHM projection reads from the Compacter config. */
export type PhmOptions = Pick<
  CompacterConfig,
  | 'phmCInit'
  | 'hypercomplexDivision'
  | 'learnPhm'
  | 'hypercomplexNonlinearity'
  | 'factorizedPhm'
  | 'factorizedPhmRule'
  | 'phmRank'
  | 'phmInitRange'
>;

/**
 * A parameterised hypercomplex multiplication layer (Zhang et al. 2021) as OpenDelta's `PHMLinear`:
 * `y = x·H + b` with `H = Σ_i kron(phm_rule_i, W_i)`, `phm_rule [n, n, n]`, `W_i [in/n, out/n]`
 * (factorised by default as `W_left_i·W_right_i` of rank `phmRank`), so the layer holds about 1/n of
 * a dense layer's parameters.
 */
export class PHMLinear extends Module<[tf.Tensor], tf.Tensor> {
  readonly n: number;
  readonly #factorizedPhm: boolean;
  readonly #factorizedRule: boolean;
  readonly #learnPhm: boolean;

  constructor(
    readonly inFeatures: number,
    readonly outFeatures: number,
    options: PhmOptions,
    bias: boolean,
  ) {
    super();
    const n = options.hypercomplexDivision;
    this.n = n;
    this.#factorizedPhm = options.factorizedPhm;
    this.#factorizedRule = options.factorizedPhmRule;
    this.#learnPhm = options.learnPhm;
    const rule = (shape: number[]): Parameter =>
      options.phmCInit === 'uniform' ? uniformParameter(shape, 0.01) : normalParameter(shape, 0.01);
    const rules: Array<[string, number[]]> = options.factorizedPhmRule
      ? [
          ['phm_rule_left', [n, n, 1]],
          ['phm_rule_right', [n, 1, n]],
        ]
      : [['phm_rule', [n, n, n]]];
    for (const [name, shape] of rules) {
      const value = rule(shape);
      if (options.learnPhm) {
        this.registerParameter(name, value);
      } else {
        // A fixed rule is state, not a learned parameter: a buffer is saved but never trained.
        this.registerBuffer(name, value.clone());
        value.dispose();
      }
    }
    const a = inFeatures / n;
    const c = outFeatures / n;
    const weight = (shape: number[]): Parameter =>
      options.hypercomplexNonlinearity === 'normal'
        ? normalParameter(shape, options.phmInitRange)
        : glorotParameter(shape, options.hypercomplexNonlinearity);
    if (options.factorizedPhm) {
      this.registerParameter('W_left', weight([n, a, options.phmRank]));
      this.registerParameter('W_right', weight([n, options.phmRank, c]));
    } else {
      this.registerParameter('W', weight([n, a, c]));
    }
    if (bias) this.registerParameter('b', zerosParameter([outFeatures]));
  }

  #tensor(name: string): tf.Tensor {
    return this.#learnPhm || !name.startsWith('phm_rule') ? this.ownParameter(name) : this.getBuffer(name);
  }

  /** The dense `[in, out]` matrix `H = Σ_i kron(rule_i, W_i)`. */
  hypercomplexWeight(): tf.Tensor2D {
    return tf.tidy(() => {
      const n = this.n;
      const rule = this.#factorizedRule
        ? tf.matMul(
            this.#tensor('phm_rule_left') as tf.Tensor3D,
            this.#tensor('phm_rule_right') as tf.Tensor3D,
          )
        : this.#tensor('phm_rule');
      const w = this.#factorizedPhm
        ? tf.matMul(this.#tensor('W_left') as tf.Tensor3D, this.#tensor('W_right') as tf.Tensor3D)
        : this.#tensor('W');
      const [, a, c] = w.shape as [number, number, number];
      // kron(R, W)[r·a + i, s·c + j] = R[r, s]·W[i, j]: broadcast to [n, r, i, s, j], then sum the terms.
      const products = tf.mul(rule.reshape([n, n, 1, n, 1]), w.reshape([n, 1, a, 1, c]));
      return products.reshape([n, n * a, n * c]).sum(0) as tf.Tensor2D;
    });
  }

  forward(x: tf.Tensor): tf.Tensor {
    return tf.tidy(() => {
      const flat = x.reshape([-1, this.inFeatures]) as tf.Tensor2D;
      let y: tf.Tensor = tf.matMul(flat, this.hypercomplexWeight());
      const b = this.optionalOwnParameter('b');
      if (b) y = tf.add(y, b);
      return y.reshape([...x.shape.slice(0, -1), this.outFeatures]);
    });
  }
}

/**
 * OpenDelta's `HyperComplexAdapterLayer` (the Compacter adapter): `h + up(act(down(h)))` with
 * {@link PHMLinear} projections and a bottleneck of `hidden // reductionFactor`.
 */
export class HyperComplexAdapterLayer extends Module<[tf.Tensor], tf.Tensor> {
  readonly activation: Activations;
  readonly downSampler: PHMLinear;
  readonly upSampler: PHMLinear;

  constructor(
    readonly hiddenDim: number,
    readonly downSampleSize: number,
    config: PhmOptions & Pick<CompacterConfig, 'nonLinearity' | 'useBiasDownSampler' | 'useBiasUpSampler'>,
  ) {
    super();
    this.activation = this.registerModule('activation', new Activations(config.nonLinearity));
    this.downSampler = this.registerModule(
      'down_sampler',
      new PHMLinear(hiddenDim, downSampleSize, config, config.useBiasDownSampler),
    );
    this.upSampler = this.registerModule(
      'up_sampler',
      new PHMLinear(downSampleSize, hiddenDim, config, config.useBiasUpSampler),
    );
  }

  forward(hiddens: tf.Tensor): tf.Tensor {
    return tf.tidy(() =>
      tf.add(this.upSampler.call(this.activation.call(this.downSampler.call(hiddens))), hiddens),
    );
  }
}
