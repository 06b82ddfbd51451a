/**
 * Runs the model one generation step at a time and returns the next-token logits of every row. With
 * the cache, the first step runs the prompt (and, for encoder-decoders, the encoder) and every later
 * step feeds only the newest token; without it, every step reruns the whole sequence.
 */
import type { ModelInputs, ModelOutput } from '../models/inputs.js';
import type { PretrainedConfig } from '../models/config.js';
import { tf } from '../runtime/tf.js';
import { KeyValueCache } from './cache.js';

/** `'causal'`: decoder-only (GPT-2, Llama); `'seq2seq'`: encoder-decoder (T5, BART). */
export type GenerationKind = 'causal' | 'seq2seq';

/** What `generate` needs of a model: its configuration and a forward pass that returns logits. */
export interface GenerativeModel {
  readonly config: PretrainedConfig;
  /** `generation_config.json`, when the model folder has one. */
  readonly generationConfig?: Record<string, unknown> | undefined;
  forward(inputs: ModelInputs): ModelOutput;
}

/** The encoder input of an encoder-decoder, one row per sequence generated. */
export interface EncoderRows {
  readonly ids: number[][];
  readonly mask: number[][];
}

/**
 * transformers' position ids for a left-padded batch: each token's index among its row's real
 * tokens (`cumsum(mask) - 1`), and 1 at padding.
 */
export function positionsFromMask(mask: readonly number[]): number[] {
  let seen = 0;
  return mask.map((m) => (m === 0 ? 1 : seen++));
}

/** One generation run's forward passes and key/value cache. */
export class DecodingSession {
  readonly #cache: KeyValueCache | undefined;

  constructor(
    private readonly model: GenerativeModel,
    private readonly kind: GenerationKind,
    private readonly encoder: EncoderRows | undefined,
    useCache: boolean,
  ) {
    this.#cache = useCache ? new KeyValueCache() : undefined;
  }

  /**
   * Next-token logits (one `Float32Array` over the vocabulary per row) after `sequences`: the whole
   * token rows so far. `masks` are the decoder-only rows' padding masks, same lengths.
   */
  async nextLogits(
    sequences: readonly number[][],
    masks: readonly number[][] | undefined,
  ): Promise<Float32Array[]> {
    const last = tf.tidy(() => {
      const output = this.model.forward(this.stepInputs(sequences, masks));
      const logits = output.logits as tf.Tensor3D;
      const [rows, length, vocab] = logits.shape;
      return logits.slice([0, length - 1, 0], [rows, 1, vocab]).reshape([rows, vocab]);
    });
    try {
      const data = (await last.data()) as Float32Array;
      const vocab = last.shape[1]!;
      return sequences.map((_, row) => data.slice(row * vocab, (row + 1) * vocab));
    } finally {
      last.dispose();
    }
  }

  /** Beam search: row `i` continues from row `sources[i]`. */
  reorder(sources: readonly number[]): void {
    this.#cache?.reorder(sources);
  }

  /** Frees the cache. */
  dispose(): void {
    this.#cache?.dispose();
  }

  private stepInputs(sequences: readonly number[][], masks: readonly number[][] | undefined): ModelInputs {
    const cache = this.#cache;
    const continuing = cache !== undefined && cache.seqLength > 0;
    // With a filled cache only the newest token goes in; its keys and values join the cache.
    const fed = (rows: readonly number[][]): number[][] =>
      continuing ? rows.map((row) => row.slice(-1)) : rows.map((row) => [...row]);
    const inputs: ModelInputs = {};
    if (cache) inputs.pastKeyValues = cache;
    if (this.kind === 'causal') {
      inputs.inputIds = tf.tensor2d(fed(sequences), undefined, 'int32');
      const fullMasks = masks ?? sequences.map((row) => row.map(() => 1));
      inputs.attentionMask = tf.tensor2d(fullMasks as number[][], undefined, 'int32');
      inputs.positionIds = tf.tensor2d(fed(fullMasks.map(positionsFromMask)), undefined, 'int32');
      return inputs;
    }
    inputs.decoderInputIds = tf.tensor2d(fed(sequences), undefined, 'int32');
    if (!continuing) {
      // The encoder runs at the first step only when the cache keeps its keys and values.
      inputs.inputIds = tf.tensor2d(this.encoder!.ids, undefined, 'int32');
      inputs.attentionMask = tf.tensor2d(this.encoder!.mask, undefined, 'int32');
    }
    return inputs;
  }
}
