import { DeltahubError } from '../../errors.js';
import { ModuleList } from '../../nn/containers.js';
import { Dropout } from '../../nn/dropout.js';
import { Embedding } from '../../nn/embedding.js';
import { LayerNorm } from '../../nn/normalization.js';
import { tf } from '../../runtime/tf.js';
import type { PretrainedConfig } from '../config.js';
import { additivePaddingMask, checkedMask, type ModelOutput, type NormalizedInputs } from '../inputs.js';
import { PreTrainedModel } from '../pretrained-model.js';
import { gpt2Settings, type GPT2Config, type GPT2Settings } from './config.js';
import { GPT2_IGNORED_CHECKPOINT_KEYS, initGPT2Weights } from './init.js';
import { GPT2Block } from './layer.js';

/**
 * The bare GPT-2 decoder (transformers' `GPT2Model`): token (`wte`) and position (`wpe`) embeddings,
 * dropout, the blocks `h.0` … `h.{n_layer-1}` and the final `ln_f`. Returns `lastHiddenState` (after
 * `ln_f`).
 */
export class GPT2Model extends PreTrainedModel<GPT2Config> {
  static readonly modelType = 'gpt2';
  readonly baseModelPrefix = 'transformer';
  readonly hasBaseModelPrefix = false;
  readonly settings: GPT2Settings;
  readonly wte: Embedding;
  readonly wpe: Embedding;
  readonly drop: Dropout;
  readonly h: ModuleList<GPT2Block>;
  readonly lnF: LayerNorm;

  constructor(config: PretrainedConfig) {
    super(config as GPT2Config);
    const settings = gpt2Settings(config);
    this.settings = settings;
    const std = settings.initializerRange;
    this.wte = this.registerModule('wte', new Embedding(settings.vocabSize, settings.nEmbd, { std }));
    this.wpe = this.registerModule('wpe', new Embedding(settings.nPositions, settings.nEmbd, { std }));
    this.drop = this.registerModule('drop', new Dropout(settings.embdPdrop));
    this.h = this.registerModule(
      'h',
      new ModuleList(Array.from({ length: settings.nLayer }, (_, i) => new GPT2Block(settings, i))),
    );
    this.lnF = this.registerModule('ln_f', new LayerNorm(settings.nEmbd, settings.layerNormEpsilon));
  }

  initWeights(): void {
    initGPT2Weights(this, this.settings);
  }

  override ignoredCheckpointKeys(): RegExp[] {
    return [...GPT2_IGNORED_CHECKPOINT_KEYS];
  }

  protected compute(inputs: NormalizedInputs): ModelOutput {
    const embeds = inputs.inputsEmbeds ?? (this.wte.call(inputs.inputIds!) as tf.Tensor3D);
    const seq = embeds.shape[1];
    const cache = inputs.pastKeyValues;
    const past = cache?.seqLength ?? 0;
    if (!inputs.positionIds && past + seq > this.settings.nPositions) {
      throw new DeltahubError(
        'BAD_INPUT',
        `Sequence length ${past + seq} exceeds GPT-2's n_positions (${this.settings.nPositions}).`,
      );
    }
    // Positions count the model's own tokens only: prefix-tuning keys are not positions.
    const positionIds = inputs.positionIds ?? tf.range(past, past + seq, 1, 'int32').reshape([1, seq]);
    let hidden = tf.add(embeds, this.wpe.call(positionIds));
    // transformers embeds token type ids with the token embedding matrix itself.
    if (inputs.tokenTypeIds) hidden = tf.add(hidden, this.wte.call(inputs.tokenTypeIds));
    hidden = this.drop.call(hidden);
    const mask = inputs.attentionMask
      ? additivePaddingMask(checkedMask(inputs.attentionMask, past + seq))
      : undefined;
    [...this.h].forEach((block, i) => {
      hidden = block.call(hidden as tf.Tensor3D, mask, cache?.selfAttention(i));
    });
    const output: ModelOutput = { lastHiddenState: this.lnF.call(hidden) as tf.Tensor3D };
    if (cache) output.pastKeyValues = cache;
    return output;
  }
}
