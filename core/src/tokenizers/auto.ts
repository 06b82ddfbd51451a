import { DeltahubError } from '../errors.js';
import { convertSlowTokenizer } from './convert-slow.js';
import type { SlowFamily } from './families.js';
import { TOKENIZER_CLASSES, tokenizerClassName } from './families.js';
import type { TokenizerFileSource } from './files.js';
import { folderSource, readJsonFile } from './files.js';
import { readSpecialTokens } from './special-tokens.js';
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
 * The family of a vocabulary when nothing names the tokenizer class (a folder with no
 * `tokenizer_class` and no `config.json`): BERT's `[CLS]`, RoBERTa/BART's `<s>`/`</s>` added to
 * the GPT-2 byte-level vocabulary, or GPT-2's `<|endoftext|>`.
 */
function guessFamily(vocab: Record<string, unknown> | undefined, bytePairs: boolean): SlowFamily | undefined {
  if (!vocab || Array.isArray(vocab)) return undefined;
  if (!bytePairs) return '[CLS]' in vocab && '[SEP]' in vocab ? 'wordpiece' : undefined;
  if ('<s>' in vocab && '</s>' in vocab) return 'roberta';
  return '<|endoftext|>' in vocab ? 'gpt2' : undefined;
}

/**
 * Loads the tokenizer of a Hugging Face model folder, like transformers' AutoTokenizer: from
 * `tokenizer.json`, or converted from the slow files (`vocab.txt`; `vocab.json` + `merges.txt`)
 * when there is none, with `tokenizer_config.json`, `special_tokens_map.json`,
 * `chat_template.jinja` and `config.json` (`model_type`) when present.
 */
export class AutoTokenizer {
  /**
   * @param source a local folder, or any {@link TokenizerFileSource} (the deltahub package supplies
   *   one for hub ids: `@deltahub/core` has no network access).
   */
  static async fromPretrained(
    source: string | TokenizerFileSource,
    options: AutoTokenizerOptions = {},
  ): Promise<PreTrainedTokenizer> {
    const files = typeof source === 'string' ? await folderSource(source) : source;
    const tokenizerConfig = (await readJsonFile(files, 'tokenizer_config.json')) ?? {};
    const specialTokensMap = (await readJsonFile(files, 'special_tokens_map.json')) ?? {};
    const modelConfig = await readJsonFile(files, 'config.json');
    const config: Json = { ...specialTokensMap, ...tokenizerConfig, ...options.config };
    if (config.chat_template === undefined) {
      const jinja = await files.readText('chat_template.jinja');
      if (jinja !== undefined) config.chat_template = jinja;
    }
    const namedClass = tokenizerClassName(config, modelConfig);
    const known = namedClass ? TOKENIZER_CLASSES[namedClass] : undefined;

    const tokenizerJson = await readJsonFile(files, 'tokenizer.json');
    if (tokenizerJson) {
      const model = (tokenizerJson.model ?? {}) as Json;
      const guessed = known
        ? undefined
        : guessFamily(model.vocab as Json | undefined, model.merges !== undefined);
      return new PreTrainedTokenizer({
        tokenizerJson,
        config,
        tokenizerClass: namedClass ?? (guessed && familyClass(guessed)),
      });
    }
    const vocabTxt = await files.readText('vocab.txt');
    const vocabJson = await readJsonFile<Record<string, number>>(files, 'vocab.json');
    const mergesTxt = await files.readText('merges.txt');
    const family =
      known?.slowFamily ??
      (known ? undefined : vocabTxt !== undefined ? 'wordpiece' : guessFamily(vocabJson, true));
    const needed = family === 'wordpiece' ? ['vocab.txt'] : family ? ['vocab.json', 'merges.txt'] : [];
    const missing = needed.filter(
      (name) =>
        (name === 'vocab.txt' ? vocabTxt : name === 'vocab.json' ? vocabJson : mergesTxt) === undefined,
    );
    if (!family || missing.length > 0) {
      const spm = (await files.readText('spiece.model')) ?? (await files.readText('tokenizer.model'));
      throw new DeltahubError(
        'TOKENIZER_FILES_MISSING',
        `No tokenizer in '${files.location}': ` +
          (missing.length
            ? `tokenizer.json is absent and so is ${missing.join(' and ')}.`
            : spm !== undefined
              ? 'only a SentencePiece model (spiece.model / tokenizer.model) is there, whose conversion is not supported yet: add tokenizer.json.'
              : 'expected tokenizer.json, or vocab.txt (WordPiece), or vocab.json + merges.txt (byte-level BPE).'),
      );
    }
    const tokenizerClass = namedClass ?? familyClass(family);
    const specialTokens = readSpecialTokens(config, TOKENIZER_CLASSES[tokenizerClass]?.defaults);
    return new PreTrainedTokenizer({
      tokenizerJson: convertSlowTokenizer(
        family,
        { vocabTxt, vocabJson, mergesTxt },
        {
          specialTokens,
          doLowerCase: config.do_lower_case !== false,
          tokenizeChineseChars: config.tokenize_chinese_chars !== false,
          stripAccents: typeof config.strip_accents === 'boolean' ? config.strip_accents : null,
          addPrefixSpace: config.add_prefix_space === true,
        },
      ),
      config,
      tokenizerClass,
    });
  }
}

/** The class a folder of slow files is taken for when nothing names one. */
function familyClass(family: SlowFamily): string {
  return family === 'wordpiece' ? 'BertTokenizer' : family === 'gpt2' ? 'GPT2Tokenizer' : 'RobertaTokenizer';
}
