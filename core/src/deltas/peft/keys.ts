/**
 * Hugging Face PEFT's names for delta tensors and deltahub's, both ways. PEFT saves
 * `adapter_model.safetensors` with keys `base_model.model.<module path>.<tensor>` (the adapter name
 * removed), where the module path is the one inside the model PEFT wrapped; deltahub keeps each delta
 * in a child of its target (`<module>.lora.lora_A`). Prompt and prefix tuning save one table,
 * `prompt_embeddings`. Pure string and array code: no TensorFlow.js, no files.
 */

/** Prefix of every PEFT key that names a module of the wrapped model. */
export const PEFT_KEY_PREFIX = 'base_model.model.';

/** The single tensor of PEFT prompt and prefix tuning. */
export const PEFT_PROMPT_EMBEDDINGS = 'prompt_embeddings';

/** What one key of a PEFT adapter file holds. */
export type PeftTensorKey =
  /** LoRA's down (`lora_A [r, in]`) or up (`lora_B [out, r]`) projection of `module`. */
  | { readonly kind: 'lora_A' | 'lora_B'; readonly module: string }
  /**
   * DoRA's magnitude `[out]` of `module`: saved as `.lora_magnitude_vector` (PEFT 0.12 and later keep
   * that name on disk, stripping the `.weight` of their in-memory module); `.weight` keys are read too.
   */
  | { readonly kind: 'lora_magnitude_vector'; readonly module: string }
  /** (IA)³'s vector of `module`, `[out, 1]` (output scaling) or `[1, in]` (feed-forward input). */
  | { readonly kind: 'ia3_l'; readonly module: string }
  /** Prompt or prefix tuning's table. */
  | { readonly kind: 'prompt_embeddings' }
  /** A backbone parameter saved as it is (`bias` modes, `modules_to_save`), by its full name. */
  | { readonly kind: 'parameter'; readonly name: string };

const LORA_KEY = /^(.+)\.(lora_A|lora_B)\.weight$/;
const MAGNITUDE_KEY = /^(.+)\.lora_magnitude_vector(?:\.weight)?$/;
const IA3_KEY = /^(.+)\.ia3_l$/;

/**
 * Classifies a PEFT key. Keys under `base_model.model.` that are not LoRA or (IA)³ tensors are
 * backbone parameters; any other key (not under the prefix, not `prompt_embeddings`) is undefined.
 */
export function parsePeftKey(key: string): PeftTensorKey | undefined {
  if (key === PEFT_PROMPT_EMBEDDINGS) return { kind: 'prompt_embeddings' };
  if (!key.startsWith(PEFT_KEY_PREFIX)) return undefined;
  const inner = key.slice(PEFT_KEY_PREFIX.length);
  let match = LORA_KEY.exec(inner);
  if (match) return { kind: match[2] as 'lora_A' | 'lora_B', module: match[1]! };
  match = MAGNITUDE_KEY.exec(inner);
  if (match) return { kind: 'lora_magnitude_vector', module: match[1]! };
  match = IA3_KEY.exec(inner);
  if (match) return { kind: 'ia3_l', module: match[1]! };
  return { kind: 'parameter', name: inner };
}

/** The PEFT key of a tensor, as PEFT saves it (DoRA's magnitude without `.weight`). */
export function peftKeyOf(key: PeftTensorKey): string {
  switch (key.kind) {
    case 'lora_A':
    case 'lora_B':
      return `${PEFT_KEY_PREFIX}${key.module}.${key.kind}.weight`;
    case 'lora_magnitude_vector':
    case 'ia3_l':
      return `${PEFT_KEY_PREFIX}${key.module}.${key.kind}`;
    case 'prompt_embeddings':
      return PEFT_PROMPT_EMBEDDINGS;
    case 'parameter':
      return `${PEFT_KEY_PREFIX}${key.name}`;
  }
}

/**
 * The deltahub state-dict name of a LoRA or (IA)³ tensor or a backbone parameter (prompt and prefix
 * tables have no single name: see {@link splitPrefixTable} and the soft prompt's `soft_embeds`).
 */
export function deltahubNameOf(key: Exclude<PeftTensorKey, { kind: 'prompt_embeddings' }>): string {
  switch (key.kind) {
    case 'lora_A':
    case 'lora_B':
    case 'lora_magnitude_vector':
      return `${key.module}.lora.${key.kind}`;
    case 'ia3_l':
      return `${key.module}.ia3.ia3_l`;
    case 'parameter':
      return key.name;
  }
}

/**
 * PEFT `target_modules` as deltahub module patterns. A list entry is an exact name or a suffix after
 * a dot, which is exactly deltahub's plain pattern. A string is a regex that must match the *whole*
 * module name (`re.fullmatch`); deltahub's `[r]` pattern must match a whole dot-bounded suffix, so a
 * regex maps to `[r]<regex>` with one difference: deltahub also accepts a match of a shorter suffix
 * (PEFT's `query` regex matches no module of BertModel, deltahub's `[r]query` matches every
 * `...query`). Use {@link peftTargetNames} for PEFT's exact rule.
 */
export function peftTargetPatterns(targetModules: string | readonly string[]): string[] {
  if (typeof targetModules === 'string') return [`[r]${targetModules}`];
  return [...targetModules];
}

/**
 * PEFT's own target rule over full module names (`check_target_module_exists`): a list entry matches
 * a name equal to it or ending with `.` + it; a string is a regex that must match the whole name.
 * With `layersToTransform`, only modules whose first `.<digits>.` part is one of those layer indexes
 * are kept (PEFT's rule when `layers_pattern` is unset). Returns matches in `names` order.
 */
export function peftTargetNames(
  names: readonly string[],
  targetModules: string | readonly string[],
  layersToTransform?: readonly number[],
): string[] {
  const matches =
    typeof targetModules === 'string'
      ? (
          (regex: RegExp) => (name: string) =>
            regex.test(name)
        )(new RegExp(`^(?:${targetModules})$`))
      : (name: string) => targetModules.some((t) => name === t || name.endsWith(`.${t}`));
  return names.filter((name) => {
    if (name === '' || !matches(name)) return false;
    if (!layersToTransform) return true;
    const layer = /\.(\d+)\./.exec(name);
    return layer !== null && layersToTransform.includes(Number(layer[1]));
  });
}

/** One attention's prefix `[p, hidden]` keys and values, row-major. */
export interface PrefixKeyValueData {
  readonly key: Float32Array;
  readonly value: Float32Array;
}

/**
 * Splits PEFT's prefix table `prompt_embeddings [p, layers·2·hidden]` into each layer's keys and
 * values `[p, hidden]`: layer l's keys are columns `2l·hidden ..`, its values the next `hidden`
 * columns (PEFT's `view(p, layers·2, heads, headDim)` then `split(2)`).
 */
export function splitPrefixTable(
  table: Float32Array,
  tokens: number,
  layers: number,
  hidden: number,
): PrefixKeyValueData[] {
  const width = layers * 2 * hidden;
  if (table.length !== tokens * width) {
    throw new RangeError(`prefix table has ${table.length} values, expected ${tokens}×${width}`);
  }
  const column = (block: number): Float32Array => {
    const out = new Float32Array(tokens * hidden);
    for (let t = 0; t < tokens; t++) {
      out.set(table.subarray(t * width + block * hidden, t * width + (block + 1) * hidden), t * hidden);
    }
    return out;
  };
  return Array.from({ length: layers }, (_, l) => ({ key: column(2 * l), value: column(2 * l + 1) }));
}

/**
 * Which of the table's `layers` key/value pairs ({@link splitPrefixTable}) the self-attention of
 * decoder layer `decoderLayer` gets in PEFT's encoder-decoder prefix tuning
 * (`num_transformer_submodules` 2). PEFT's `get_prompt` concatenates the `2·layers` blocks with
 * themselves and splits them in fours, one `(self key, self value, cross key, cross value)` group
 * per decoder layer, so layer `g`'s self-attention reads pair `2g mod layers` and its
 * cross-attention pair `2g + 1 mod layers` (with 2 layers, both decoder layers share pair 0).
 */
export function seq2seqPrefixPair(decoderLayer: number, layers: number): number {
  return (2 * decoderLayer) % layers;
}

/** The inverse of {@link splitPrefixTable}: per-layer keys and values into `[p, layers·2·hidden]`. */
export function joinPrefixTable(
  layers: readonly PrefixKeyValueData[],
  tokens: number,
  hidden: number,
): Float32Array {
  const width = layers.length * 2 * hidden;
  const table = new Float32Array(tokens * width);
  layers.forEach(({ key, value }, l) => {
    for (let t = 0; t < tokens; t++) {
      table.set(key.subarray(t * hidden, (t + 1) * hidden), t * width + 2 * l * hidden);
      table.set(value.subarray(t * hidden, (t + 1) * hidden), t * width + (2 * l + 1) * hidden);
    }
  });
  return table;
}
