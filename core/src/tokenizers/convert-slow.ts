import { DeltahubError } from '../errors.js';
import type { SlowFamily } from './families.js';
import type { SpecialTokens } from './special-tokens.js';
import { allSpecialTokens } from './special-tokens.js';

type Json = Record<string, unknown>;

/** The "slow" vocabulary files of a folder without `tokenizer.json`. */
export interface SlowFiles {
  /** WordPiece vocabulary, one token a line (BERT, DistilBERT). */
  vocabTxt?: string;
  /** Byte-level BPE vocabulary `{ token: id }` (GPT-2, RoBERTa, BART). */
  vocabJson?: Record<string, number>;
  /** Byte-level BPE merges, one `left right` pair a line after a `#version` header. */
  mergesTxt?: string;
}

/** Options of the slow tokenizer, from `tokenizer_config.json` or the class defaults. */
export interface SlowOptions {
  specialTokens: SpecialTokens;
  doLowerCase: boolean;
  tokenizeChineseChars: boolean;
  stripAccents: boolean | null;
  addPrefixSpace: boolean;
}

/** transformers' `load_vocab`: one token a line, the line number is the id. */
export function parseVocabTxt(text: string): Record<string, number> {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const vocab: Record<string, number> = {};
  lines.forEach((token, id) => {
    vocab[token] = id;
  });
  return vocab;
}

/** Reads `merges.txt`: a `#version` header, then one space-separated pair a line. */
export function parseMergesTxt(text: string): [string, string][] {
  const merges: [string, string][] = [];
  text.split('\n').forEach((line, index) => {
    if (line === '' || (index === 0 && line.startsWith('#version'))) return;
    const parts = line.split(' ');
    if (parts.length !== 2) {
      throw new DeltahubError(
        'TOKENIZER_BAD_FILE',
        `merges.txt line ${index + 1} is not a pair of tokens separated by one space: ${JSON.stringify(line)}`,
      );
    }
    merges.push([parts[0]!, parts[1]!]);
  });
  return merges;
}

function idOf(vocab: Record<string, number>, token: string, file: string): number {
  const id = vocab[token];
  if (id === undefined) {
    throw new DeltahubError('TOKENIZER_BAD_FILE', `special token '${token}' is not in ${file}`);
  }
  return id;
}

/** The special tokens as `tokenizer.json` added tokens (split out of text before tokenization). */
function addedTokens(
  vocab: Record<string, number>,
  tokens: SpecialTokens,
  file: string,
  lstrip?: string,
): Json[] {
  return allSpecialTokens(tokens).map((content) => ({
    id: idOf(vocab, content, file),
    content,
    single_word: false,
    lstrip: content === lstrip,
    rstrip: false,
    normalized: false,
    special: true,
  }));
}

function wordPiece(files: SlowFiles, options: SlowOptions): Json {
  const vocab = parseVocabTxt(files.vocabTxt!);
  const { clsToken, sepToken, unkToken } = options.specialTokens;
  if (!clsToken || !sepToken || !unkToken) {
    throw new DeltahubError('TOKENIZER_BAD_FILE', 'a WordPiece tokenizer needs cls, sep and unk tokens');
  }
  const cls = idOf(vocab, clsToken, 'vocab.txt');
  const sep = idOf(vocab, sepToken, 'vocab.txt');
  return {
    version: '1.0',
    added_tokens: addedTokens(vocab, options.specialTokens, 'vocab.txt'),
    normalizer: {
      type: 'BertNormalizer',
      clean_text: true,
      handle_chinese_chars: options.tokenizeChineseChars,
      strip_accents: options.stripAccents,
      lowercase: options.doLowerCase,
    },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [
        { SpecialToken: { id: clsToken, type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: sepToken, type_id: 0 } },
      ],
      pair: [
        { SpecialToken: { id: clsToken, type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: sepToken, type_id: 0 } },
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: sepToken, type_id: 1 } },
      ],
      special_tokens: {
        [clsToken]: { id: clsToken, ids: [cls], tokens: [clsToken] },
        [sepToken]: { id: sepToken, ids: [sep], tokens: [sepToken] },
      },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: unkToken,
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab,
    },
  };
}

function byteLevelBpe(files: SlowFiles, options: SlowOptions, family: 'gpt2' | 'roberta'): Json {
  const vocab = files.vocabJson!;
  const { clsToken, sepToken } = options.specialTokens;
  let postProcessor: Json;
  if (family === 'roberta') {
    if (!clsToken || !sepToken) {
      throw new DeltahubError('TOKENIZER_BAD_FILE', 'a RoBERTa-style tokenizer needs cls and sep tokens');
    }
    postProcessor = {
      type: 'RobertaProcessing',
      sep: [sepToken, idOf(vocab, sepToken, 'vocab.json')],
      cls: [clsToken, idOf(vocab, clsToken, 'vocab.json')],
      trim_offsets: true,
      add_prefix_space: options.addPrefixSpace,
    };
  } else {
    postProcessor = { type: 'ByteLevel', add_prefix_space: true, trim_offsets: false, use_regex: true };
  }
  return {
    version: '1.0',
    // RoBERTa's mask token swallows the space before it (AddedToken(mask_token, lstrip=True)).
    added_tokens: addedTokens(
      vocab,
      options.specialTokens,
      'vocab.json',
      family === 'roberta' ? options.specialTokens.maskToken : undefined,
    ),
    normalizer: null,
    pre_tokenizer: {
      type: 'ByteLevel',
      add_prefix_space: options.addPrefixSpace,
      trim_offsets: true,
      use_regex: true,
    },
    post_processor: postProcessor,
    decoder: { type: 'ByteLevel', add_prefix_space: true, trim_offsets: true, use_regex: true },
    model: {
      type: 'BPE',
      dropout: null,
      unk_token: null,
      continuing_subword_prefix: '',
      end_of_word_suffix: '',
      fuse_unk: false,
      byte_fallback: false,
      vocab,
      merges: parseMergesTxt(files.mergesTxt!),
    },
  };
}

/**
 * Builds the `tokenizer.json` content that transformers' `convert_slow_tokenizer` makes from a
 * folder's slow files: WordPiece from `vocab.txt` (BertConverter), byte-level BPE from `vocab.json`
 * + `merges.txt` (GPT2Converter, RobertaConverter for RoBERTa and BART).
 */
export function convertSlowTokenizer(family: SlowFamily, files: SlowFiles, options: SlowOptions): Json {
  return family === 'wordpiece' ? wordPiece(files, options) : byteLevelBpe(files, options, family);
}
