/** File name of the delta's trainable tensors inside a delta checkpoint folder or revision. */
export const DELTA_WEIGHTS_FILE = 'delta.safetensors';
/** File name of the delta's configuration ({@link DeltaConfig}). */
export const DELTA_CONFIG_FILE = 'delta_config.json';
/** File name of the model card: YAML front matter, then Markdown prose. */
export const MODEL_CARD_FILE = 'README.md';
/** The `formatVersion` this library writes; readers accept this version and older ones. */
export const DELTA_CONFIG_FORMAT_VERSION = 1;

/**
 * Recorded in `backbone.nameOrPath` (and `architecture`) of a delta config when the backbone was
 * not loaded from a folder or hub id (or has no `model_type`).
 */
export const UNKNOWN_BACKBONE = 'unknown';

/** Every delta method a checkpoint may declare in `deltaType`. */
export const DELTA_TYPES = [
  'lora',
  'adapter',
  'bitfit',
  'prefix',
  'soft_prompt',
  'compacter',
  'low_rank_adapter',
  'parallel_adapter',
  'ia3',
] as const;

/** One of {@link DELTA_TYPES}. */
export type DeltaType = (typeof DELTA_TYPES)[number];
