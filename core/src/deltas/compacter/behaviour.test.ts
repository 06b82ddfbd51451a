import { describeAdapterFamily } from '../adapter/test-support/suite.js';
import { CompacterModel } from './model.js';

// The tiny backbones have hidden size 32: the default reductionFactor 16 gives a bottleneck of 2,
// not divisible by hypercomplexDivision 4 (see opendelta.test.ts), so these runs use 4.
describeAdapterFamily({
  label: 'Compacter',
  childName: 'compactor',
  make: (options) => new CompacterModel({ ...options, reductionFactor: 4 }),
  defaultModules: {
    bert: ['encoder.layer.0.attention.output.dense', 'encoder.layer.1.output.dense'],
    roberta: ['encoder.layer.0.attention.output.dense', 'encoder.layer.1.output.dense'],
    distilbert: ['transformer.layer.0.attention.out_lin', 'transformer.layer.1.ffn.lin2'],
    gpt2: ['h.0.attn.c_proj', 'h.1.mlp.c_proj'],
    t5: ['encoder.block.0.layer.0.SelfAttention.o', 'decoder.block.1.layer.2.DenseReluDense.wo'],
    bart: ['encoder.layers.0.self_attn.out_proj', 'decoder.layers.1.fc2'],
  },
});
