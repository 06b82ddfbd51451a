import { DeltahubError } from '../../errors.js';
import type { BartEncoderInputs } from '../../models/bart/model.js';
import type { NormalizedInputs } from '../../models/inputs.js';
import type { Module } from '../../nn/module.js';
import { tf } from '../../runtime/tf.js';
import { DeltaModel, type DeltaAttachment, type DeltaModelOptions } from '../base/delta-model.js';
import {
  SOFT_PROMPT_ROOT,
  resolveSoftPromptConfig,
  validateSoftPromptModules,
  type SoftPromptConfig,
} from './config.js';
import { SoftPromptLayer, prependPromptMask, prependPromptTokenTypes, promptedPositions } from './layer.js';
import { softPromptPlacement, type SoftPromptPlacement } from './placement.js';

/** Options of {@link SoftPromptModel}. */
export type SoftPromptModelOptions = DeltaModelOptions & Partial<SoftPromptConfig>;

/**
 * Prompt tuning (Lester et al., 2021), as OpenDelta implements it: `softTokenNum` learned embeddings
 * `soft_embeds` are prepended to the input word embeddings (before position and token-type
 * embeddings are added), on the encoder side of encoder-decoders. The attention mask gets ones in
 * front (soft tokens are attended) and `tokenTypeIds` zeros. Outputs on the prompted side are
 * `softTokenNum` positions longer, the soft tokens first (as in OpenDelta and PEFT): BERT's
 * `lastHiddenState` is `[batch, softTokenNum + seq, d]` and its pooler reads the first soft token; for
 * encoder-decoders `encoderLastHiddenState` grows while the decoder's outputs keep their length.
 * Learned position embeddings must cover `softTokenNum + seq` positions.
 *
 * The layer is registered where OpenDelta puts it (`soft_prompt_layer.soft_embeds` on the root,
 * `encoder.soft_prompt_layer.soft_embeds` for BART and T5), so its checkpoints load as they are.
 * Unlike OpenDelta, the caller's tensors are never modified in place (its detach failed for that
 * reason), a missing mask stays missing (OpenDelta inferred one from pad id 0), `tokenTypeIds` are
 * extended (OpenDelta failed on them), and token embeddings keep the model's `embed_scale`.
 * The soft tokens take the first positions: given `positionIds` are shifted by `softTokenNum`, with
 * `0..softTokenNum-1` in front. With a key/value cache (generation) the prompt is prepended at the
 * first call only; later calls extend the caller's mask and positions to match.
 */
export class SoftPromptModel extends DeltaModel {
  readonly deltaType = 'soft_prompt' as const;
  readonly config: SoftPromptConfig;
  #placement: SoftPromptPlacement | undefined;
  #layer: SoftPromptLayer | undefined;

  constructor(options: SoftPromptModelOptions) {
    validateSoftPromptModules(options.modifiedModules);
    super(options);
    this.config = resolveSoftPromptConfig(options);
    this.applyDeltas();
  }

  protected defaultModifiedModules(): string[] {
    return [SOFT_PROMPT_ROOT];
  }

  hyperparameters(): Record<string, unknown> {
    return { ...this.config };
  }

  /** The module that holds the soft prompt: `''` (the root) or the encoder (`encoder`, `model.encoder`). */
  protected override resolveTargets(): string[] {
    this.#placement = softPromptPlacement(this.backboneModel);
    return [this.#placement.owner];
  }

  /** The prompt layer holding `soft_embeds`. */
  get layer(): SoftPromptLayer {
    return this.#layer!;
  }

  protected createDelta(target: Module): DeltaAttachment {
    const placement = this.#placement!;
    const { softTokenNum, initRange, tokenInit } = this.config;
    const embedding = placement.embedding;
    const layer = tokenInit
      ? new SoftPromptLayer(softTokenNum, embedding.embeddingDim, {
          values: tf.tidy(() => {
            const ids = Array.from({ length: softTokenNum }, (_, i) => i % embedding.numEmbeddings);
            const rows = tf.gather(embedding.weight, tf.tensor1d(ids, 'int32')) as tf.Tensor2D;
            return placement.embedScale === 1 ? rows : tf.mul(rows, placement.embedScale);
          }),
        })
      : new SoftPromptLayer(softTokenNum, embedding.embeddingDim, { initRange });
    this.#layer = layer;

    /** Looked-up (or given) embeddings with the prompt in front. */
    const promptedEmbeds = (
      inputIds: tf.Tensor2D | undefined,
      inputsEmbeds: tf.Tensor3D | undefined,
    ): tf.Tensor3D => {
      let embeds = inputsEmbeds;
      if (!embeds) {
        if (!inputIds) throw new DeltahubError('BAD_INPUT', 'A soft prompt needs inputIds or inputsEmbeds.');
        embeds = embedding.call(inputIds) as tf.Tensor3D;
        if (placement.embedScale !== 1) embeds = tf.mul(embeds, placement.embedScale);
      }
      return layer.call(embeds);
    };

    const install = (): ReturnType<DeltaAttachment['install']> => {
      if (placement.hook === 'bart-encoder') {
        return [
          target.registerForwardPreHook((_module, inputs: unknown[]) => {
            const [encoderInputs] = inputs as [BartEncoderInputs];
            const prompted: BartEncoderInputs = {
              inputsEmbeds: promptedEmbeds(encoderInputs.inputIds, encoderInputs.inputsEmbeds),
            };
            if (encoderInputs.attentionMask)
              prompted.attentionMask = prependPromptMask(encoderInputs.attentionMask, softTokenNum);
            return [prompted];
          }),
        ];
      }
      return [
        this.backboneModel.registerForwardPreHook((_module, inputs: unknown[]) => {
          const [modelInputs] = inputs as [NormalizedInputs];
          // With a key/value cache the prompt went in at the first call and is cached: later calls
          // add only its mask (the caller's mask does not know it) and its positions.
          const continuing = (modelInputs.pastKeyValues?.seqLength ?? 0) > 0;
          if (continuing && placement.owner !== '') return undefined; // the encoder is not run again
          const { inputIds, inputsEmbeds, attentionMask, tokenTypeIds, positionIds, ...rest } = modelInputs;
          const prompted: NormalizedInputs = { ...rest };
          if (continuing) {
            if (inputIds) prompted.inputIds = inputIds;
            if (inputsEmbeds) prompted.inputsEmbeds = inputsEmbeds;
            if (tokenTypeIds) prompted.tokenTypeIds = tokenTypeIds;
          } else {
            prompted.inputsEmbeds = promptedEmbeds(inputIds, inputsEmbeds);
            if (tokenTypeIds) prompted.tokenTypeIds = prependPromptTokenTypes(tokenTypeIds, softTokenNum);
          }
          if (attentionMask) prompted.attentionMask = prependPromptMask(attentionMask, softTokenNum);
          if (positionIds) prompted.positionIds = promptedPositions(positionIds, softTokenNum, !continuing);
          return [prompted];
        }),
      ];
    };
    return { children: [['soft_prompt_layer', layer]], install };
  }
}
