import { expect, it } from 'vitest';
import type { Parameter } from '../../nn/module.js';
import { tf } from '../../runtime/tf.js';
import { loadTinyBackbone, type Arch } from '../test-support/backbones.js';
import { LoraModel } from '../lora/model.js';
import { describeDeltaMethod, errorCodeOf } from '../test-support/method-suite.js';
import { tinyBertClassifier } from '../test-support/training.js';
import { BitFitModel } from './model.js';

/** Module names the default placement must include, per architecture (real names). */
const DEFAULT_MODULES: Record<Arch, string[]> = {
  bert: [
    'encoder.layer.0.attention',
    'encoder.layer.0.intermediate',
    'encoder.layer.1.output',
    'encoder.layer.0.output.LayerNorm',
  ],
  roberta: [
    'encoder.layer.0.attention',
    'encoder.layer.0.intermediate',
    'encoder.layer.1.output',
    'encoder.layer.0.output.LayerNorm',
  ],
  distilbert: [
    'transformer.layer.0.attention',
    'transformer.layer.1.ffn',
    'transformer.layer.0.sa_layer_norm',
    'transformer.layer.1.output_layer_norm',
  ],
  gpt2: ['h.0.attn', 'h.1.mlp', 'h.0.ln_1', 'h.1.ln_2'],
  // OpenDelta's attn@ and ff@ on T5: the T5LayerSelfAttention and T5LayerFF wrappers, no layer norms.
  t5: ['encoder.block.0.layer.0', 'encoder.block.1.layer.1', 'decoder.block.1.layer.2'],
  bart: [
    'encoder.layers.0.self_attn',
    'decoder.layers.1.self_attn',
    'encoder.layers.0.fc1',
    'decoder.layers.1.fc2',
    'encoder.layers.0.final_layer_norm',
  ],
  llama: [
    'layers.0.self_attn',
    'layers.1.mlp',
    'layers.0.input_layernorm',
    'layers.1.post_attention_layernorm',
  ],
};

/** Sets every delta parameter to small noise, so the delta visibly acts. */
function perturb(parameters: Parameter[], seed = 1): void {
  parameters.forEach((p, i) =>
    tf.tidy(() => p.assign(tf.randomNormal(p.shape, 0, 0.1, 'float32', seed + i))),
  );
}

describeDeltaMethod(
  {
    label: 'BitFit',
    defaultPlacement: {
      make: (options) => new BitFitModel(options),
      modules: DEFAULT_MODULES,
      // A fresh BitFit keeps the pretrained biases and adds zeros: outputs are unchanged.
      perturb: (delta) => perturb(delta.deltaParameters()),
    },
    stacked: {
      other: 'LoRA',
      arch: 'bert',
      build: (backbone) => {
        const method = new BitFitModel({
          backboneModel: backbone,
          modifiedModules: ['attention.output.dense'],
        });
        const other = new LoraModel({ backboneModel: backbone, modifiedModules: ['attention.output.dense'] });
        perturb(method.deltaParameters());
        for (const [name, p] of backbone.namedParameters())
          if (name.endsWith('lora_B')) p.assign(tf.randomNormal(p.shape, 0, 0.1));
        return { method, other };
      },
      effect: 1e-4,
    },
    training: {
      changes: 'the biases (and the classifier)',
      // The tiny checkpoint's weights have std 0.02: its pooled output barely depends on the tokens,
      // and biases alone (additive) cannot amplify that, so BitFit stays at chance on it. Weight
      // matrices ×10 (std 0.2, still a random backbone) make the tokens visible to the head.
      model: () => tinyBertClassifier(10),
      make: (model) => new BitFitModel({ backboneModel: model }),
      options: () => ({ learningRate: 3e-2 }),
      evalLossBelow: 0.3,
    },
  },
  () => {
    it('T5: biases on the self-attention and feed-forward linears only, 788 of 38,452 as OpenDelta counts', async () => {
      const backbone = await loadTinyBackbone('t5');
      const delta = new BitFitModel({ backboneModel: backbone });
      delta.freezeModule({ exclude: ['deltas'], setStateDict: true });
      const dict = backbone.stateDict();
      // q, k, v, o (32 each) in 4 self-attentions, wi (37) and wo (32) in 4 feed-forwards.
      const expectedNames = [0, 1].flatMap((b) => [
        ...['q', 'k', 'v', 'o'].map((p) => `encoder.block.${b}.layer.0.SelfAttention.${p}.bias`),
        ...['wi', 'wo'].map((p) => `encoder.block.${b}.layer.1.DenseReluDense.${p}.bias`),
      ]);
      const decoderNames = [0, 1].flatMap((b) => [
        ...['q', 'k', 'v', 'o'].map((p) => `decoder.block.${b}.layer.0.SelfAttention.${p}.bias`),
        ...['wi', 'wo'].map((p) => `decoder.block.${b}.layer.2.DenseReluDense.${p}.bias`),
      ]);
      expect(Object.keys(dict).sort()).toEqual([...expectedNames, ...decoderNames].sort());
      expect(dict['encoder.block.0.layer.1.DenseReluDense.wi.bias']!.shape).toEqual([37]);
      // No layer-norm biases (OpenDelta's BiasLayers there are never trained) and no cross-attention.
      expect(Object.keys(dict).some((k) => /layer_norm|EncDecAttention/.test(k))).toBe(false);
      expect(delta.parameterCounts()).toEqual({ trainable: 788, delta: 788, total: 38452 });
      expect(delta.log({ print: false })).toContain('Trainable Ratio: 788/38452=2.049308%');
      delta.detach();
      expect(Object.keys(backbone.stateDict())).toEqual([]);
      backbone.dispose();
    });

    it('a T5 RMSNorm gets a bias when targeted itself', async () => {
      const backbone = await loadTinyBackbone('t5');
      const delta = new BitFitModel({
        backboneModel: backbone,
        modifiedModules: ['encoder.final_layer_norm'],
      });
      delta.freezeModule({ exclude: ['deltas'], setStateDict: true });
      expect(Object.keys(backbone.stateDict())).toEqual(['encoder.final_layer_norm.bias']);
      backbone.dispose();
    });

    it('nested targets mark each bias once; a target without bias-capable layers is an error', async () => {
      const backbone = await loadTinyBackbone('bert');
      const delta = new BitFitModel({
        backboneModel: backbone,
        modifiedModules: ['encoder.layer.0.attention', 'encoder.layer.0.attention.self.query'],
      });
      // query, key, value, output.dense, output.LayerNorm: 5 biases of 32.
      expect(delta.deltaParameters().length).toBe(5);
      expect(delta.parameterCounts().delta).toBe(5 * 32);
      expect(
        errorCodeOf(
          () => new BitFitModel({ backboneModel: backbone, modifiedModules: ['embeddings.word_embeddings'] }),
        ),
      ).toBe('DELTA_TARGET_UNSUPPORTED');
      expect(() => new BitFitModel({ backboneModel: backbone, modifiedModules: ['no_such_module'] })).toThrow(
        /matches no module/,
      );
      backbone.dispose();
    });
  },
);
