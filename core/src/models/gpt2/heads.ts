import { generate, type GenerateOutput } from '../../generation/generate.js';
import type { GenerateInputs } from '../../generation/inputs.js';
import type { GenerateOptions } from '../../generation/options.js';
import { withoutRandomInit } from '../../nn/init.js';
import { Linear } from '../../nn/linear.js';
import type { tf } from '../../runtime/tf.js';
import type { PretrainedConfig } from '../config.js';
import type { ModelOutput, NormalizedInputs } from '../inputs.js';
import { PreTrainedModel } from '../pretrained-model.js';
import { logitsAtLastToken } from '../last-token.js';
import { tieWeight } from '../tying.js';
import { gpt2Settings, type GPT2Config, type GPT2Settings } from './config.js';
import { GPT2_IGNORED_CHECKPOINT_KEYS, initGPT2Weights } from './init.js';
import { GPT2Model } from './model.js';

/** Shared by the GPT-2 head models: the base model under `transformer`. */
abstract class GPT2HeadModel extends PreTrainedModel<GPT2Config> {
  static readonly modelType = 'gpt2';
  readonly baseModelPrefix = 'transformer';
  readonly hasBaseModelPrefix = true;
  readonly settings: GPT2Settings;
  readonly transformer: GPT2Model;

  constructor(config: PretrainedConfig) {
    super(config as GPT2Config);
    this.settings = gpt2Settings(config);
    this.transformer = this.registerModule('transformer', new GPT2Model(config));
  }

  initWeights(): void {
    initGPT2Weights(this, this.settings);
  }

  override ignoredCheckpointKeys(): RegExp[] {
    return [...GPT2_IGNORED_CHECKPOINT_KEYS];
  }
}

/**
 * GPT-2 with its language-modelling head (transformers' `GPT2LMHeadModel`): `lm_head`, a bias-free
 * Linear whose weight is `transformer.wte.weight` (unless `tie_word_embeddings` is false). Returns
 * `logits` `[batch, seq, vocab]`. Loads the hub's `gpt2` checkpoint, whose keys lack `transformer.`.
 */
export class GPT2LMHeadModel extends GPT2HeadModel {
  readonly lmHead: Linear;

  constructor(config: PretrainedConfig) {
    super(config);
    const { nEmbd, vocabSize, tieWordEmbeddings } = this.settings;
    // A tied head's own weight is discarded at once: no point drawing random numbers for it.
    const build = (): Linear => new Linear(nEmbd, vocabSize, { bias: false });
    this.lmHead = this.registerModule('lm_head', tieWordEmbeddings ? withoutRandomInit(build) : build());
    if (tieWordEmbeddings) tieWeight(this.lmHead, this.transformer.wte.weight);
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
    const output = this.transformer.call(inputs);
    return { ...output, logits: this.lmHead.call(output.lastHiddenState) };
  }
}

/**
 * GPT-2 with a sequence classification head (transformers' `GPT2ForSequenceClassification`): `score`
 * (bias-free Linear) on every position, then each row's logits are taken at its last token that is
 * not `pad_token_id`. Without `pad_token_id`, or when only `inputsEmbeds` are given, the last
 * position is used, as transformers does. Returns `logits` `[batch, numLabels]`.
 */
export class GPT2ForSequenceClassification extends GPT2HeadModel {
  readonly score: Linear;

  constructor(config: PretrainedConfig) {
    super(config);
    this.score = this.registerModule(
      'score',
      new Linear(this.settings.nEmbd, this.settings.numLabels, { bias: false }),
    );
  }

  protected compute(inputs: NormalizedInputs): ModelOutput {
    const { lastHiddenState } = this.transformer.call(inputs);
    const allLogits = this.score.call(lastHiddenState) as tf.Tensor3D;
    return {
      lastHiddenState,
      logits: logitsAtLastToken(allLogits, inputs.inputIds, this.settings.padTokenId),
    };
  }
}
