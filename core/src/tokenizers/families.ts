import type { SpecialTokens } from './special-tokens.js';

/** How a model family's slow vocabulary files become a tokenizer. */
export type SlowFamily = 'wordpiece' | 'gpt2' | 'roberta' | 'sentencepiece';

/** What deltahub knows about one transformers tokenizer class. */
export interface TokenizerClassInfo {
  /** Whether the class returns `token_type_ids` (its `model_input_names`). */
  tokenTypeIds: boolean;
  /** The slow files this class can be built from, when any. */
  slowFamily?: SlowFamily;
  /** Special tokens of the class when its configuration names none. */
  defaults?: Partial<SpecialTokens>;
  /**
   * `model_max_length` when `tokenizer_config.json` has none: what transformers' slow classes
   * declare for all their hub checkpoints (`max_model_input_sizes`), the same for every size.
   */
  modelMaxLength?: number;
}

const BERT_TOKENS: Partial<SpecialTokens> = {
  unkToken: '[UNK]',
  sepToken: '[SEP]',
  padToken: '[PAD]',
  clsToken: '[CLS]',
  maskToken: '[MASK]',
};
const ROBERTA_TOKENS: Partial<SpecialTokens> = {
  bosToken: '<s>',
  eosToken: '</s>',
  unkToken: '<unk>',
  sepToken: '</s>',
  padToken: '<pad>',
  clsToken: '<s>',
  maskToken: '<mask>',
};
const GPT2_TOKENS: Partial<SpecialTokens> = {
  bosToken: '<|endoftext|>',
  eosToken: '<|endoftext|>',
  unkToken: '<|endoftext|>',
};

/** The tokenizer classes of the six architectures and Llama, by transformers class name (without `Fast`). */
export const TOKENIZER_CLASSES: Record<string, TokenizerClassInfo> = {
  BertTokenizer: { tokenTypeIds: true, slowFamily: 'wordpiece', defaults: BERT_TOKENS, modelMaxLength: 512 },
  DistilBertTokenizer: {
    tokenTypeIds: false,
    slowFamily: 'wordpiece',
    defaults: BERT_TOKENS,
    modelMaxLength: 512,
  },
  RobertaTokenizer: {
    tokenTypeIds: false,
    slowFamily: 'roberta',
    defaults: ROBERTA_TOKENS,
    modelMaxLength: 512,
  },
  BartTokenizer: {
    tokenTypeIds: false,
    slowFamily: 'roberta',
    defaults: ROBERTA_TOKENS,
    modelMaxLength: 1024,
  },
  GPT2Tokenizer: { tokenTypeIds: false, slowFamily: 'gpt2', defaults: GPT2_TOKENS, modelMaxLength: 1024 },
  T5Tokenizer: {
    tokenTypeIds: false,
    slowFamily: 'sentencepiece',
    defaults: { eosToken: '</s>', unkToken: '<unk>', padToken: '<pad>' },
    modelMaxLength: 512,
  },
  LlamaTokenizer: { tokenTypeIds: false },
};

/** The tokenizer class transformers' AutoTokenizer picks for a `config.json` `model_type`. */
const CLASS_BY_MODEL_TYPE: Record<string, string> = {
  bert: 'BertTokenizer',
  distilbert: 'DistilBertTokenizer',
  roberta: 'RobertaTokenizer',
  bart: 'BartTokenizer',
  gpt2: 'GPT2Tokenizer',
  t5: 'T5Tokenizer',
  llama: 'LlamaTokenizer',
};

/**
 * The tokenizer class name (without `Fast`) from `tokenizer_config.json`'s `tokenizer_class`, else
 * from `config.json`'s `model_type`; undefined when neither names a known class.
 */
export function tokenizerClassName(
  tokenizerConfig: Record<string, unknown>,
  modelConfig: Record<string, unknown> | undefined,
): string | undefined {
  const declared = tokenizerConfig.tokenizer_class;
  if (typeof declared === 'string') return declared.replace(/Fast$/, '');
  const modelType = modelConfig?.model_type;
  return typeof modelType === 'string' ? CLASS_BY_MODEL_TYPE[modelType] : undefined;
}
