import { describeAdapterFamily } from './test-support/suite.js';
import { AdapterModel } from './model.js';

describeAdapterFamily({
  label: 'Adapter',
  childName: 'adapter',
  make: (options) => new AdapterModel(options),
  defaultModules: {
    bert: ['encoder.layer.0.attention.output.dense', 'encoder.layer.1.output.dense'],
    roberta: ['encoder.layer.0.attention.output.dense', 'encoder.layer.1.output.dense'],
    distilbert: ['transformer.layer.0.attention.out_lin', 'transformer.layer.1.ffn.lin2'],
    gpt2: ['h.0.attn.c_proj', 'h.1.mlp.c_proj'],
    t5: [
      'encoder.block.0.layer.0.SelfAttention.o',
      'encoder.block.1.layer.1.DenseReluDense.wo',
      'decoder.block.0.layer.0.SelfAttention.o',
      'decoder.block.1.layer.2.DenseReluDense.wo',
    ],
    bart: [
      'encoder.layers.0.self_attn.out_proj',
      'encoder.layers.1.fc2',
      'decoder.layers.0.self_attn.out_proj',
      'decoder.layers.1.fc2',
    ],
  },
});
