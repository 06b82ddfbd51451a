// The delta checkpoint format without TensorFlow.js: safe for the hub server to import.
export {
  DELTA_WEIGHTS_FILE,
  DELTA_CONFIG_FILE,
  MODEL_CARD_FILE,
  DELTA_CONFIG_FORMAT_VERSION,
  DELTA_TYPES,
  UNKNOWN_BACKBONE,
  type DeltaType,
} from './format.js';
export {
  checkDeltaConfig,
  validateDeltaConfig,
  DeltaConfigError,
  type DeltaConfig,
  type DeltaBackbone,
  type DeltaConfigCheck,
  type DeltaConfigIssue,
  type ModifiedModules,
} from './delta-config.js';
export { parseModelCard, ModelCardError, type ModelCard } from './model-card.js';
export { isHubModelId, hubModelIdOrUndefined } from './base-model.js';
// PEFT's tensor names (pure string code), for readers of adapter files without TensorFlow.js.
export { parsePeftKey, PEFT_KEY_PREFIX, type PeftTensorKey } from '../deltas/peft/keys.js';
export {
  peftUsageSnippet,
  pretrainedUsageSnippet,
  usageSnippet,
  type PeftUsageSnippetSource,
  type UsageSnippetSource,
} from './usage.js';
