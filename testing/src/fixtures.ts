/**
 * The one entry point to the test fixtures for code outside `core/` (they live in
 * `core/test-fixtures/`, next to the Python scripts that made them): the tiny Hugging Face
 * backbones and their inputs, the real configs, and PEFT's reference adapters.
 */
import { fileURLToPath } from 'node:url';

/** `core/test-fixtures/`. */
export const CORE_FIXTURES = fileURLToPath(new URL('../../core/test-fixtures/', import.meta.url));

/** `hf-tiny/`: tiny BERT, RoBERTa, DistilBERT, GPT-2, T5, BART (and `_perturbed` twins). */
export const HF_TINY = `${CORE_FIXTURES}hf-tiny/`;

/** `tokenizers/`: real tokenizer files (bert-base-uncased, gpt2, t5-small...) and transformers' encodings. */
export const TOKENIZERS = `${CORE_FIXTURES}tokenizers/`;

/** The real `config.json` of bert-base-uncased (benchmarks build a full-size BERT from it). */
export const BERT_BASE_CONFIG = `${HF_TINY}real_configs/bert-base-uncased.json`;

/** The architectures of the tiny backbones (each delta method has a default placement for all). */
export const TINY_ARCHS = ['bert', 'roberta', 'distilbert', 'gpt2', 't5', 'bart', 'llama'] as const;
export type TinyArch = (typeof TINY_ARCHS)[number];

/** Model inputs as the tiny batch needs them (a subset of core's `ModelInputs`). */
export interface TinyInputs {
  inputIds: number[][];
  attentionMask: number[][];
  decoderInputIds?: number[][];
}

/** A small padded batch (decoder ids for the encoder-decoders). */
export function tinyInputs(arch: TinyArch): TinyInputs {
  const inputs: TinyInputs = {
    inputIds: [
      [5, 17, 33, 47, 8, 61],
      [5, 64, 12, 77, 3, 3],
    ],
    attentionMask: [
      [1, 1, 1, 1, 1, 1],
      [1, 1, 1, 1, 0, 0],
    ],
  };
  if (arch === 't5' || arch === 'bart') {
    inputs.decoderInputIds = [
      [2, 9, 21, 5],
      [2, 40, 81, 7],
    ];
  }
  return inputs;
}

/** The hand-built T5 references (OpenDelta and PEFT deltas on the tiny T5; see its README). */
export const T5_REFERENCES = `${CORE_FIXTURES}deltas/t5/`;

// PEFT's reference adapters and how core's tests compare against them (core's own helpers).
export {
  maxOutputDiff,
  PEFT_CASES,
  PEFT_FIXTURES,
  readPeftExpected,
  type JsonTensor,
  type PeftExpected,
} from '../../core/src/deltas/test-support/peft-reference.js';
