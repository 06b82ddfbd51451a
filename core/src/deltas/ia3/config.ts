import { DeltahubError } from '../../errors.js';
import { matchesAny } from '../base/addressing.js';

/** (IA)³ hyperparameters (PEFT's `IA3Config`, in camelCase). */
export interface Ia3Config {
  /**
   * Patterns (deltahub addressing) of the targets whose *input* is scaled, PEFT's
   * `feedforward_modules`; every other target has its output scaled. Defaults to PEFT's list for the
   * architecture. PEFT tests `name.endswith(pattern)`; deltahub matches at a dot boundary, which
   * differs only for patterns that cut a name part (`dense` would match `fc_dense` in PEFT).
   */
  feedforwardModules: string[];
}

/**
 * PEFT's default targets and feed-forward modules per architecture
 * (`TRANSFORMERS_MODELS_TO_IA3_TARGET_MODULES_MAPPING` and `..._FEEDFORWARD_MODULES_MAPPING`),
 * written as deltahub patterns that resolve to the same real module names. PEFT has no DistilBERT
 * entry; its default follows the (IA)³ paper as the others do: keys, values and the input of the
 * second feed-forward projection. Note that PEFT's BERT/RoBERTa `output.dense` matches both the
 * attention output projection and the FFN output projection, and both count as feed-forward; the
 * default keeps that, so it reproduces PEFT's placement exactly.
 */
export const IA3_DEFAULTS: Readonly<
  Record<string, { targets: readonly string[]; feedforward: readonly string[] }>
> = {
  bert: {
    targets: ['attention.self.key', 'attention.self.value', 'output.dense'],
    feedforward: ['output.dense'],
  },
  roberta: {
    targets: ['attention.self.key', 'attention.self.value', 'output.dense'],
    feedforward: ['output.dense'],
  },
  distilbert: { targets: ['attention.k_lin', 'attention.v_lin', 'ffn.lin2'], feedforward: ['ffn.lin2'] },
  gpt2: { targets: ['attn.c_attn', 'mlp.c_proj'], feedforward: ['mlp.c_proj'] },
  // `k` and `v` are self- and cross-attention projections alike, as in PEFT.
  t5: { targets: ['k', 'v', 'DenseReluDense.wo'], feedforward: ['DenseReluDense.wo'] },
  // `q_proj` and `v_proj` are in every attention (encoder, decoder self and cross), as in PEFT.
  bart: { targets: ['q_proj', 'v_proj', 'fc2'], feedforward: ['fc2'] },
  llama: { targets: ['k_proj', 'v_proj', 'down_proj'], feedforward: ['down_proj'] },
  mistral: { targets: ['k_proj', 'v_proj', 'down_proj'], feedforward: ['down_proj'] },
  // PEFT scales Qwen2's queries rather than its keys.
  qwen2: { targets: ['q_proj', 'v_proj', 'down_proj'], feedforward: ['down_proj'] },
};

/**
 * The config `options` ask for on a `modelType` backbone: `feedforwardModules` as given, else PEFT's
 * default for the architecture (none for an unknown one). Whether each pattern names a target is
 * checked once the targets are resolved.
 */
export function resolveIa3Config(options: Partial<Ia3Config>, modelType: string | undefined): Ia3Config {
  const defaults = IA3_DEFAULTS[modelType ?? ''];
  return { feedforwardModules: [...(options.feedforwardModules ?? defaults?.feedforward ?? [])] };
}

/**
 * The feed-forward patterns that name one of the resolved `targets`. Given patterns must each name
 * one (`DELTA_OPTIONS_INVALID` otherwise); default ones that do not apply are dropped, so the saved
 * config rebuilds the same delta.
 */
export function checkFeedforwardModules(
  patterns: readonly string[],
  targets: readonly string[],
  given: boolean,
): string[] {
  const applies = (pattern: string): boolean => targets.some((name) => matchesAny(name, [pattern]));
  if (!given) return patterns.filter(applies);
  for (const pattern of patterns) {
    if (!applies(pattern)) {
      throw new DeltahubError(
        'DELTA_OPTIONS_INVALID',
        `feedforwardModules pattern '${pattern}' matches none of the modified modules (${targets.join(', ')}).`,
      );
    }
  }
  return [...patterns];
}
