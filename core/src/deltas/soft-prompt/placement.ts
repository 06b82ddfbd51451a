import { DeltahubError } from '../../errors.js';
import { BartEncoder } from '../../models/bart/model.js';
import { PreTrainedModel } from '../../models/pretrained-model.js';
import { Embedding } from '../../nn/embedding.js';
import type { Module } from '../../nn/module.js';

/** Where a soft prompt lives and hooks in a backbone. */
export interface SoftPromptPlacement {
  /**
   * Name of the module that holds `soft_prompt_layer`, as OpenDelta places it: the root (`''`), or
   * the encoder of an encoder-decoder (`encoder`, `model.encoder`), so the parameter is named
   * `soft_prompt_layer.soft_embeds` / `encoder.soft_prompt_layer.soft_embeds` as in its checkpoints.
   */
  readonly owner: string;
  /**
   * The module whose inputs are rewritten. BART's encoder returns the mask it applied, so the
   * decoder's cross-attention sees the extended mask when the encoder itself is hooked; T5's stack
   * returns only hidden states, so there the root is hooked (its mask feeds both the encoder and the
   * cross-attention). Encoder-only and decoder-only models are hooked at the root.
   */
  readonly hook: 'root' | 'bart-encoder';
  /** The input word embedding (OpenDelta's `get_input_embeddings()`). */
  readonly embedding: Embedding;
  /** Factor the model applies to looked-up token embeddings (BART's `embed_scale`, else 1). */
  readonly embedScale: number;
}

/** Input word-embedding module per architecture, relative to the base model. */
const WORD_EMBEDDINGS: Readonly<Record<string, string>> = {
  bert: 'embeddings.word_embeddings',
  roberta: 'embeddings.word_embeddings',
  distilbert: 'embeddings.word_embeddings',
  gpt2: 'wte',
  t5: 'shared',
  bart: 'shared',
  llama: 'embed_tokens',
  mistral: 'embed_tokens',
  qwen2: 'embed_tokens',
};

/** Finds where a soft prompt goes in `root`, or throws `DELTA_TARGET_UNSUPPORTED`. */
export function softPromptPlacement(root: Module): SoftPromptPlacement {
  const modelType = root instanceof PreTrainedModel ? root.config.model_type : undefined;
  const embeddingPath = modelType ? WORD_EMBEDDINGS[modelType] : undefined;
  if (!(root instanceof PreTrainedModel) || !embeddingPath) {
    throw new DeltahubError(
      'DELTA_TARGET_UNSUPPORTED',
      `Soft prompts need a backbone of a supported architecture (${Object.keys(WORD_EMBEDDINGS).join(', ')}); got ${root.typeName}${modelType ? ` (model_type '${modelType}')` : ''}.`,
    );
  }
  // Head models nest the base model under their prefix (`bert.`, `transformer.`, `model.`).
  const prefix =
    root.baseModelPrefix && hasSubmodule(root, root.baseModelPrefix) ? `${root.baseModelPrefix}.` : '';
  const find = (path: string): Module | undefined =>
    hasSubmodule(root, path)
      ? root.getSubmodule(path)
      : hasSubmodule(root, prefix + path)
        ? root.getSubmodule(prefix + path)
        : undefined;
  const encoderName = hasSubmodule(root, 'encoder')
    ? 'encoder'
    : hasSubmodule(root, `${prefix}encoder`)
      ? `${prefix}encoder`
      : undefined;
  const isEncoderDecoder =
    root.config['is_encoder_decoder'] === true || modelType === 't5' || modelType === 'bart';
  const encoder = isEncoderDecoder && encoderName ? root.getSubmodule(encoderName) : undefined;
  if (encoder instanceof BartEncoder) {
    return {
      owner: encoderName!,
      hook: 'bart-encoder',
      embedding: encoder.embedTokens,
      embedScale: encoder.embedScale,
    };
  }
  const embedding = find(embeddingPath);
  if (!(embedding instanceof Embedding)) {
    throw new DeltahubError(
      'DELTA_TARGET_UNSUPPORTED',
      `No input word embedding '${embeddingPath}' found in ${root.typeName}.`,
    );
  }
  return { owner: encoder ? encoderName! : '', hook: 'root', embedding, embedScale: 1 };
}

function hasSubmodule(root: Module, path: string): boolean {
  try {
    root.getSubmodule(path);
    return true;
  } catch {
    return false;
  }
}
