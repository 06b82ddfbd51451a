import { generate, type GenerateOutput } from '../../generation/generate.js';
import type { GenerateInputs } from '../../generation/inputs.js';
import type { GenerateOptions } from '../../generation/options.js';
import { tieWeight } from '../tying.js';
import { DeltahubError } from '../../errors.js';
import { Dropout } from '../../nn/dropout.js';
import { Linear } from '../../nn/linear.js';
import { Module } from '../../nn/module.js';
import { tf } from '../../runtime/tf.js';
import type { PretrainedConfig } from '../config.js';
import type { ModelOutput, NormalizedInputs } from '../inputs.js';
import { BartModel, BartPreTrainedModel } from './model.js';

/** Keys under `model.` that alias `model.shared.weight`. */
const TIED_EMBEDDING_KEYS = ['model.encoder.embed_tokens.weight', 'model.decoder.embed_tokens.weight'];

/**
 * transformers' `BartForConditionalGeneration`: {@link BartModel} under `model`, `lm_head` (no bias)
 * sharing `model.shared.weight` unless `tie_word_embeddings` is false, and the persistent
 * `final_logits_bias` buffer `[1, vocab]` added to the logits.
 */
export class BartForConditionalGeneration extends BartPreTrainedModel {
  static override readonly modelType = 'bart';
  readonly hasBaseModelPrefix = true;

  constructor(config: PretrainedConfig) {
    super(config);
    const s = this.settings;
    const model = this.registerModule('model', new BartModel(config));
    this.registerBuffer('final_logits_bias', tf.zeros([1, s.vocabSize]), { persistent: true });
    const lmHead = this.registerModule('lm_head', new Linear(s.dModel, s.vocabSize, { bias: false }));
    if (s.tieWordEmbeddings) tieWeight(lmHead, model.shared.weight);
  }

  get model(): BartModel {
    return this.getSubmodule('model') as BartModel;
  }
  get lmHead(): Linear {
    return this.getSubmodule('lm_head') as Linear;
  }

  /** Token embedding aliases, and `lm_head.weight` when tied: hub files often omit them. */
  override tiedKeys(): string[] {
    return this.settings.tieWordEmbeddings
      ? [...TIED_EMBEDDING_KEYS, 'lm_head.weight']
      : [...TIED_EMBEDDING_KEYS];
  }

  /**
   * Generates token ids after a prompt (greedy, sampling or beam search, with a key/value cache):
   * see {@link GenerateOptions}. Returns {@link GenerateOutput} `sequences` (the decoder start token followed by the new tokens).
   */
  generate(inputs: GenerateInputs, options?: GenerateOptions): Promise<GenerateOutput> {
    return generate(this, 'seq2seq', inputs, options);
  }

  /** A BartModel checkpoint has no `final_logits_bias`; its zeros are right, as in transformers. */
  override keysToIgnoreOnLoadMissing(): RegExp[] {
    return [/^final_logits_bias$/];
  }

  protected compute(inputs: NormalizedInputs): ModelOutput {
    const output = this.model.call(inputs);
    const logits = tf.add(this.lmHead.call(output.lastHiddenState), this.getBuffer('final_logits_bias'));
    return { ...output, logits };
  }
}

/**
 * transformers' `BartClassificationHead`: `dropout → dense → tanh → dropout → out_proj` on one
 * hidden state per sequence. Children `dense`, `dropout` (a module here, as in Python), `out_proj`.
 */
export class BartClassificationHead extends Module<[tf.Tensor], tf.Tensor> {
  constructor(inputDim: number, innerDim: number, numClasses: number, poolerDropout: number) {
    super();
    this.registerModule('dense', new Linear(inputDim, innerDim));
    this.registerModule('dropout', new Dropout(poolerDropout));
    this.registerModule('out_proj', new Linear(innerDim, numClasses));
  }

  get dense(): Linear {
    return this.getSubmodule('dense') as Linear;
  }
  get dropout(): Dropout {
    return this.getSubmodule('dropout') as Dropout;
  }
  get outProj(): Linear {
    return this.getSubmodule('out_proj') as Linear;
  }

  forward(hiddenStates: tf.Tensor): tf.Tensor {
    const h = tf.tanh(this.dense.call(this.dropout.call(hiddenStates)));
    return this.outProj.call(this.dropout.call(h));
  }
}

/** Thrown when BART classification cannot find one `</s>` per row consistently (as transformers raises). */
export class BartEosTokenError extends DeltahubError {
  constructor(
    message: string,
    /** Number of EOS tokens found in each row. */
    readonly eosCounts: number[],
  ) {
    super('BART_EOS_MISMATCH', message);
  }
}

/**
 * transformers' `BartForSequenceClassification`: {@link BartModel} under `model` and a
 * {@link BartClassificationHead} (`classification_head`) on the decoder's hidden state at the last
 * `eos_token_id` of each row of `inputIds`. Every row must hold the same, non-zero number of EOS
 * tokens, otherwise a {@link BartEosTokenError} is thrown.
 */
export class BartForSequenceClassification extends BartPreTrainedModel {
  static override readonly modelType = 'bart';
  readonly hasBaseModelPrefix = true;

  constructor(config: PretrainedConfig) {
    super(config);
    const s = this.settings;
    this.registerModule('model', new BartModel(config));
    this.registerModule(
      'classification_head',
      new BartClassificationHead(s.dModel, s.dModel, s.numLabels, s.classifierDropout),
    );
  }

  get model(): BartModel {
    return this.getSubmodule('model') as BartModel;
  }
  get classificationHead(): BartClassificationHead {
    return this.getSubmodule('classification_head') as BartClassificationHead;
  }

  /** The token embedding aliases of `model.shared.weight`: hub files often omit them. */
  override tiedKeys(): string[] {
    return [...TIED_EMBEDDING_KEYS];
  }

  protected compute(inputs: NormalizedInputs): ModelOutput {
    const inputIds = inputs.inputIds;
    if (!inputIds) {
      // transformers raises NotImplementedError: the EOS positions are read from the token ids.
      throw new DeltahubError(
        'BAD_INPUT',
        'BartForSequenceClassification needs inputIds to locate the EOS tokens.',
      );
    }
    const output = this.model.call(inputs);
    const sentence = lastEosHiddenState(output.lastHiddenState, inputIds, this.settings.eosTokenId);
    return { ...output, logits: this.classificationHead.call(sentence) };
  }
}

/** `hidden[eos_mask].view(batch, -1, d)[:, -1, :]`: the hidden state at each row's last EOS token. */
function lastEosHiddenState(hidden: tf.Tensor3D, inputIds: tf.Tensor2D, eosTokenId: number): tf.Tensor2D {
  const [batch, seq] = inputIds.shape;
  if (hidden.shape[1] !== seq) {
    throw new DeltahubError(
      'BAD_INPUT',
      `Decoder output length ${hidden.shape[1]} differs from inputIds length ${seq}: EOS positions cannot be matched.`,
    );
  }
  const eos = tf.equal(inputIds, eosTokenId).toFloat();
  // A small synchronous read, as transformers' own check: the counts decide whether to raise.
  const counts = Array.from(tf.sum(eos, 1).dataSync());
  if (counts.some((c) => c !== counts[0])) {
    throw new BartEosTokenError(
      `All examples must have the same number of <eos> tokens (eos_token_id ${eosTokenId}); found ${counts.join(', ')}.`,
      counts,
    );
  }
  if (counts[0] === 0) {
    throw new BartEosTokenError(`No <eos> token (eos_token_id ${eosTokenId}) in inputIds.`, counts);
  }
  // Score each EOS by its 1-based position: the arg max is the last one. Then select it with a
  // one-hot batched matmul (differentiable with respect to the hidden states).
  const positions = tf.range(1, seq + 1, 1, 'float32');
  const last = tf.argMax(tf.mul(eos, positions), 1);
  const select = tf.oneHot(last, seq).toFloat().reshape([batch, 1, seq]) as tf.Tensor3D;
  return tf.matMul(select, hidden).reshape([batch, hidden.shape[2]]) as tf.Tensor2D;
}
