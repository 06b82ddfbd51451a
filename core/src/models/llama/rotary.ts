import { Module } from '../../nn/module.js';
import { tf } from '../../runtime/tf.js';
import type { LlamaSettings, RopeScaling } from './config.js';

/**
 * The rotary inverse frequencies `1 / θ^(2i/d)` for `i < d/2`, adjusted by the rope scaling as
 * transformers' `modeling_rope_utils` does (linear scaling divides the positions instead, see
 * {@link LlamaRotaryEmbedding}). `seqLen` matters only to dynamic NTK scaling: beyond
 * `max_position_embeddings` the base grows with the length.
 */
export function inverseFrequencies(
  headDim: number,
  theta: number,
  scaling: RopeScaling,
  maxPositionEmbeddings: number,
  seqLen = 0,
): Float64Array {
  let base = theta;
  if (scaling.type === 'dynamic' && seqLen > maxPositionEmbeddings) {
    const { factor } = scaling;
    base = theta * ((factor * seqLen) / maxPositionEmbeddings - (factor - 1)) ** (headDim / (headDim - 2));
  }
  const half = headDim / 2;
  const inv = new Float64Array(half);
  // transformers computes the exponent in float32 (`arange(0, d, 2).float() / d`).
  for (let i = 0; i < half; i++) inv[i] = 1 / base ** Math.fround((2 * i) / headDim);
  if (scaling.type === 'llama3') return llama3Frequencies(inv, scaling);
  return inv;
}

/**
 * Llama 3.1's frequency-dependent scaling: long wavelengths (beyond the original context divided by
 * `low_freq_factor`) are divided by `factor`, short ones (below it divided by `high_freq_factor`)
 * kept, and the ones between interpolated smoothly.
 */
function llama3Frequencies(
  inv: Float64Array,
  {
    factor,
    lowFreqFactor,
    highFreqFactor,
    originalMaxPositionEmbeddings: context,
  }: RopeScaling & {
    type: 'llama3';
  },
): Float64Array {
  const lowFreqWavelen = context / lowFreqFactor;
  const highFreqWavelen = context / highFreqFactor;
  return inv.map((f) => {
    const wavelen = (2 * Math.PI) / f;
    if (wavelen < highFreqWavelen) return f;
    if (wavelen > lowFreqWavelen) return f / factor;
    const smooth = (context / wavelen - lowFreqFactor) / (highFreqFactor - lowFreqFactor);
    return (1 - smooth) * (f / factor) + smooth * f;
  });
}

/** `cos` and `sin` of the rotation angles, `[batch, 1, seq, headDim]` each, broadcast over heads. */
export interface RotaryAngles {
  readonly cos: tf.Tensor4D;
  readonly sin: tf.Tensor4D;
}

/**
 * transformers' `LlamaRotaryEmbedding`: the rotation angles `position · inv_freq` of each position,
 * duplicated over both halves of a head (`cat(freqs, freqs)`). Parameter-free; the attention layers
 * share the angles the model computes once per forward.
 */
export class LlamaRotaryEmbedding extends Module<[tf.Tensor2D], RotaryAngles> {
  readonly #settings: LlamaSettings;
  readonly #inverse: Float32Array;

  constructor(settings: LlamaSettings) {
    super();
    this.#settings = settings;
    this.#inverse = Float32Array.from(this.inverseFrequencies(0));
  }

  override get typeName(): string {
    return `${this.#settings.typePrefix}RotaryEmbedding`;
  }

  private inverseFrequencies(seqLen: number): Float64Array {
    const { headDim, ropeTheta, ropeScaling, maxPositionEmbeddings } = this.#settings;
    return inverseFrequencies(headDim, ropeTheta, ropeScaling, maxPositionEmbeddings, seqLen);
  }

  /** Angles for `positionIds` `[batch, seq]` (int32). */
  forward(positionIds: tf.Tensor2D): RotaryAngles {
    return tf.tidy(() => {
      const { ropeScaling, maxPositionEmbeddings } = this.#settings;
      let inverse = this.#inverse;
      if (ropeScaling.type === 'dynamic') {
        // The base follows this call's length (max position + 1). transformers keeps the grown base
        // for later, shorter calls of the same model; here each call stands alone, as a fresh model's.
        const seqLen = tf.max(positionIds).dataSync()[0]! + 1;
        if (seqLen > maxPositionEmbeddings) inverse = Float32Array.from(this.inverseFrequencies(seqLen));
      }
      const [batch, seq] = positionIds.shape;
      let positions = positionIds.asType('float32').reshape([batch, seq, 1]);
      if (ropeScaling.type === 'linear') positions = tf.div(positions, ropeScaling.factor);
      const half = inverse.length;
      const freqs = tf.mul(positions, tf.tensor3d(inverse, [1, 1, half]));
      const angles = tf.concat([freqs, freqs], -1).reshape([batch, 1, seq, 2 * half]);
      return { cos: tf.cos(angles) as tf.Tensor4D, sin: tf.sin(angles) as tf.Tensor4D };
    });
  }
}

/** `x·cos + rotate_half(x)·sin` with `rotate_half(x) = cat(-x₂, x₁)` over the last axis. */
export function applyRotary(x: tf.Tensor4D, { cos, sin }: RotaryAngles): tf.Tensor4D {
  return tf.tidy(() => {
    const half = x.shape[3] / 2;
    const [x1, x2] = tf.split(x, [half, half], 3);
    const rotated = tf.concat([tf.neg(x2!), x1!], 3);
    return tf.add(tf.mul(x, cos), tf.mul(rotated, sin)) as tf.Tensor4D;
  });
}
