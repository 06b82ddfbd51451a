import { DeltahubError } from '../errors.js';
import type { SlowFamily } from './families.js';
import type { SentencePieceModel } from './sentencepiece-model.js';
import type { SpecialTokens } from './special-tokens.js';
import { allSpecialTokens } from './special-tokens.js';

type Json = Record<string, unknown>;

/** The "slow" vocabulary files of a folder without `tokenizer.json`. */
export interface SlowFiles {
  /** SentencePiece model (`spiece.model`: T5). */
  sentencePiece?: SentencePieceModel;
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
  /** T5's sentinel tokens `<extra_id_0>`... appended to the SentencePiece vocabulary. */
  extraIds: number;
}

/** transformers' `load_vocab`: one token a line, the line number is the id. */
function parseVocabTxt(text: string): Record<string, number> {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  // No prototype: a token may be spelled "__proto__".
  const vocab: Record<string, number> = Object.create(null) as Record<string, number>;
  lines.forEach((token, id) => {
    vocab[token] = id;
  });
  return vocab;
}

/** Reads `merges.txt`: a `#version` header, then one space-separated pair a line. */
function parseMergesTxt(text: string): [string, string][] {
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

/** Base64 of bytes, without Node's Buffer (core also runs in browsers). */
function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function sentencePieceUnigram(model: SentencePieceModel, options: SlowOptions): Json {
  if (model.modelType !== 1) {
    throw new DeltahubError(
      'TOKENIZER_UNSUPPORTED',
      'spiece.model is a BPE SentencePiece model (Llama style), whose conversion is not supported yet: add tokenizer.json',
    );
  }
  const { eosToken } = options.specialTokens;
  // T5Converter: the sentinels follow the pieces, <extra_id_99> first.
  const sentinels = Array.from(
    { length: options.extraIds },
    (_, i) => `<extra_id_${options.extraIds - 1 - i}>`,
  );
  const vocab: [string, number][] = [
    ...model.pieces.map((p): [string, number] => [p.piece, p.score]),
    ...sentinels.map((t): [string, number] => [t, 0]),
  ];
  const ids = new Map(vocab.map(([piece], id) => [piece, id]));
  // Control and unknown pieces (<pad>, </s>, <unk>), the sentinels and the named special tokens are
  // special: split out of the text and skipped by skipSpecialTokens.
  const special = new Set([
    ...model.pieces.filter((p) => p.type === 2 || p.type === 3).map((p) => p.piece),
    ...sentinels,
    ...allSpecialTokens(options.specialTokens),
  ]);
  const metaspace = {
    type: 'Metaspace',
    replacement: '▁',
    prepend_scheme: model.addDummyPrefix ? 'always' : 'never',
    split: true,
  };
  const eosId = eosToken === undefined ? undefined : ids.get(eosToken);
  const eos =
    eosToken !== undefined && eosId !== undefined ? [{ SpecialToken: { id: eosToken, type_id: 0 } }] : [];
  return {
    version: '1.0',
    added_tokens: [...special]
      .filter((content) => ids.has(content))
      .map((content) => ({
        id: ids.get(content),
        content,
        single_word: false,
        lstrip: false,
        rstrip: false,
        normalized: false,
        special: true,
      }))
      .sort((a, b) => a.id! - b.id!),
    normalizer: model.precompiledCharsmap.length
      ? { type: 'Precompiled', precompiled_charsmap: base64(model.precompiledCharsmap) }
      : null,
    pre_tokenizer: { type: 'Sequence', pretokenizers: [{ type: 'WhitespaceSplit' }, metaspace] },
    post_processor: {
      type: 'TemplateProcessing',
      single: [{ Sequence: { id: 'A', type_id: 0 } }, ...eos],
      pair: [{ Sequence: { id: 'A', type_id: 0 } }, ...eos, { Sequence: { id: 'B', type_id: 0 } }, ...eos],
      special_tokens:
        eosId === undefined ? {} : { [eosToken!]: { id: eosToken, ids: [eosId], tokens: [eosToken] } },
    },
    decoder: metaspace,
    model: {
      type: 'Unigram',
      unk_id: Math.max(
        0,
        model.pieces.findIndex((p) => p.type === 2),
      ),
      byte_fallback: model.byteFallback,
      vocab,
    },
  };
}

/**
 * Builds the `tokenizer.json` content that transformers' `convert_slow_tokenizer` makes from a
 * folder's slow files: WordPiece from `vocab.txt` (BertConverter), byte-level BPE from `vocab.json`
 * + `merges.txt` (GPT2Converter, RobertaConverter for RoBERTa and BART), Unigram from a
 * SentencePiece `spiece.model` (T5Converter).
 */
export function convertSlowTokenizer(family: SlowFamily, files: SlowFiles, options: SlowOptions): Json {
  if (family === 'wordpiece') return wordPiece(files, options);
  if (family === 'sentencepiece') return sentencePieceUnigram(files.sentencePiece!, options);
  return byteLevelBpe(files, options, family);
}

/**
 * Adds the tokens a slow folder declares beyond its vocabulary file: `tokenizer_config.json`'s
 * `added_tokens_decoder` (transformers >= 4.34) and the older `added_tokens.json` (`{ token: id }`,
 * not special). Tokens already present by id are kept as the conversion made them.
 */
export function withAddedTokens(
  tokenizerJson: Json,
  addedTokensDecoder: unknown,
  addedTokensJson: Record<string, number> | undefined,
): Json {
  const added = [...(tokenizerJson.added_tokens as Json[])];
  const taken = new Set(added.map((token) => token.id));
  const add = (id: number, token: Json) => {
    if (!Number.isInteger(id) || taken.has(id) || typeof token.content !== 'string') return;
    taken.add(id);
    added.push({
      id,
      content: token.content,
      single_word: token.single_word === true,
      lstrip: token.lstrip === true,
      rstrip: token.rstrip === true,
      normalized: token.normalized === true,
      special: token.special === true,
    });
  };
  if (addedTokensDecoder && typeof addedTokensDecoder === 'object') {
    for (const [id, token] of Object.entries(addedTokensDecoder as Record<string, Json>))
      add(Number(id), token);
  }
  for (const [content, id] of Object.entries(addedTokensJson ?? {})) add(id, { content, normalized: true });
  return { ...tokenizerJson, added_tokens: added.sort((a, b) => (a.id as number) - (b.id as number)) };
}
