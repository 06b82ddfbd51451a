import { describeAdapterFamily } from '../adapter-family/test-support/suite.js';
import { ParallelAdapterModel } from './model.js';

describeAdapterFamily({
  label: 'ParallelAdapter',
  childName: 'parallel_adapter',
  make: (options) => new ParallelAdapterModel(options),
  // One module paired with itself: from its input to its output.
  on: (pattern) => [pattern, pattern],
  // The default pairs read the [CLS] position's input to the attention block and to the FFN. In
  // the tiny random backbone (0.02-std weights, nearly uniform attention) those are almost the same
  // for every input: layer 0's attention input is just the [CLS] embedding, and the FFN input is
  // LayerNorm-ed with input-dependent parts around 1e-3, far beyond what 60 Adam steps can amplify.
  // Measured: the loss stays at ln 2 there. From the attention output projection's input (the
  // attended context, before the LayerNorm) the same adapters learn the task. The pair (dense → its
  // dropout) spans two modules, so training also runs the adapter output handed over between forwards.
  trainOn: ['attention.output.dense', 'attention.output.dropout'],
  defaultModules: {
    bert: ['encoder.layer.0.attention', 'encoder.layer.0.intermediate.dense', 'encoder.layer.0.output.dense'],
    roberta: [
      'encoder.layer.1.attention',
      'encoder.layer.1.intermediate.dense',
      'encoder.layer.1.output.dense',
    ],
    distilbert: [
      'transformer.layer.0.attention',
      'transformer.layer.0.ffn.lin1',
      'transformer.layer.0.ffn.lin2',
    ],
    gpt2: ['h.0.attn', 'h.0.mlp.c_fc', 'h.1.mlp.c_proj'],
    // OpenDelta's attn@ (T5LayerSelfAttention) with itself, ff@.w1@ → ff@.w2@ (wi → wo).
    t5: [
      'encoder.block.0.layer.0',
      'encoder.block.0.layer.1.DenseReluDense.wi',
      'encoder.block.0.layer.1.DenseReluDense.wo',
      'decoder.block.1.layer.0',
      'decoder.block.1.layer.2.DenseReluDense.wi',
      'decoder.block.1.layer.2.DenseReluDense.wo',
    ],
    bart: [
      'encoder.layers.0.self_attn',
      'encoder.layers.0.fc1',
      'encoder.layers.0.fc2',
      'decoder.layers.1.self_attn',
    ],
    llama: ['layers.0.self_attn', 'layers.0.mlp.gate_proj', 'layers.1.mlp.down_proj'],
  },
});
