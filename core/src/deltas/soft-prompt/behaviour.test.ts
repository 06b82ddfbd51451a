import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { ModelOutput } from '../../models/inputs.js';
import { BartForConditionalGeneration } from '../../models/bart/index.js';
import { T5ForConditionalGeneration } from '../../models/t5/index.js';
import { HF_TINY } from '../../models/test-support/reference.js';
import { tf } from '../../runtime/tf.js';
import { PrefixModel } from '../prefix/model.js';
import {
  ARCHS,
  loadTinyBackbone,
  run,
  expectDetachAttachExact,
  tinyInputs,
  type Arch,
  type Snapshot,
} from '../test-support/backbones.js';
import { paddingCase, paddingDiffs } from '../test-support/padding.js';
import { describeDeltaMethod, errorCodeOf } from '../test-support/method-suite.js';
import { sharpBertClassifier } from '../test-support/training.js';
import { SoftPromptModel } from './model.js';

/** Where OpenDelta puts the layer: the root, or the encoder of encoder-decoders. */
const OWNER: Record<Arch, string> = {
  bert: '',
  roberta: '',
  distilbert: '',
  gpt2: '',
  t5: 'encoder',
  bart: 'encoder',
  llama: '',
};

/** The input word embedding table per architecture (token init copies its first rows). */
const EMBEDDING: Record<Arch, string> = {
  bert: 'embeddings.word_embeddings.weight',
  roberta: 'embeddings.word_embeddings.weight',
  distilbert: 'embeddings.word_embeddings.weight',
  gpt2: 'wte.weight',
  t5: 'shared.weight',
  bart: 'shared.weight',
  llama: 'embed_tokens.weight',
};

/** The prompted side's output: the encoder's for encoder-decoders, else the last hidden state. */
const promptedSide = (out: Snapshot): { shape: number[]; data: Float32Array } =>
  out['encoderLastHiddenState'] ?? out['lastHiddenState']!;

const maxAbs = (a: tf.Tensor, b: tf.Tensor): number =>
  tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0]!);

describeDeltaMethod(
  {
    label: 'SoftPrompt',
    stacked: {
      other: 'a prefix',
      arch: 'bart',
      build: (backbone) => {
        const method = new SoftPromptModel({ backboneModel: backbone, softTokenNum: 4 });
        // The prefix's first module is the encoder's self-attention, under the prompted encoder.
        const other = new PrefixModel({
          backboneModel: backbone,
          prefixTokenNum: 3,
          embedDim: 8,
          midDim: 8,
          modifiedModules: ['self_attn', 'encoder_attn'],
        });
        return { method, other };
      },
      leftover: /soft_prompt_layer$/,
    },
    training: {
      changes: 'delta parameters',
      model: sharpBertClassifier,
      make: (model) => new SoftPromptModel({ backboneModel: model, softTokenNum: 5 }),
      options: () => ({ learningRate: 2e-2, label: 'soft prompt' }),
      evalLossBelow: 0.1,
    },
    dropout: (model) => new SoftPromptModel({ backboneModel: model, softTokenNum: 5 }),
  },
  () => {
    it.each(ARCHS)(
      'default options on %s: 100 token-initialised soft tokens where OpenDelta puts them',
      async (arch) => {
        const backbone = await loadTinyBackbone(arch);
        const delta = new SoftPromptModel({ backboneModel: backbone });
        expect(delta.usesDefaultPlacement).toBe(true);
        expect(delta.resolvedModules).toEqual([OWNER[arch]]);
        const name = OWNER[arch]
          ? `${OWNER[arch]}.soft_prompt_layer.soft_embeds`
          : 'soft_prompt_layer.soft_embeds';
        const soft = backbone.getParameter(name);
        expect(soft.shape).toEqual([100, 32]);
        // Token init: row i is vocabulary id i's embedding, wrapping around the 99-word tiny vocabulary.
        const table = backbone.getParameter(EMBEDDING[arch]);
        expect(maxAbs(soft.slice([0, 0], [99, 32]), table)).toBe(0);
        expect(maxAbs(soft.slice([99, 0], [1, 32]), table.slice([0, 0], [1, 32]))).toBe(0);
        backbone.dispose();
      },
    );

    it.each(ARCHS)(
      'forward on %s: prompted side longer by softTokenNum, outputs change, detach restores',
      async (arch) => {
        const backbone = await loadTinyBackbone(arch);
        const base = run(backbone, arch);
        // 5 soft tokens: the tiny backbones have 64 learned positions, fewer than the default 100 + input.
        const delta = new SoftPromptModel({ backboneModel: backbone, softTokenNum: 5 });
        const prompted = run(backbone, arch);
        const [batch, seq, dim] = promptedSide(base).shape as [number, number, number];
        expect(promptedSide(prompted).shape).toEqual([batch, seq + 5, dim]);
        for (const [key, value] of Object.entries(base)) {
          if (value === promptedSide(base)) continue;
          // The decoder side of encoder-decoders (and BERT's pooler) keeps its shape.
          expect(prompted[key]!.shape).toEqual(value.shape);
        }
        // The real tokens' outputs change: they now attend to the prompt too.
        const real = promptedSide(prompted).data.slice(0);
        let changed = 0;
        for (let b = 0; b < batch; b++)
          for (let i = 0; i < seq * dim; i++)
            changed = Math.max(
              changed,
              Math.abs(real[(b * (seq + 5) + 5) * dim + i]! - promptedSide(base).data[b * seq * dim + i]!),
            );
        expect(changed).toBeGreaterThan(1e-4);
        expectDetachAttachExact(backbone, arch, delta, base, prompted);
        backbone.dispose();
      },
    );

    it.each(ARCHS)(
      'masks on %s: a padded row equals the same row unpadded (encoder, decoder and cross-attention)',
      async (arch) => {
        const backbone = await loadTinyBackbone(arch);
        new SoftPromptModel({ backboneModel: backbone, softTokenNum: 5, tokenInit: false });
        // GPT-2 is left-padded with position ids: the hook shifts them past the soft tokens.
        const diffs = paddingDiffs(backbone, paddingCase(arch, true), 5);
        expect(diffs.encoder).toBeLessThan(1e-5);
        expect(diffs.decoder).toBeLessThan(1e-5);
        backbone.dispose();
      },
    );

    it('head models: the layer goes under the base model prefix where OpenDelta puts it', async () => {
      const bart = await BartForConditionalGeneration.fromPretrained(join(HF_TINY, 'bart'), {
        onWarning: () => undefined,
      });
      const delta = new SoftPromptModel({ backboneModel: bart, softTokenNum: 3 });
      expect(delta.resolvedModules).toEqual(['model.encoder']);
      const out: ModelOutput = bart.forward(tinyInputs('bart'));
      expect(out.encoderLastHiddenState!.shape).toEqual([2, 9, 32]);
      expect(out.logits!.shape).toEqual([2, 4, 99]);
      tf.dispose(out as never);
      bart.dispose();
      const t5 = await T5ForConditionalGeneration.fromPretrained(join(HF_TINY, 't5'), {
        onWarning: () => undefined,
      });
      expect(new SoftPromptModel({ backboneModel: t5, softTokenNum: 3 }).resolvedModules).toEqual([
        'encoder',
      ]);
      t5.dispose();
    });

    it('extends tokenTypeIds with zeros and keeps the caller tensors untouched', async () => {
      const backbone = await loadTinyBackbone('bert');
      new SoftPromptModel({ backboneModel: backbone, softTokenNum: 3 });
      const inputIds = tf.tensor2d([[5, 17, 33, 47]], undefined, 'int32');
      const attentionMask = tf.tensor2d([[1, 1, 1, 1]], undefined, 'int32');
      const zeros = tf.zeros([1, 4], 'int32') as tf.Tensor2D;
      const ones = tf.ones([1, 4], 'int32') as tf.Tensor2D;
      const plain: ModelOutput = backbone.forward({ inputIds, attentionMask });
      const withZeros: ModelOutput = backbone.forward({ inputIds, attentionMask, tokenTypeIds: zeros });
      const withOnes: ModelOutput = backbone.forward({ inputIds, attentionMask, tokenTypeIds: ones });
      expect(withZeros.lastHiddenState.shape).toEqual([1, 7, 32]);
      expect(maxAbs(withZeros.lastHiddenState, plain.lastHiddenState)).toBe(0);
      // Segment 1 on the real tokens only: the soft tokens' own outputs change only through attention.
      expect(maxAbs(withOnes.lastHiddenState, plain.lastHiddenState)).toBeGreaterThan(1e-4);
      expect(attentionMask.shape).toEqual([1, 4]);
      // Given positions are shifted past the soft tokens: the default positions give the same result.
      const positioned: ModelOutput = backbone.forward({
        inputIds,
        attentionMask,
        positionIds: [[0, 1, 2, 3]],
      });
      expect(maxAbs(positioned.lastHiddenState, plain.lastHiddenState)).toBe(0);
      tf.dispose([inputIds, attentionMask, zeros, ones, plain, withZeros, withOnes, positioned] as never);
      backbone.dispose();
    });

    it('tokenInit: false draws U(-initRange, initRange); bad options are typed errors', async () => {
      const backbone = await loadTinyBackbone('bert');
      const delta = new SoftPromptModel({
        backboneModel: backbone,
        softTokenNum: 50,
        tokenInit: false,
        initRange: 0.1,
      });
      const values = delta.layer.softEmbeds.dataSync();
      expect(Math.max(...values.map(Math.abs))).toBeLessThanOrEqual(0.1);
      expect(Math.max(...values.map(Math.abs))).toBeGreaterThan(0.05);
      delta.detach();
      expect(errorCodeOf(() => new SoftPromptModel({ backboneModel: backbone, softTokenNum: 0 }))).toBe(
        'DELTA_OPTIONS_INVALID',
      );
      expect(errorCodeOf(() => new SoftPromptModel({ backboneModel: backbone, initRange: -1 }))).toBe(
        'DELTA_OPTIONS_INVALID',
      );
      expect(
        errorCodeOf(() => new SoftPromptModel({ backboneModel: backbone, modifiedModules: ['encoder'] })),
      ).toBe('DELTA_OPTIONS_INVALID');
      // OpenDelta's saved config says modified_modules ["root"]: accepted.
      expect(
        new SoftPromptModel({ backboneModel: backbone, modifiedModules: ['root'], softTokenNum: 2 })
          .resolvedModules,
      ).toEqual(['']);
      backbone.dispose();
    });
  },
);
