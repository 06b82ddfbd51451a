/**
 * The key/value cache that makes each generated token cost one position: every attention module
 * keeps the keys and values it has already projected, and a later call projects only the new
 * tokens and appends them.
 */
import { DeltahubError } from '../errors.js';
import { tf } from '../runtime/tf.js';

/**
 * What an attention module reads and extends: one layer's cached keys and values (implemented by
 * {@link AttentionCache}). Models type their options with this interface, so builds of the package
 * loaded twice (sources and `dist` in tests) still agree on the types.
 */
export interface LayerKeyValues {
  /** Whether nothing has been cached yet. */
  readonly isEmpty: boolean;
  /** The cached keys `[batch, heads, length, headDim]`, prefix first; throws when empty. */
  readonly key: tf.Tensor4D;
  /** The cached values, prefix first; throws when empty. */
  readonly value: tf.Tensor4D;
  /** How many leading positions are prefix-tuning keys rather than tokens. */
  readonly prefixLength: number;
  /** Token positions cached (keys minus the prefix). */
  readonly length: number;
  /** Appends keys and values along the position axis; returns everything cached. */
  append(
    key: tf.Tensor4D,
    value: tf.Tensor4D,
    prefixLength?: number,
  ): { key: tf.Tensor4D; value: tf.Tensor4D };
}

/**
 * What `forward` takes as `pastKeyValues` and returns (implemented by {@link KeyValueCache}): the
 * per-layer caches of the self- and cross-attention, the positions seen so far and the encoder mask.
 */
export interface PastKeyValues {
  /** The self-attention cache of (decoder) layer `layer`. */
  selfAttention(layer: number): LayerKeyValues;
  /** The cross-attention cache of decoder layer `layer`. */
  crossAttention(layer: number): LayerKeyValues;
  /** Token positions already seen by the (decoder) self-attention. */
  readonly seqLength: number;
  /** Whether the cross-attention keys and values have been computed. */
  readonly hasCrossAttention: boolean;
  /** The 0/1 encoder padding mask the cross-attention uses, if any. */
  readonly encoderAttentionMask: tf.Tensor2D | undefined;
  /** Records the encoder padding mask at the first step. */
  setEncoderAttentionMask(mask: tf.Tensor2D | undefined): void;
  /** Keeps batch rows `indices` in that order. */
  reorder(indices: readonly number[]): void;
  /** Frees every cached tensor. */
  dispose(): void;
}

/**
 * One attention module's cached keys and values, `[batch, heads, length, headDim]` each. When prefix
 * tuning extends the module, the prefix keys and values are its first `prefixLength` positions: the
 * prefix joins the cache once, at the first call, like transformers' `past_key_values`.
 */
export class AttentionCache implements LayerKeyValues {
  #key: tf.Tensor4D | undefined;
  #value: tf.Tensor4D | undefined;
  #prefixLength = 0;

  /** Whether nothing has been cached yet. */
  get isEmpty(): boolean {
    return this.#key === undefined;
  }

  /** The cached keys (prefix first); throws when empty. */
  get key(): tf.Tensor4D {
    return this.#filled().key;
  }

  /** The cached values (prefix first); throws when empty. */
  get value(): tf.Tensor4D {
    return this.#filled().value;
  }

  /** How many leading positions are prefix-tuning keys rather than tokens. */
  get prefixLength(): number {
    return this.#prefixLength;
  }

  /** Token positions cached (keys minus the prefix). */
  get length(): number {
    return this.#key ? this.#key.shape[2] - this.#prefixLength : 0;
  }

  /**
   * Appends this call's keys and values along the position axis and returns everything cached. The
   * first call records how many of its leading positions are a prefix. The returned tensors belong to
   * the cache: they stay valid until the next update, {@link AttentionCache.reorder} or dispose.
   */
  append(key: tf.Tensor4D, value: tf.Tensor4D, prefixLength = 0): { key: tf.Tensor4D; value: tf.Tensor4D } {
    if (!this.#key || !this.#value) {
      this.#prefixLength = prefixLength;
      this.#key = tf.keep(tf.clone(key));
      this.#value = tf.keep(tf.clone(value));
    } else {
      const [batch, heads, , headDim] = this.#key.shape;
      const [newBatch, newHeads, , newHeadDim] = key.shape;
      if (batch !== newBatch || heads !== newHeads || headDim !== newHeadDim) {
        throw new DeltahubError(
          'BAD_INPUT',
          `The cache holds keys [${this.#key.shape.join(', ')}]; new keys [${key.shape.join(', ')}] do not extend them (batch, heads and head size must match).`,
        );
      }
      const oldKey = this.#key;
      const oldValue = this.#value;
      this.#key = tf.keep(tf.concat([oldKey, key], 2));
      this.#value = tf.keep(tf.concat([oldValue, value], 2));
      oldKey.dispose();
      oldValue.dispose();
    }
    return { key: this.#key, value: this.#value };
  }

  /** Keeps rows `indices` of the batch, in that order (beam search reorders its beams this way). */
  reorder(indices: tf.Tensor1D): void {
    if (!this.#key || !this.#value) return;
    const oldKey = this.#key;
    const oldValue = this.#value;
    this.#key = tf.keep(tf.gather(oldKey, indices, 0));
    this.#value = tf.keep(tf.gather(oldValue, indices, 0));
    oldKey.dispose();
    oldValue.dispose();
  }

  /** Frees the cached tensors; the cache is empty afterwards. */
  dispose(): void {
    this.#key?.dispose();
    this.#value?.dispose();
    this.#key = undefined;
    this.#value = undefined;
    this.#prefixLength = 0;
  }

  #filled(): { key: tf.Tensor4D; value: tf.Tensor4D } {
    if (!this.#key || !this.#value) throw new DeltahubError('BAD_INPUT', 'The attention cache is empty.');
    return { key: this.#key, value: this.#value };
  }
}

/**
 * The cache of a whole model, passed as `pastKeyValues` to `forward` and returned by it (transformers'
 * `DynamicCache`, and `EncoderDecoderCache` for encoder-decoders): one {@link AttentionCache} per
 * decoder layer's self-attention and, for encoder-decoders, one per cross-attention, whose keys and
 * values are projected once from the encoder output. It also keeps the encoder padding mask the
 * cross-attention used (after any soft prompt lengthened it), so later steps need neither the
 * encoder inputs nor the encoder output.
 *
 * The caller owns the cache: `dispose()` it when done (generate does).
 */
export class KeyValueCache implements PastKeyValues {
  readonly #selfAttention: AttentionCache[] = [];
  readonly #crossAttention: AttentionCache[] = [];
  #encoderAttentionMask: tf.Tensor2D | undefined;
  #hasEncoderAttentionMask = false;

  /** The self-attention cache of (decoder) layer `layer`. */
  selfAttention(layer: number): AttentionCache {
    return (this.#selfAttention[layer] ??= new AttentionCache());
  }

  /** The cross-attention cache of decoder layer `layer`. */
  crossAttention(layer: number): AttentionCache {
    return (this.#crossAttention[layer] ??= new AttentionCache());
  }

  /**
   * Token positions already seen by the (decoder) self-attention: where the next call's positions
   * start. Prefix-tuning keys are not positions; soft-prompt tokens are.
   */
  get seqLength(): number {
    return this.#selfAttention[0]?.length ?? 0;
  }

  /** Whether the cross-attention keys and values have been computed (the encoder need not run again). */
  get hasCrossAttention(): boolean {
    return this.#crossAttention.some((layer) => !layer.isEmpty);
  }

  /** The 0/1 encoder padding mask `[batch, sourceLength]` the cross-attention uses, if any. */
  get encoderAttentionMask(): tf.Tensor2D | undefined {
    return this.#encoderAttentionMask;
  }

  /** Records the encoder padding mask at the first step (kept by the cache; undefined means none). */
  setEncoderAttentionMask(mask: tf.Tensor2D | undefined): void {
    if (this.#hasEncoderAttentionMask) return;
    this.#hasEncoderAttentionMask = true;
    this.#encoderAttentionMask = mask ? tf.keep(tf.clone(mask)) : undefined;
  }

  /**
   * Keeps batch rows `indices` in that order, everywhere (beam search: each beam continues from the
   * row it was chosen from). Cross-attention keys are reordered too, so any row mapping stays valid.
   */
  reorder(indices: readonly number[]): void {
    const index = tf.tensor1d(indices as number[], 'int32');
    try {
      for (const layer of [...this.#selfAttention, ...this.#crossAttention]) layer?.reorder(index);
      if (this.#encoderAttentionMask) {
        const old = this.#encoderAttentionMask;
        this.#encoderAttentionMask = tf.keep(tf.gather(old, index, 0));
        old.dispose();
      }
    } finally {
      index.dispose();
    }
  }

  /** Frees every cached tensor. */
  dispose(): void {
    for (const layer of [...this.#selfAttention, ...this.#crossAttention]) layer?.dispose();
    this.#selfAttention.length = 0;
    this.#crossAttention.length = 0;
    this.#encoderAttentionMask?.dispose();
    this.#encoderAttentionMask = undefined;
    this.#hasEncoderAttentionMask = false;
  }
}
