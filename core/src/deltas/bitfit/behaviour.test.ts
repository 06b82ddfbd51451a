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
  t5: [
    'encoder.block.0.layer.0.SelfAttention',
    'decoder.block.1.layer.2.DenseReluDense',
    'encoder.block.0.layer.0.layer_norm',
  ],
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
    it('adds zero biases to T5 linears and RMSNorms under OpenDelta-style names, only while attached', async () => {
      const backbone = await loadTinyBackbone('t5');
      const delta = new BitFitModel({ backboneModel: backbone });
      delta.freezeModule({ exclude: ['deltas'], setStateDict: true });
      const dict = backbone.stateDict();
      expect(dict['encoder.block.0.layer.0.SelfAttention.q.bias']!.shape).toEqual([32]);
      expect(dict['encoder.block.0.layer.1.DenseReluDense.wi.bias']!.shape).toEqual([37]);
      expect(dict['decoder.block.1.layer.0.layer_norm.bias']!.shape).toEqual([32]);
      // Cross-attention is not modified by default, as in OpenDelta.
      expect(dict['decoder.block.0.layer.1.EncDecAttention.q.bias']).toBeUndefined();
      expect(Object.keys(dict).every((k) => k.endsWith('.bias'))).toBe(true);
      const { trainable, delta: deltaCount } = delta.parameterCounts();
      expect(trainable).toBe(deltaCount);
      // The counts equal the summed sizes of the biases in the state dict.
      expect(Object.values(dict).reduce((n, t) => n + t.size, 0)).toBe(deltaCount);
      delta.detach();
      expect(Object.keys(backbone.stateDict())).toEqual([]);
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
