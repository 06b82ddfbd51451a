import { DeltahubError } from '../errors.js';
import type { SlowFiles } from './convert-slow.js';
import { convertSlowTokenizer, withAddedTokens } from './convert-slow.js';
import type { SlowFamily } from './families.js';
import { TOKENIZER_CLASSES } from './families.js';
import type { TokenizerFileSource } from './files.js';
import { readJsonFile, readTextFile } from './files.js';
import { parseSentencePieceModel } from './sentencepiece-model.js';
import { readSpecialTokens } from './special-tokens.js';
import type { TokenizerDefinition } from './tokenizer.js';

type Json = Record<string, unknown>;

/**
 * The family of a vocabulary when nothing names the tokenizer class (a folder with no
 * `tokenizer_class` and no `config.json`): BERT's `[CLS]`, RoBERTa/BART's `<s>`/`</s>` added to
 * the GPT-2 byte-level vocabulary, or GPT-2's `<|endoftext|>`.
 */
export function guessFamily(vocab: Json | undefined, bytePairs: boolean): SlowFamily | undefined {
  if (!vocab || Array.isArray(vocab)) return undefined;
  if (!bytePairs) return '[CLS]' in vocab && '[SEP]' in vocab ? 'wordpiece' : undefined;
  if ('<s>' in vocab && '</s>' in vocab) return 'roberta';
  return '<|endoftext|>' in vocab ? 'gpt2' : undefined;
}

/** The class a folder of slow files is taken for when nothing names one. */
export const FAMILY_CLASS: Record<SlowFamily, string> = {
  wordpiece: 'BertTokenizer',
  gpt2: 'GPT2Tokenizer',
  roberta: 'RobertaTokenizer',
  sentencepiece: 'T5Tokenizer',
};

/** The files each slow family is built from. */
const FAMILY_FILES: Record<SlowFamily, string[]> = {
  wordpiece: ['vocab.txt'],
  gpt2: ['vocab.json', 'merges.txt'],
  roberta: ['vocab.json', 'merges.txt'],
  sentencepiece: ['spiece.model'],
};

/** Reads the slow files present in `files` (the candidates of every family). */
async function readSlowFiles(files: TokenizerFileSource): Promise<SlowFiles> {
  const spm = await files.readFile('spiece.model');
  return {
    vocabTxt: await readTextFile(files, 'vocab.txt'),
    vocabJson: await readJsonFile<Record<string, number>>(files, 'vocab.json'),
    mergesTxt: await readTextFile(files, 'merges.txt'),
    sentencePiece: spm && parseSentencePieceModel(spm, 'spiece.model'),
  };
}

function hasFile(slow: SlowFiles, name: string): boolean {
  const present: Record<string, unknown> = {
    'vocab.txt': slow.vocabTxt,
    'vocab.json': slow.vocabJson,
    'merges.txt': slow.mergesTxt,
    'spiece.model': slow.sentencePiece,
  };
  return present[name] !== undefined;
}

/** The family of a folder without tokenizer.json: its class's, else guessed from the files. */
function slowFamily(className: string | undefined, slow: SlowFiles): SlowFamily | undefined {
  const known = className ? TOKENIZER_CLASSES[className] : undefined;
  if (known) return known.slowFamily;
  if (slow.vocabTxt !== undefined) return 'wordpiece';
  if (slow.sentencePiece) return 'sentencepiece';
  return guessFamily(slow.vocabJson, true);
}

/**
 * The tokenizer of a folder without `tokenizer.json`, converted from its slow files (`vocab.txt`;
 * `vocab.json` + `merges.txt`; `spiece.model`) as transformers converts slow tokenizers.
 * @param namedClass the class `tokenizer_config.json` or `config.json` names, when any.
 */
export async function slowTokenizerDefinition(
  files: TokenizerFileSource,
  config: Json,
  namedClass: string | undefined,
): Promise<TokenizerDefinition> {
  const slow = await readSlowFiles(files);
  const family = slowFamily(namedClass, slow);
  const missing = family ? FAMILY_FILES[family].filter((name) => !hasFile(slow, name)) : [];
  if (!family || missing.length > 0) {
    const llamaModel = await files.readFile('tokenizer.model');
    throw new DeltahubError(
      'TOKENIZER_FILES_MISSING',
      `No tokenizer in '${files.location}': ` +
        (missing.length
          ? `tokenizer.json is absent and so is ${missing.join(' and ')}.`
          : llamaModel !== undefined
            ? 'only a SentencePiece tokenizer.model is there, whose conversion is not supported yet: add tokenizer.json.'
            : 'expected tokenizer.json, or vocab.txt (WordPiece), or vocab.json + merges.txt (byte-level BPE), or spiece.model (SentencePiece).'),
    );
  }
  const tokenizerClass = namedClass ?? FAMILY_CLASS[family];
  const specialTokens = readSpecialTokens(config, TOKENIZER_CLASSES[tokenizerClass]?.defaults);
  const extraIds =
    family === 'sentencepiece' && typeof config.extra_ids === 'number' ? config.extra_ids : 100;
  if (family === 'sentencepiece' && specialTokens.additionalSpecialTokens.length === 0) {
    // T5Tokenizer names its sentinels additional special tokens when its config does not.
    specialTokens.additionalSpecialTokens = Array.from({ length: extraIds }, (_, i) => `<extra_id_${i}>`);
  }
  const converted = convertSlowTokenizer(family, slow, {
    specialTokens,
    doLowerCase: config.do_lower_case !== false,
    tokenizeChineseChars: config.tokenize_chinese_chars !== false,
    stripAccents: typeof config.strip_accents === 'boolean' ? config.strip_accents : null,
    addPrefixSpace: config.add_prefix_space === true,
    extraIds: family === 'sentencepiece' ? extraIds : 0,
  });
  return {
    tokenizerJson: withAddedTokens(
      converted,
      config.added_tokens_decoder,
      await readJsonFile<Record<string, number>>(files, 'added_tokens.json'),
    ),
    config: { ...config, additional_special_tokens: specialTokens.additionalSpecialTokens },
    tokenizerClass,
  };
}
