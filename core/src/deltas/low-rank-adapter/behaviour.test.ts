import { describeAdapterFamily } from '../adapter/test-support/suite.js';
import { LowRankAdapterModel } from './model.js';

describeAdapterFamily({
  label: 'LowRankAdapter',
  childName: 'low_rank_adapter',
  make: (options) => new LowRankAdapterModel(options),
  // Rank-1 projections with a bottleneck of 1 (hidden 32 // 32) need larger steps than full adapters.
  learningRate: 5e-2,
  defaultModules: {
    bert: ['encoder.layer.0.attention.output.dense', 'encoder.layer.1.output.dense'],
    roberta: ['encoder.layer.0.attention.output.dense', 'encoder.layer.1.output.dense'],
    distilbert: ['transformer.layer.0.attention.out_lin', 'transformer.layer.1.ffn.lin2'],
    gpt2: ['h.0.attn.c_proj', 'h.1.mlp.c_proj'],
    t5: ['encoder.block.0.layer.0.SelfAttention.o', 'decoder.block.1.layer.2.DenseReluDense.wo'],
    bart: ['encoder.layers.0.self_attn.out_proj', 'decoder.layers.1.fc2'],
  },
});
