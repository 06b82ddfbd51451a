import { registerDeltaMethod } from '../registry.js';
import { SoftPromptModel } from './model.js';

export {
  SOFT_PROMPT_DEFAULTS,
  resolveSoftPromptConfig,
  validateSoftPromptConfig,
  type SoftPromptConfig,
} from './config.js';
export { SoftPromptLayer } from './layer.js';
export { SoftPromptModel, type SoftPromptModelOptions } from './model.js';
export { softPromptPlacement, type SoftPromptPlacement } from './placement.js';

registerDeltaMethod({ deltaType: 'soft_prompt', create: (options) => new SoftPromptModel(options) });
