import { AFTER_ATTENTION_AND_FFN, describeAdapterFamily } from '../adapter-family/test-support/suite.js';
import { LowRankAdapterModel } from './model.js';

describeAdapterFamily({
  label: 'LowRankAdapter',
  childName: 'low_rank_adapter',
  make: (options) => new LowRankAdapterModel(options),
  // Rank-1 projections with a bottleneck of 1 (hidden 32 // 32) need larger steps than full adapters.
  learningRate: 5e-2,
  defaultModules: AFTER_ATTENTION_AND_FFN,
});
