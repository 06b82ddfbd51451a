// Generation: the key/value cache models read and extend, and `generate` over it.
export { AttentionCache, KeyValueCache, type LayerKeyValues, type PastKeyValues } from './cache.js';
export { generate, type GenerateOutput, type GenerationModel } from './generate.js';
export type { GenerateInputs } from './inputs.js';
export type { GenerateOptions, GenerationStreamer, GenerationTokenizer } from './options.js';
export type { GenerationKind, GenerativeModel } from './session.js';
export { TextStreamer, type TextStreamerOptions } from './text-streamer.js';
