import { AFTER_ATTENTION_AND_FFN, describeAdapterFamily } from '../adapter-family/test-support/suite.js';
import { CompacterModel } from './model.js';

// The tiny backbones have hidden size 32: the default reductionFactor 16 gives a bottleneck of 2,
// not divisible by hypercomplexDivision 4 (see opendelta.test.ts), so these runs use 4.
describeAdapterFamily({
  label: 'Compacter',
  childName: 'compactor',
  make: (options) => new CompacterModel({ ...options, reductionFactor: 4 }),
  defaultModules: AFTER_ATTENTION_AND_FFN,
});
