import { AFTER_ATTENTION_AND_FFN, describeAdapterFamily } from '../adapter-family/test-support/suite.js';
import { AdapterModel } from './model.js';

describeAdapterFamily({
  label: 'Adapter',
  childName: 'adapter',
  make: (options) => new AdapterModel(options),
  defaultModules: AFTER_ATTENTION_AND_FFN,
});
