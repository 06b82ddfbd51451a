import { generate, type GenerateOutput } from '../../generation/generate.js';
import type { GenerateInputs } from '../../generation/inputs.js';
import type { GenerateOptions } from '../../generation/options.js';
import { withEmptyWeights } from '../../nn/init.js';
import { Linear } from '../../nn/linear.js';
import type { tf } from '../../runtime/tf.js';
import type { PretrainedConfig } from '../config.js';
import type { ModelOutput, NormalizedInputs } from '../inputs.js';
import { logitsAtLastToken } from '../last-token.js';
import { PreTrainedModel } from '../pretrained-model.js';
import { tieWeight } from '../tying.js';
import { llamaSettings, type LlamaConfig, type LlamaSettings } from './config.js';
import { initLlamaWeights, LLAMA_IGNORED_CHECKPOINT_KEYS } from './init.js';
import { LlamaModel } from './model.js';

/** Shared by the Llama-family head models: the base model under `model`. */
abstract class LlamaHeadModel extends PreTrainedModel<LlamaConfig> {
  static readonly modelType: string = 'llama';
  readonly baseModelPrefix = 'model';
  readonly hasBaseModelPrefix = true;
  readonly settings: LlamaSettings;
  readonly model: LlamaModel;

  constructor(config: PretrainedConfig) {
    super(config as LlamaConfig);
    this.settings = llamaSettings(config);
    this.model = this.registerModule('model', new LlamaModel(config));
  }

  initWeights(): void {
    initLlamaWeights(this, this.settings);
  }

  override ignoredCheckpointKeys(): RegExp[] {
    return [...LLAMA_IGNORED_CHECKPOINT_KEYS];
  }
}

/**
 * A Llama-family decoder with its language-modelling head (transformers' `LlamaForCausalLM`):
 * `lm_head`, a bias-free Linear, tied to `model.embed_tokens.weight` when `tie_word_embeddings`
 * (SmolLM, Qwen2.5-0.5B, Llama 3.2). Returns `logits` `[batch, seq, vocab]`.
 */
export class LlamaForCausalLM extends LlamaHeadModel {
  readonly lmHead: Linear;

  constructor(config: PretrainedConfig) {
    super(config);
    const { hiddenSize, vocabSize, tieWordEmbeddings } = this.settings;
    // A tied head's own weight is discarded at once: shape only, so it never takes memory (a hole
    // the size of the vocabulary matrix would stay in the wasm heap).
    const build = (): Linear => new Linear(hiddenSize, vocabSize, { bias: false });
    this.lmHead = this.registerModule('lm_head', tieWordEmbeddings ? withEmptyWeights(build) : build());
    if (tieWordEmbeddings) tieWeight(this.lmHead, this.model.embedTokens.weight);
  }

  override tiedKeys(): string[] {
    return this.settings.tieWordEmbeddings ? ['lm_head.weight'] : [];
  }

  /**
   * Generates token ids after a prompt (greedy, sampling or beam search, with a key/value cache):
   * see {@link GenerateOptions}. Returns {@link GenerateOutput} `sequences` (the prompt followed by the new tokens).
   */
  generate(inputs: GenerateInputs, options?: GenerateOptions): Promise<GenerateOutput> {
    return generate(this, 'causal', inputs, options);
  }

  protected compute(inputs: NormalizedInputs): ModelOutput {
    const output = this.model.call(inputs);
    return { ...output, logits: this.lmHead.call(output.lastHiddenState) };
  }
}

/**
 * A Llama-family decoder with a sequence classification head (transformers'
 * `LlamaForSequenceClassification`): `score` (bias-free Linear) on every position, each row's logits
 * taken at its last token that is not `pad_token_id` (the last position without one). Returns
 * `logits` `[batch, numLabels]`.
 */
export class LlamaForSequenceClassification extends LlamaHeadModel {
  readonly score: Linear;

  constructor(config: PretrainedConfig) {
    super(config);
    this.score = this.registerModule(
      'score',
      new Linear(this.settings.hiddenSize, this.settings.numLabels, { bias: false }),
    );
  }

  protected compute(inputs: NormalizedInputs): ModelOutput {
    const { lastHiddenState } = this.model.call(inputs);
    const allLogits = this.score.call(lastHiddenState) as tf.Tensor3D;
    return {
      lastHiddenState,
      logits: logitsAtLastToken(allLogits, inputs.inputIds, this.settings.padTokenId),
    };
  }
}
