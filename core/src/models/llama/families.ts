/**
 * Mistral and Qwen2 are the Llama implementation driven by their configs (see `llamaSettings`); these
 * classes carry transformers' class names and accept their `model_type`.
 */
import { LlamaForCausalLM, LlamaForSequenceClassification } from './heads.js';
import { LlamaModel } from './model.js';

/** transformers' `MistralModel`: Llama with a sliding-window attention mask. */
export class MistralModel extends LlamaModel {
  static override readonly modelType: string = 'mistral';
}

/** transformers' `MistralForCausalLM`. */
export class MistralForCausalLM extends LlamaForCausalLM {
  static override readonly modelType: string = 'mistral';
}

/** transformers' `MistralForSequenceClassification`. */
export class MistralForSequenceClassification extends LlamaForSequenceClassification {
  static override readonly modelType: string = 'mistral';
}

/** transformers' `Qwen2Model`: Llama with biases on the query, key and value projections. */
export class Qwen2Model extends LlamaModel {
  static override readonly modelType: string = 'qwen2';
}

/** transformers' `Qwen2ForCausalLM`. */
export class Qwen2ForCausalLM extends LlamaForCausalLM {
  static override readonly modelType: string = 'qwen2';
}

/** transformers' `Qwen2ForSequenceClassification`. */
export class Qwen2ForSequenceClassification extends LlamaForSequenceClassification {
  static override readonly modelType: string = 'qwen2';
}
