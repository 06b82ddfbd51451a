import { TOKENIZER_CLASSES, tokenizerClassName } from './families.js';
import type { TokenizerFileSource } from './files.js';
import { readJsonFile, readTextFile, resolveTokenizerSource } from './files.js';
import { FAMILY_CLASS, guessFamily, slowTokenizerDefinition } from './load-slow.js';
import { PreTrainedTokenizer } from './tokenizer.js';

type Json = Record<string, unknown>;

/** Options of `AutoTokenizer.fromPretrained`. */
export interface AutoTokenizerOptions {
  /**
   * Values that override `tokenizer_config.json` (snake_case keys, as transformers' keyword
   * arguments): e.g. `{ clean_up_tokenization_spaces: true, padding_side: 'left' }`.
   */
  config?: Json;
}

/**
 * Loads the tokenizer of a Hugging Face model folder, like transformers' AutoTokenizer: from
 * `tokenizer.json`, or converted from the slow files when there is none (`vocab.txt`; `vocab.json`
 * + `merges.txt`; T5's `spiece.model`), with `tokenizer_config.json`, `special_tokens_map.json`,
 * `chat_template.jinja` and `config.json` (`model_type`) when present.
 */
export class AutoTokenizer {
  /**
   * @param source a local folder, any {@link TokenizerFileSource}, or a name the installed
   *   resolver knows (with the `deltahub` package: a hub id `owner/name`, with `{ hubUrl, revision }`;
   *   `@deltahub/core` itself has no network access).
   */
  static async fromPretrained(
    source: string | TokenizerFileSource,
    options: AutoTokenizerOptions = {},
  ): Promise<PreTrainedTokenizer> {
    const files = typeof source === 'string' ? await resolveTokenizerSource(source, options) : source;
    const tokenizerConfig = (await readJsonFile(files, 'tokenizer_config.json')) ?? {};
    const specialTokensMap = (await readJsonFile(files, 'special_tokens_map.json')) ?? {};
    const modelConfig = await readJsonFile(files, 'config.json');
    const config: Json = { ...specialTokensMap, ...tokenizerConfig, ...options.config };
    if (config.chat_template === undefined) {
      const jinja = await readTextFile(files, 'chat_template.jinja');
      if (jinja !== undefined) config.chat_template = jinja;
    }
    const namedClass = tokenizerClassName(config, modelConfig);

    const tokenizerJson = await readJsonFile(files, 'tokenizer.json');
    if (tokenizerJson) {
      const model = (tokenizerJson.model ?? {}) as Json;
      const guessed =
        namedClass && TOKENIZER_CLASSES[namedClass]
          ? undefined
          : guessFamily(model.vocab as Json | undefined, model.merges !== undefined);
      return new PreTrainedTokenizer({
        tokenizerJson,
        config,
        tokenizerClass: namedClass ?? (guessed && FAMILY_CLASS[guessed]),
      });
    }

    return new PreTrainedTokenizer(await slowTokenizerDefinition(files, config, namedClass));
  }
}
