import { Tokenizer } from '@huggingface/tokenizers';
import { DeltahubError } from '../errors.js';
import { tf } from '../runtime/tf.js';
import type { ChatMessage, ChatTemplateOptions, ChatTemplates } from './chat-template.js';
import { renderChatTemplate, selectChatTemplate } from './chat-template.js';
import { withExactBertNormalizer } from './bert-normalizer.js';
import { withExactByteLevelRegex } from './byte-level-regex.js';
import { cleanUpTokenization, decodeSentencePieceTokens } from './decode.js';
import { TOKENIZER_CLASSES } from './families.js';
import type { PaddedEncoding } from './padding.js';
import { padEncodings } from './padding.js';
import type { SpecialTokensTemplate, TemplatedIds } from './post-processor.js';
import {
  applyTemplate,
  bosEosTemplate,
  specialTokenCount,
  templateFromPostProcessor,
  WITHOUT_SPECIAL_TOKENS,
} from './post-processor.js';
import type { SpecialTokens } from './special-tokens.js';
import { allSpecialTokens, readSpecialTokens } from './special-tokens.js';
import type { SurfaceRules } from './offsets.js';
import { alignOffsets, normalizeCharacter, surfaceRules, tokenSurface } from './offsets.js';
import type { TokenizerState } from './save.js';
import { tokenizerFiles, writeTokenizerFiles } from './save.js';
import type { TruncationStrategy } from './truncation.js';
import { truncatePair } from './truncation.js';

type Json = Record<string, unknown>;

/** `padding`: `true`/`'longest'` pads to the longest input, `'max_length'` to `maxLength`. */
export type PaddingOption = boolean | 'longest' | 'max_length' | 'do_not_pad';

/** `truncation`: `true` means `'longest_first'`. */
export type TruncationOption = boolean | TruncationStrategy;

/** Options of a tokenizer call, named as in transformers.js. */
export interface TokenizerCallOptions {
  /** Second text of a pair (one per text for a batch). */
  textPair?: string | string[];
  /** Whether to add the model's special tokens ([CLS]/[SEP], <s>/</s>...). Default true. */
  addSpecialTokens?: boolean;
  padding?: PaddingOption;
  truncation?: TruncationOption;
  /** Length to truncate / pad to; defaults to the tokenizer's `modelMaxLength`. */
  maxLength?: number;
  /** Rounds padded lengths up to a multiple of this. */
  padToMultipleOf?: number;
  /** `'tf'`: int32 tensors of shape [batch, length] instead of arrays. */
  returnTensors?: 'tf' | false;
  /** Overrides whether `tokenTypeIds` is returned (default: whether the model uses them). */
  returnTokenTypeIds?: boolean;
  /**
   * With `truncation` and `maxLength`: instead of dropping what does not fit, split each text into
   * windows of `maxLength` ids (special tokens included), each repeating the last `stride` tokens
   * of the one before, as transformers' fast tokenizers do; the result is a batch with one row per
   * window and `overflowToSampleMapping` (the text each row comes from). Single texts only.
   */
  returnOverflowingTokens?: boolean;
  /** Tokens shared by consecutive windows of `returnOverflowingTokens` (default 0). */
  stride?: number;
}

/** The model inputs a tokenizer call returns. */
export interface BatchEncoding<T> {
  inputIds: T;
  attentionMask: T;
  /** Present for models with token types (BERT) or when `returnTokenTypeIds` is true. */
  tokenTypeIds?: T;
  /** With `returnOverflowingTokens`: for each row, the index of the text it was cut from. */
  overflowToSampleMapping?: number[];
}

/** Options of `encode`. */
export interface EncodeOptions {
  textPair?: string;
  /** Default true. */
  addSpecialTokens?: boolean;
}

/** One text's tokens with where they are in it, as `encodeWithOffsets` returns them. */
export interface EncodingWithOffsets {
  ids: number[];
  tokens: string[];
  /** `[start, end)` of each token in the text (UTF-16 indices); `[0, 0]` for added special tokens. */
  offsets: [number, number][];
  /** 1 for the special tokens the template added ([CLS], </s>...), 0 for the text's tokens. */
  specialTokensMask: number[];
}

/** Options of `decode` / `batchDecode`. */
export interface DecodeOptions {
  /** Leaves special tokens ([CLS], </s>, <pad>...) out of the text. */
  skipSpecialTokens?: boolean;
  /** Removes spaces before punctuation and contractions; default from `tokenizer_config.json`. */
  cleanUpTokenizationSpaces?: boolean;
}

/** What a tokenizer is built from: the parsed `tokenizer.json` and the merged configuration. */
export interface TokenizerDefinition {
  /** `tokenizer.json` content (or its conversion from slow files). */
  tokenizerJson: Json;
  /** `special_tokens_map.json` overlaid by `tokenizer_config.json` (and caller overrides). */
  config: Json;
  /** transformers class name without `Fast` (`BertTokenizer`...): gives the default special tokens. */
  tokenizerClass?: string;
}

function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

// A callable class: `tokenizer(text, options)` is `tokenizer.encodeInputs(text, options)`, as in
// transformers.js. The interface adds the call signatures to the class type.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface PreTrainedTokenizer {
  (
    input: string | string[],
    options: TokenizerCallOptions & { returnOverflowingTokens: true; returnTensors?: false },
  ): BatchEncoding<number[][]>;
  (text: string, options?: TokenizerCallOptions & { returnTensors?: false }): BatchEncoding<number[]>;
  (texts: string[], options?: TokenizerCallOptions & { returnTensors?: false }): BatchEncoding<number[][]>;
  (
    input: string | string[],
    options: TokenizerCallOptions & { returnTensors: 'tf' },
  ): BatchEncoding<tf.Tensor2D>;
}

/**
 * A Hugging Face tokenizer: text in, ids (or tensors) out, and back. The tokenization itself is
 * `@huggingface/tokenizers`; this class adds what transformers adds on top: special tokens per
 * sequence or pair, truncation and padding of batches, attention masks, token type ids, tensors,
 * decoding with the slow tokenizers' rules and chat templates. Build one with `AutoTokenizer`.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class PreTrainedTokenizer {
  /** transformers class name without `Fast`, when known. */
  declare readonly tokenizerClass: string | undefined;
  /** The named special tokens. Assign `padToken` to pad a model that has none (GPT-2: its eos). */
  declare readonly specialTokens: SpecialTokens;
  /** Length `truncation` / `padding: 'max_length'` use when no `maxLength` is given. */
  declare modelMaxLength: number;
  declare paddingSide: 'left' | 'right';
  declare truncationSide: 'left' | 'right';
  declare cleanUpTokenizationSpaces: boolean;
  /** Whether calls return `tokenTypeIds` by default. */
  declare returnsTokenTypeIds: boolean;
  declare readonly chatTemplates: ChatTemplates;
  declare private readonly inner: Tokenizer;
  declare private readonly template: SpecialTokensTemplate;
  declare private readonly specialIds: Set<number>;
  declare private readonly specialContents: Set<string>;
  declare private readonly sentencePieceDecoding: boolean;
  declare private readonly definition: TokenizerDefinition;
  declare private readonly surfaceRules: SurfaceRules;

  constructor(definition: TokenizerDefinition) {
    const { tokenizerJson, config } = definition;
    type Untyped = { encodeInputs(input: string | string[], options?: TokenizerCallOptions): unknown };
    const callable = ((input: string | string[], options?: TokenizerCallOptions) =>
      (callable as unknown as Untyped).encodeInputs(input, options)) as unknown as PreTrainedTokenizer;
    Object.setPrototypeOf(callable, new.target.prototype);
    const self = callable as unknown as {
      -readonly [K in keyof PreTrainedTokenizer]: PreTrainedTokenizer[K];
    } & Json;

    let inner: Tokenizer;
    try {
      inner = new Tokenizer(withExactBertNormalizer(withExactByteLevelRegex(tokenizerJson)), config);
    } catch (err) {
      throw new DeltahubError(
        'TOKENIZER_BAD_FILE',
        `tokenizer.json cannot be loaded: ${(err as Error).message}`,
        {
          cause: err,
        },
      );
    }
    const info = definition.tokenizerClass ? TOKENIZER_CLASSES[definition.tokenizerClass] : undefined;
    const specialTokens = readSpecialTokens(config, info?.defaults);
    self.inner = inner;
    self.definition = definition;
    self.surfaceRules = surfaceRules(tokenizerJson);
    self.tokenizerClass = definition.tokenizerClass;
    self.specialTokens = specialTokens;
    // transformers writes "no limit" as a huge number (int(1e30)).
    const declaredMax = config.model_max_length;
    self.modelMaxLength = isInteger(declaredMax)
      ? declaredMax < 1e15
        ? declaredMax
        : Infinity
      : (info?.modelMaxLength ?? Infinity);
    self.paddingSide = config.padding_side === 'left' ? 'left' : 'right';
    self.truncationSide = config.truncation_side === 'left' ? 'left' : 'right';
    self.cleanUpTokenizationSpaces = config.clean_up_tokenization_spaces !== false;
    self.chatTemplates = config.chat_template as ChatTemplates;

    let template = templateFromPostProcessor(tokenizerJson.post_processor as Json | null);
    if (
      definition.tokenizerClass === 'LlamaTokenizer' &&
      ('add_bos_token' in config || 'add_eos_token' in config)
    ) {
      const idOf = (token: string | undefined) =>
        token === undefined ? undefined : inner.token_to_id(token);
      template = bosEosTemplate(
        config.add_bos_token !== false ? idOf(specialTokens.bosToken) : undefined,
        config.add_eos_token === true ? idOf(specialTokens.eosToken) : undefined,
      );
    }
    self.template = template;
    const names = config.model_input_names;
    self.returnsTokenTypeIds = Array.isArray(names)
      ? names.includes('token_type_ids')
      : (info?.tokenTypeIds ?? template.pair.some((piece) => piece.typeId !== 0));

    const contents = new Set(allSpecialTokens(specialTokens));
    for (const added of (tokenizerJson.added_tokens ?? []) as { content: string; special?: boolean }[]) {
      if (added.special) contents.add(added.content);
    }
    self.specialContents = contents;
    self.specialIds = new Set([...contents].map((t) => inner.token_to_id(t)).filter(isInteger));
    const model = tokenizerJson.model as Json;
    const decoder = tokenizerJson.decoder as Json | null;
    self.sentencePieceDecoding = model.type === 'Unigram' && decoder?.type === 'Metaspace';
    return callable;
  }

  /** Id of the padding token, or undefined when the tokenizer has none. */
  get padTokenId(): number | undefined {
    return this.tokenToId(this.specialTokens.padToken);
  }

  /** Sets (or clears) the padding token, e.g. `tokenizer.padToken = tokenizer.specialTokens.eosToken`. */
  set padToken(token: string | undefined) {
    (this.specialTokens as { padToken?: string }).padToken = token;
  }

  get padToken(): string | undefined {
    return this.specialTokens.padToken;
  }

  /** WordPiece's continuing-subword prefix (`##`), when the model marks the pieces after a word's first. */
  get continuingSubwordPrefix(): string | undefined {
    return this.surfaceRules.continuingSubwordPrefix;
  }

  /** Number of ids, added tokens included (Python's `len(tokenizer)`). */
  get size(): number {
    return this.inner.get_vocab(true).size;
  }

  /** The id of a token, or undefined when it is not in the vocabulary. */
  tokenToId(token: string | undefined): number | undefined {
    return token === undefined ? undefined : this.inner.token_to_id(token);
  }

  /** The token of an id, or undefined when the id is out of the vocabulary. */
  idToToken(id: number): string | undefined {
    return this.inner.id_to_token(id);
  }

  /** The tokens of `text` without special tokens (transformers' `tokenize`). */
  tokenize(text: string): string[] {
    return this.inner.tokenize(text, { add_special_tokens: false });
  }

  /** The ids of `text` (and `textPair`), with the special tokens unless `addSpecialTokens` is false. */
  encode(text: string, options: EncodeOptions = {}): number[] {
    return this.encodeOne(
      text,
      options.textPair,
      options.addSpecialTokens ?? true,
      'do_not_truncate',
      Infinity,
    ).ids;
  }

  /**
   * The ids of `text` with each token's string and character span, and which ids are added special
   * tokens (transformers' `return_offsets_mapping` and `return_special_tokens_mask`, for what needs
   * to point back into the text: token classification). Truncated to `maxLength` when given.
   */
  encodeWithOffsets(
    text: string,
    options: { addSpecialTokens?: boolean; maxLength?: number } = {},
  ): EncodingWithOffsets {
    const template = (options.addSpecialTokens ?? true) ? this.template : WITHOUT_SPECIAL_TOKENS;
    let ids: number[] = this.inner.encode(text, { add_special_tokens: false }).ids;
    if (options.maxLength !== undefined) {
      [ids] = truncatePair(
        ids,
        undefined,
        ids.length + specialTokenCount(template, false) - options.maxLength,
        'longest_first',
        this.truncationSide,
      );
    }
    const tokens = ids.map((id) => this.inner.id_to_token(id) ?? '');
    const unknownId = this.tokenToId(this.specialTokens.unkToken);
    const normalizer = this.inner.normalizer;
    const spans = alignOffsets(
      text,
      ids.map((id, i) =>
        id === unknownId ? undefined : tokenSurface(tokens[i]!, this.surfaceRules, this.specialIds.has(id)),
      ),
      (character) => normalizeCharacter(character, normalizer, this.surfaceRules),
    );
    // The template applied to position markers (-1, -2...): negative ids are the text's tokens.
    const marked = applyTemplate(
      template,
      ids.map((_, i) => -1 - i),
    ).ids;
    return {
      ids: marked.map((m) => (m < 0 ? ids[-1 - m]! : m)),
      tokens: marked.map((m) => (m < 0 ? tokens[-1 - m]! : (this.inner.id_to_token(m) ?? ''))),
      offsets: marked.map((m) => (m < 0 ? spans[-1 - m]! : [0, 0])),
      specialTokensMask: marked.map((m) => (m < 0 ? 0 : 1)),
    };
  }

  /** Tokenizes one text or a batch into model inputs: the same as calling the tokenizer. */
  encodeInputs(
    input: string | string[],
    options: TokenizerCallOptions & { returnOverflowingTokens: true; returnTensors?: false },
  ): BatchEncoding<number[][]>;
  encodeInputs(
    text: string,
    options?: TokenizerCallOptions & { returnTensors?: false },
  ): BatchEncoding<number[]>;
  encodeInputs(
    texts: string[],
    options?: TokenizerCallOptions & { returnTensors?: false },
  ): BatchEncoding<number[][]>;
  encodeInputs(
    input: string | string[],
    options: TokenizerCallOptions & { returnTensors: 'tf' },
  ): BatchEncoding<tf.Tensor2D>;
  encodeInputs(
    input: string | string[],
    options: TokenizerCallOptions = {},
  ): BatchEncoding<number[]> | BatchEncoding<number[][]> | BatchEncoding<tf.Tensor2D> {
    const batched = Array.isArray(input);
    const texts = batched ? input : [input];
    const { textPair } = options;
    const pairs = textPair === undefined ? undefined : Array.isArray(textPair) ? textPair : [textPair];
    if (pairs && (pairs.length !== texts.length || Array.isArray(textPair) !== batched)) {
      throw new DeltahubError(
        'TOKENIZER_BAD_INPUT',
        `textPair must be one text per input text (${texts.length} texts, ${pairs.length} pairs)`,
      );
    }
    const strategy: TruncationStrategy =
      options.truncation === true ? 'longest_first' : options.truncation || 'do_not_truncate';
    const padding = options.padding === true ? 'longest' : options.padding || 'do_not_pad';
    const maxLength = options.maxLength ?? this.modelMaxLength;
    let encodings: TemplatedIds[];
    let sampleMapping: number[] | undefined;
    if (options.returnOverflowingTokens) {
      const windows = texts.map((text) =>
        this.encodeWindows(text, pairs !== undefined, strategy, maxLength, options),
      );
      encodings = windows.flat();
      sampleMapping = windows.flatMap((rows, i) => rows.map(() => i));
    } else {
      encodings = texts.map((text, i) =>
        this.encodeOne(text, pairs?.[i], options.addSpecialTokens ?? true, strategy, maxLength),
      );
    }
    const padded = this.pad(encodings, padding, maxLength, options.padToMultipleOf);
    const withTypes = options.returnTokenTypeIds ?? this.returnsTokenTypeIds;
    const columns = {
      inputIds: padded.map((e) => e.ids),
      attentionMask: padded.map((e) => e.attentionMask),
      ...(withTypes ? { tokenTypeIds: padded.map((e) => e.typeIds) } : {}),
    };
    if (options.returnTensors === 'tf') {
      const tensor = (rows: number[][]) => {
        const width = rows[0]?.length ?? 0;
        if (rows.some((row) => row.length !== width)) {
          throw new DeltahubError(
            'TOKENIZER_RAGGED_BATCH',
            'The encoded texts have different lengths: pass padding (true or "max_length") to get tensors.',
          );
        }
        return tf.tensor2d(rows.flat(), [rows.length, width], 'int32');
      };
      return {
        ...Object.fromEntries(Object.entries(columns).map(([key, rows]) => [key, tensor(rows)])),
        ...(sampleMapping ? { overflowToSampleMapping: sampleMapping } : {}),
      } as unknown as BatchEncoding<tf.Tensor2D>;
    }
    // Windows make a batch even of one text.
    if (sampleMapping) return { ...columns, overflowToSampleMapping: sampleMapping };
    if (batched) return columns;
    return Object.fromEntries(
      Object.entries(columns).map(([key, rows]) => [key, rows[0]]),
    ) as unknown as BatchEncoding<number[]>;
  }

  /** The text of `ids` (an array or a 1-D tensor). */
  decode(ids: number[] | tf.Tensor, options: DecodeOptions = {}): string {
    const list = Array.isArray(ids) ? ids : (ids.arraySync() as number[]);
    const kept = options.skipSpecialTokens ? list.filter((id) => !this.specialIds.has(id)) : list;
    let text = '';
    if (kept.length > 0 && this.sentencePieceDecoding) {
      text = decodeSentencePieceTokens(
        kept.map((id) => this.inner.id_to_token(id) ?? ''),
        (token) => this.specialContents.has(token),
        (pieces) => this.inner.decoder?.decode(pieces) ?? pieces.join(''),
      );
    } else if (kept.length > 0) {
      text = this.inner.decode(kept, { skip_special_tokens: false, clean_up_tokenization_spaces: false });
    }
    return (options.cleanUpTokenizationSpaces ?? this.cleanUpTokenizationSpaces)
      ? cleanUpTokenization(text)
      : text;
  }

  /** The texts of a batch of ids (arrays or a 2-D tensor). */
  batchDecode(batch: number[][] | tf.Tensor, options: DecodeOptions = {}): string[] {
    const rows = Array.isArray(batch) ? batch : (batch.arraySync() as number[][]);
    return rows.map((ids) => this.decode(ids, options));
  }

  /**
   * The files that rebuild this tokenizer with `AutoTokenizer.fromPretrained` (`tokenizer.json` and
   * `tokenizer_config.json`, with the current special tokens and settings), by file name: what
   * `saveFinetuned(dir, { tokenizer })` stores beside a delta.
   */
  toFiles(): Record<string, string> {
    return tokenizerFiles(this.stateForSaving());
  }

  /** Writes {@link PreTrainedTokenizer.toFiles} into `dir` (transformers' `save_pretrained`); returns the names. */
  savePretrained(dir: string): Promise<string[]> {
    return writeTokenizerFiles(this.stateForSaving(), dir);
  }

  /** Renders a conversation with the tokenizer's (or the given) chat template, as ids or as text. */
  applyChatTemplate(messages: ChatMessage[], options?: ChatTemplateOptions & { tokenize?: true }): number[];
  applyChatTemplate(messages: ChatMessage[], options: ChatTemplateOptions & { tokenize: false }): string;
  applyChatTemplate(
    messages: ChatMessage[],
    options: ChatTemplateOptions & { tokenize?: boolean } = {},
  ): number[] | string {
    const { bosToken, eosToken, unkToken, sepToken, padToken, clsToken, maskToken } = this.specialTokens;
    const text = renderChatTemplate(
      selectChatTemplate(this.chatTemplates, options.chatTemplate),
      messages,
      {
        bos_token: bosToken,
        eos_token: eosToken,
        unk_token: unkToken,
        sep_token: sepToken,
        pad_token: padToken,
        cls_token: clsToken,
        mask_token: maskToken,
      },
      options,
    );
    // The template writes the special tokens itself (transformers tokenizes without adding them).
    return options.tokenize === false ? text : this.encode(text, { addSpecialTokens: false });
  }

  private stateForSaving(): TokenizerState {
    return {
      tokenizerJson: this.definition.tokenizerJson,
      config: this.definition.config,
      tokenizerClass: this.tokenizerClass,
      specialTokens: this.specialTokens,
      modelMaxLength: this.modelMaxLength,
      paddingSide: this.paddingSide,
      truncationSide: this.truncationSide,
      cleanUpTokenizationSpaces: this.cleanUpTokenizationSpaces,
      returnsTokenTypeIds: this.returnsTokenTypeIds,
    };
  }

  /**
   * One text cut into windows of `maxLength` ids (specials included) overlapping by `stride`, as the
   * Rust tokenizers' `truncate` with overflow: window starts step by (room - stride), and the last
   * window is the first to reach the end.
   */
  private encodeWindows(
    text: string,
    paired: boolean,
    strategy: TruncationStrategy,
    maxLength: number,
    options: TokenizerCallOptions,
  ): TemplatedIds[] {
    const template = (options.addSpecialTokens ?? true) ? this.template : WITHOUT_SPECIAL_TOKENS;
    const room = maxLength - specialTokenCount(template, false);
    const stride = options.stride ?? 0;
    const problem = paired
      ? 'is not supported for text pairs yet'
      : strategy === 'do_not_truncate' || !Number.isFinite(maxLength)
        ? 'needs truncation and a maxLength'
        : this.truncationSide === 'left'
          ? "is not supported with truncationSide 'left' yet"
          : !(Number.isInteger(stride) && stride >= 0 && stride < room)
            ? `needs a stride from 0 to ${room - 1} (maxLength minus the ${maxLength - room} special tokens, minus one); got ${stride}`
            : undefined;
    if (problem) throw new DeltahubError('TOKENIZER_BAD_OPTION', `returnOverflowingTokens ${problem}.`);
    const ids = this.inner.encode(text, { add_special_tokens: false }).ids;
    const windows: TemplatedIds[] = [];
    for (let start = 0; ; start += room - stride) {
      windows.push(applyTemplate(template, ids.slice(start, start + room)));
      if (start + room >= ids.length) return windows;
    }
  }

  private encodeOne(
    text: string,
    pair: string | undefined,
    addSpecialTokens: boolean,
    strategy: TruncationStrategy,
    maxLength: number,
  ): TemplatedIds {
    const idsOf = (t: string) => this.inner.encode(t, { add_special_tokens: false }).ids;
    let a = idsOf(text);
    let b = pair === undefined ? undefined : idsOf(pair);
    const template = addSpecialTokens ? this.template : WITHOUT_SPECIAL_TOKENS;
    if (strategy !== 'do_not_truncate' && Number.isFinite(maxLength)) {
      const total = a.length + (b?.length ?? 0) + specialTokenCount(template, b !== undefined);
      [a, b] = truncatePair(a, b, total - maxLength, strategy, this.truncationSide);
    }
    return applyTemplate(template, a, b);
  }

  private pad(
    encodings: TemplatedIds[],
    padding: 'longest' | 'max_length' | 'do_not_pad',
    maxLength: number,
    multiple: number | undefined,
  ): PaddedEncoding[] {
    let length: number | undefined;
    if (padding === 'longest') length = encodings.reduce((longest, e) => Math.max(longest, e.ids.length), 0);
    if (padding === 'max_length') {
      if (!Number.isFinite(maxLength)) {
        throw new DeltahubError(
          'TOKENIZER_BAD_OPTION',
          'padding "max_length" needs maxLength (the tokenizer has no model_max_length)',
        );
      }
      length = maxLength;
    }
    if (length !== undefined && multiple) length = Math.ceil(length / multiple) * multiple;
    const padId = this.padTokenId;
    if (length !== undefined && padId === undefined && encodings.some((e) => e.ids.length < length)) {
      throw new DeltahubError(
        'TOKENIZER_NO_PAD_TOKEN',
        'This tokenizer has no padding token: set one (tokenizer.padToken = tokenizer.specialTokens.eosToken) or pass padding: false.',
      );
    }
    return padEncodings(encodings, length, padId ?? 0, this.paddingSide);
  }
}
