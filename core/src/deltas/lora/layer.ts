import { tf } from '../../runtime/tf.js';
import { Dropout } from '../../nn/dropout.js';
import { kaimingUniformParameter, zerosParameter } from '../../nn/init.js';
import { Module, type Parameter } from '../../nn/module.js';

/**
 * The LoRA branch OpenDelta calls `LowRankLinear`: `dropout(x)·Aᵀ·Bᵀ·scaling` with `lora_A [r, in]`
 * (Kaiming uniform, a = √5) and `lora_B [out, r]` (zeros), so a fresh delta changes nothing.
 */
export class LowRankLinear extends Module<[tf.Tensor], tf.Tensor> {
  readonly dropout: Dropout;

  constructor(
    readonly inFeatures: number,
    readonly outFeatures: number,
    readonly r: number,
    readonly scaling: number,
    dropout: number,
  ) {
    super();
    this.registerParameter('lora_A', kaimingUniformParameter([r, inFeatures]));
    this.registerParameter('lora_B', zerosParameter([outFeatures, r]));
    this.dropout = this.registerModule('lora_dropout', new Dropout(dropout));
  }

  get loraA(): Parameter {
    return this.ownParameter('lora_A');
  }

  get loraB(): Parameter {
    return this.ownParameter('lora_B');
  }

  forward(x: tf.Tensor): tf.Tensor {
    return tf.tidy(() => {
      const flat = this.dropout.call(x).reshape([-1, this.inFeatures]) as tf.Tensor2D;
      const down = tf.matMul(flat, this.loraA as tf.Tensor2D, false, true);
      const up = tf.matMul(down, this.loraB as tf.Tensor2D, false, true);
      return tf.mul(up, this.scaling).reshape([...x.shape.slice(0, -1), this.outFeatures]);
    });
  }

  /** The dense update `scaling·B·A` in `[out, in]` layout. */
  deltaWeight(): tf.Tensor2D {
    return tf.tidy(() => tf.mul(tf.matMul(this.loraB as tf.Tensor2D, this.loraA as tf.Tensor2D), this.scaling));
  }
}
