import {
  PreTrainedModel,
  type DeltaModel,
  type Module,
  PrefixModel,
  SoftPromptModel,
  seq2seqPrefixPair,
  splitPrefixTable,
  tf,
} from '@deltahub/core';
import { toFloat32, type TensorData } from '@deltahub/core/safetensors';
import { PeftError } from './errors.js';

/**
 * PEFT's prompt learning on encoder-decoders (`num_transformer_submodules` 2, its SEQ_2_SEQ_LM
 * task), as v0.6.2's `PeftModelForSeq2SeqLM` runs it on transformers' models:
 *
 * - prompt tuning keeps `2p` rows in `prompt_embeddings`; the forward prepends rows `0..p-1` to the
 *   encoder's input (and ones to its mask) and uses rows `p..2p-1` nowhere, so deltahub's encoder
 *   soft prompt reproduces it, and the decoder rows are carried from import to export unchanged;
 * - prefix tuning passes its prefixes as the decoder's `past_key_values`: T5's encoder runs without
 *   them, decoder layer `g`'s self-attention gets pair `2g mod layers` of the table
 *   ({@link seq2seqPrefixPair}) and every decoder block the first block's position bias over prefix
 *   and keys (`t5PositionBias: 'shared'`). Its cross-attention pair is ignored by T5 (a past whose
 *   length differs from the source's is recomputed) and carried like the prompt's decoder rows.
 *   Only T5 is supported: other encoder-decoders shift positions for a past.
 */

/** The PEFT table each imported delta came with, for the parts deltahub does not run (see above). */
const originTables = new WeakMap<DeltaModel, TensorData>();

/** Whether `backbone` is an encoder-decoder (its config says so, or it is T5 or BART). */
export function isEncoderDecoder(backbone: Module): boolean {
  if (!(backbone instanceof PreTrainedModel)) return false;
  const config = backbone.config as Record<string, unknown>;
  return config['is_encoder_decoder'] === true || ['t5', 'bart'].includes(String(config['model_type']));
}

/** Checks `num_transformer_submodules` against the backbone; 2 needs an encoder-decoder. */
export function checkSubmodules(
  config: { numTransformerSubmodules: number | null; peftType: string },
  backbone: Module,
  path: string,
): void {
  const n = config.numTransformerSubmodules;
  if (n === null || n === 1) return;
  if (n !== 2 || !isEncoderDecoder(backbone)) {
    throw new PeftError(
      'PEFT_UNSUPPORTED_OPTION',
      `${path}: num_transformer_submodules ${n} needs ${n === 2 ? 'an encoder-decoder backbone' : 'to be 1 or 2'} (this is a ${backbone.constructor.name}).`,
      { path },
    );
  }
  const modelType = (backbone as PreTrainedModel).config.model_type;
  if (config.peftType === 'PREFIX_TUNING' && modelType !== 't5') {
    throw new PeftError(
      'PEFT_UNSUPPORTED_OPTION',
      `${path}: encoder-decoder prefix tuning is supported on T5 only (transformers shifts ${String(modelType)}'s positions after a past).`,
      { path },
    );
  }
}

/** The decoder self-attentions of a T5, PEFT's encoder-decoder prefix placement. */
export const T5_DECODER_SELF_ATTENTION = '[r]decoder\\.block\\.\\d+\\.layer\\.0';

/**
 * The prompt table for deltahub: the encoder rows `0..p-1` of PEFT's `[2p, d]` table. The whole
 * table is kept for export ({@link seq2seqPromptTable}).
 */
export function encoderPromptRows(delta: DeltaModel, table: TensorData, p: number, key: string, path: string): TensorData {
  const [rows, width] = table.shape;
  if (table.shape.length !== 2 || rows !== 2 * p) {
    throw new PeftError(
      'PEFT_KEYS_MISMATCH',
      `${path}: ${key} has shape [${table.shape.join(', ')}], but ${p} virtual tokens for encoder and decoder need [${2 * p}, d].`,
      { path },
    );
  }
  originTables.set(delta, table);
  return { dtype: 'F32', shape: [p, width!], data: toFloat32(table).slice(0, p * width!) };
}

/** Each decoder prefix layer's keys and values from PEFT's `[p, layers·2·d]` table, by deltahub name. */
export function seq2seqPrefixTensors(
  delta: PrefixModel,
  table: TensorData,
  layers: number,
  key: string,
  path: string,
): Map<string, TensorData> {
  const p = delta.config.prefixTokenNum;
  const prefixes = delta.prefixLayers;
  const hidden = prefixes[0]?.layer.hiddenDim ?? 0;
  if (table.shape.length !== 2 || table.shape[0] !== p || table.shape[1] !== layers * 2 * hidden) {
    throw new PeftError(
      'PEFT_KEYS_MISMATCH',
      `${path}: ${key} has shape [${table.shape.join(', ')}], but ${layers} layers of width ${hidden} with ${p} virtual tokens need [${p}, ${layers * 2 * hidden}].`,
      { path },
    );
  }
  originTables.set(delta, table);
  const pairs = splitPrefixTable(toFloat32(table), p, layers, hidden);
  const out = new Map<string, TensorData>();
  prefixes.forEach(({ attention }, g) => {
    const pair = pairs[seq2seqPrefixPair(g, layers)]!;
    out.set(`${attention}.prefix.past_key`, { dtype: 'F32', shape: [p, hidden], data: pair.key });
    out.set(`${attention}.prefix.past_value`, { dtype: 'F32', shape: [p, hidden], data: pair.value });
  });
  return out;
}

/** Whether `delta` is a prefix in PEFT's encoder-decoder layout (T5 decoder, shared position bias). */
export function isSeq2SeqPrefix(delta: DeltaModel): delta is PrefixModel {
  return delta instanceof PrefixModel && delta.config.t5PositionBias === 'shared';
}

/** Whether `delta` is a soft prompt on the encoder of an encoder-decoder. */
export function isEncoderPrompt(delta: DeltaModel): delta is SoftPromptModel {
  return delta instanceof SoftPromptModel && delta.resolvedModules[0] !== '';
}

/**
 * PEFT's `[2p, d]` prompt table for an encoder soft prompt: its rows, then the decoder rows it was
 * imported with (zeros for a delta made in deltahub: PEFT's forward never reads them).
 */
export function seq2seqPromptTable(delta: SoftPromptModel): TensorData {
  const encoder = delta.layer.softEmbeds.dataSync() as Float32Array;
  const data = new Float32Array(encoder.length * 2);
  const origin = originTables.get(delta);
  if (origin) data.set(toFloat32(origin).subarray(encoder.length), encoder.length);
  data.set(encoder, 0);
  return { dtype: 'F32', shape: [2 * delta.config.softTokenNum, delta.layer.softEmbeds.shape[1]!], data };
}

/**
 * PEFT's `[p, layers·2·d]` prefix table for a decoder prefix in its encoder-decoder layout: each
 * decoder layer's keys and values at its pair, the other (cross-attention) pairs as imported (zeros
 * for a delta made in deltahub). Decoder layers sharing a pair must hold the same prefix.
 */
export function seq2seqPrefixTable(delta: PrefixModel, layers: number): TensorData {
  const prefixes = delta.prefixLayers;
  const p = delta.config.prefixTokenNum;
  const hidden = prefixes[0]!.layer.hiddenDim;
  const width = layers * 2 * hidden;
  const origin = originTables.get(delta);
  const table = origin ? toFloat32(origin).slice() : new Float32Array(p * width);
  const written = new Map<number, { key: Float32Array; value: Float32Array; layer: number }>();
  prefixes.forEach(({ layer }, g) => {
    const { key, value } = layer.flatKeyValue();
    const data = { key: key.dataSync() as Float32Array, value: value.dataSync() as Float32Array, layer: g };
    // Reparameterised prefixes are computed tensors; direct ones are the parameters themselves.
    if (delta.reparams) tf.dispose([key, value]);
    const pair = seq2seqPrefixPair(g, layers);
    const earlier = written.get(pair);
    if (earlier && (!sameValues(earlier.key, data.key) || !sameValues(earlier.value, data.value))) {
      throw new PeftError(
        'PEFT_UNSUPPORTED_OPTION',
        `PEFT's encoder-decoder prefix gives decoder layers ${earlier.layer} and ${g} the same prefix (pair ${pair} of ${layers}), but this delta's differ.`,
      );
    }
    written.set(pair, data);
    for (let t = 0; t < p; t++) {
      table.set(data.key.subarray(t * hidden, (t + 1) * hidden), t * width + 2 * pair * hidden);
      table.set(data.value.subarray(t * hidden, (t + 1) * hidden), t * width + (2 * pair + 1) * hidden);
    }
  });
  return { dtype: 'F32', shape: [p, width], data: table };
}

function sameValues(a: Float32Array, b: Float32Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
