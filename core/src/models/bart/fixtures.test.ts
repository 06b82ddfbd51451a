import { describeSeq2SeqFixtures } from '../test-support/suite.js';
import { BartModel } from './index.js';

describeSeq2SeqFixtures({
  title: 'BART',
  fixtures: ['bart', 'bart_perturbed'],
  base: BartModel,
  tolerance: 1e-4,
});
