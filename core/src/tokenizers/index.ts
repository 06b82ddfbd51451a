/** Hugging Face tokenizers (text in, ids and tensors out, and back), loaded from model folders. */
export { AutoTokenizer } from './auto.js';
export type { AutoTokenizerOptions } from './auto.js';
export { PreTrainedTokenizer } from './tokenizer.js';
export type {
  BatchEncoding,
  DecodeOptions,
  EncodeOptions,
  EncodingWithOffsets,
  PaddingOption,
  TokenizerCallOptions,
  TokenizerDefinition,
  TruncationOption,
} from './tokenizer.js';
export type { ChatMessage, ChatTemplateOptions, ChatTemplates } from './chat-template.js';
export type { TokenizerFileSource, TokenizerSourceResolver } from './files.js';
export { TOKENIZER_FILE_NAMES, setTokenizerSourceResolver, tokenizerFolderSource } from './files.js';
export type { SpecialTokens } from './special-tokens.js';
export type { TruncationStrategy } from './truncation.js';
