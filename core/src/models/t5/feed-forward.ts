import { ActivationModule } from '../../nn/activation-module.js';
import { Dropout } from '../../nn/dropout.js';
import { Linear } from '../../nn/linear.js';
import { Module } from '../../nn/module.js';
import { RMSNorm } from '../../nn/normalization.js';
import { tf } from '../../runtime/tf.js';
import { child } from './child.js';
import type { T5Settings } from './config.js';

/** Plain feed-forward block: `wo(dropout(act(wi(x))))`, no biases. */
export class T5DenseActDense extends Module<[tf.Tensor3D], tf.Tensor3D> {
  constructor(settings: T5Settings) {
    super();
    this.registerModule('wi', new Linear(settings.dModel, settings.dFf, { bias: false }));
    this.registerModule('wo', new Linear(settings.dFf, settings.dModel, { bias: false }));
    this.registerModule('dropout', new Dropout(settings.dropoutRate));
    this.registerModule('act', new ActivationModule(settings.denseActFn));
  }

  forward(hiddenStates: tf.Tensor3D): tf.Tensor3D {
    return tf.tidy(() => {
      let h = child<Linear>(this, 'wi').call(hiddenStates);
      h = child<ActivationModule>(this, 'act').call(h);
      h = child<Dropout>(this, 'dropout').call(h);
      return child<Linear>(this, 'wo').call(h) as tf.Tensor3D;
    });
  }
}

/** Gated feed-forward block (T5 v1.1, `gated-gelu`): `wo(dropout(act(wi_0(x)) * wi_1(x)))`. */
export class T5DenseGatedActDense extends Module<[tf.Tensor3D], tf.Tensor3D> {
  constructor(settings: T5Settings) {
    super();
    this.registerModule('wi_0', new Linear(settings.dModel, settings.dFf, { bias: false }));
    this.registerModule('wi_1', new Linear(settings.dModel, settings.dFf, { bias: false }));
    this.registerModule('wo', new Linear(settings.dFf, settings.dModel, { bias: false }));
    this.registerModule('dropout', new Dropout(settings.dropoutRate));
    this.registerModule('act', new ActivationModule(settings.denseActFn));
  }

  forward(hiddenStates: tf.Tensor3D): tf.Tensor3D {
    return tf.tidy(() => {
      const gate = child<ActivationModule>(this, 'act').call(child<Linear>(this, 'wi_0').call(hiddenStates));
      const linear = child<Linear>(this, 'wi_1').call(hiddenStates);
      const h = child<Dropout>(this, 'dropout').call(tf.mul(gate, linear));
      return child<Linear>(this, 'wo').call(h) as tf.Tensor3D;
    });
  }
}

/** Pre-norm residual feed-forward: `x + dropout(DenseReluDense(layer_norm(x)))`. */
export class T5LayerFF extends Module<[tf.Tensor3D], tf.Tensor3D> {
  constructor(settings: T5Settings) {
    super();
    this.registerModule(
      'DenseReluDense',
      settings.isGatedAct ? new T5DenseGatedActDense(settings) : new T5DenseActDense(settings),
    );
    this.registerModule('layer_norm', new RMSNorm(settings.dModel, settings.layerNormEpsilon));
    this.registerModule('dropout', new Dropout(settings.dropoutRate));
  }

  forward(hiddenStates: tf.Tensor3D): tf.Tensor3D {
    return tf.tidy(() => {
      const normed = child<RMSNorm>(this, 'layer_norm').call(hiddenStates) as tf.Tensor3D;
      const forwarded = child<Module<[tf.Tensor3D], tf.Tensor3D>>(this, 'DenseReluDense').call(normed);
      return tf.add(hiddenStates, child<Dropout>(this, 'dropout').call(forwarded)) as tf.Tensor3D;
    });
  }
}
