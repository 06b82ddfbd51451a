// PEFT interoperability: import (`fromPeft`) and export (`savePeft`) of Hugging Face PEFT adapters.
export {
  PEFT_CONFIG_FILE,
  PEFT_SUPPORTED_TYPES,
  PEFT_WEIGHTS_FILE,
  parsePeftConfig,
  type PeftBias,
  type PeftConfig,
  type PeftIa3Config,
  type PeftLoraConfig,
  type PeftPrefixTuningConfig,
  type PeftPromptTuningConfig,
  type PeftType,
} from './config.js';
export { PeftError, type PeftErrorCode } from './errors.js';
export { savePeft, type SavePeftOptions, type SavedPeftAdapter } from './export.js';
export { fromPeft, type FromPeftOptions } from './import.js';
