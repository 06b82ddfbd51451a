import { DeltahubError } from '../errors.js';

/** One piece of a special-token template: a sequence (A or B) or fixed special-token ids. */
type TemplatePiece = { sequence: 'A' | 'B'; typeId: number } | { ids: number[]; typeId: number };

/**
 * Where the special tokens go for one sequence and for a pair. Built from `tokenizer.json`'s
 * `post_processor` and applied by us (not by @huggingface/tokenizers) because truncation must act
 * on the sequences before the special tokens are added, and because that library drops the second
 * sequence of a pair for post-processors without a pair template (GPT-2's ByteLevel).
 */
export interface SpecialTokensTemplate {
  single: TemplatePiece[];
  pair: TemplatePiece[];
}

/** The ids and token type ids of one encoded input, special tokens included. */
export interface TemplatedIds {
  ids: number[];
  typeIds: number[];
}

/**
 * Without `addSpecialTokens`: transformers' `prepare_for_model` then gives every token type id 0.
 */
export const WITHOUT_SPECIAL_TOKENS: SpecialTokensTemplate = {
  single: [{ sequence: 'A', typeId: 0 }],
  pair: [
    { sequence: 'A', typeId: 0 },
    { sequence: 'B', typeId: 0 },
  ],
};

/**
 * Post-processors that add no token (GPT-2): the pair's second sequence gets type id 1, as
 * transformers' default `create_token_type_ids_from_sequences` does.
 */
export const PLAIN_TEMPLATE: SpecialTokensTemplate = {
  single: [{ sequence: 'A', typeId: 0 }],
  pair: [
    { sequence: 'A', typeId: 0 },
    { sequence: 'B', typeId: 1 },
  ],
};

type Json = Record<string, unknown>;

function parseTemplate(pieces: unknown, specials: Json, where: string): TemplatePiece[] {
  if (!Array.isArray(pieces)) throw badProcessor(`${where} is not a list`);
  return pieces.map((piece: Json) => {
    if (piece.Sequence) {
      const { id, type_id } = piece.Sequence as { id: 'A' | 'B'; type_id: number };
      return { sequence: id, typeId: type_id };
    }
    if (piece.SpecialToken) {
      const { id, type_id } = piece.SpecialToken as { id: string; type_id: number };
      const special = specials[id] as { ids?: number[] } | undefined;
      if (!special?.ids)
        throw badProcessor(`${where} uses special token '${id}' that special_tokens does not define`);
      return { ids: special.ids, typeId: type_id };
    }
    throw badProcessor(`${where} has an unknown piece ${JSON.stringify(piece)}`);
  });
}

function badProcessor(detail: string): DeltahubError {
  return new DeltahubError('TOKENIZER_BAD_FILE', `tokenizer.json post_processor: ${detail}`);
}

/** Reads the special-token template of a `tokenizer.json` `post_processor` (null: no special tokens). */
export function templateFromPostProcessor(config: Json | null | undefined): SpecialTokensTemplate {
  if (!config) return PLAIN_TEMPLATE;
  switch (config.type) {
    case 'TemplateProcessing': {
      const specials = (config.special_tokens ?? {}) as Json;
      return {
        single: parseTemplate(config.single, specials, 'TemplateProcessing.single'),
        pair: parseTemplate(config.pair, specials, 'TemplateProcessing.pair'),
      };
    }
    case 'BertProcessing':
      return clsSepTemplate(config, { pairSeparator: 1, secondTypeId: 1 });
    case 'RobertaProcessing':
      // RoBERTa has a single token type and puts two separators between the texts of a pair.
      return clsSepTemplate(config, { pairSeparator: 2, secondTypeId: 0 });
    case 'ByteLevel':
      // Only adjusts offsets: adds no token.
      return PLAIN_TEMPLATE;
    case 'Sequence': {
      // In practice one member adds tokens and the others (ByteLevel) only adjust offsets.
      const adding = ((config.processors ?? []) as Json[])
        .map(templateFromPostProcessor)
        .filter((t) => t !== PLAIN_TEMPLATE);
      return adding.at(-1) ?? PLAIN_TEMPLATE;
    }
    default:
      throw badProcessor(`unsupported type '${String(config.type)}'`);
  }
}

/**
 * The Llama tokenizers' template from `add_bos_token` / `add_eos_token`, as transformers'
 * LlamaTokenizerFast rebuilds it (`update_post_processor`): these flags override tokenizer.json.
 */
export function bosEosTemplate(bos: number | undefined, eos: number | undefined): SpecialTokensTemplate {
  const around = (sequence: 'A' | 'B', typeId: number): TemplatePiece[] => [
    ...(bos === undefined ? [] : [{ ids: [bos], typeId }]),
    { sequence, typeId },
    ...(eos === undefined ? [] : [{ ids: [eos], typeId }]),
  ];
  return { single: around('A', 0), pair: [...around('A', 0), ...around('B', 1)] };
}

/** Adds the special tokens of `template` around `a` (and `b`, for a pair). */
export function applyTemplate(template: SpecialTokensTemplate, a: number[], b?: number[]): TemplatedIds {
  const ids: number[] = [];
  const typeIds: number[] = [];
  for (const piece of b === undefined ? template.single : template.pair) {
    const part = 'ids' in piece ? piece.ids : piece.sequence === 'A' ? a : (b ?? []);
    ids.push(...part);
    for (let i = 0; i < part.length; i++) typeIds.push(piece.typeId);
  }
  return { ids, typeIds };
}

/** How many special tokens the template adds to one sequence or a pair. */
export function specialTokenCount(template: SpecialTokensTemplate, pair: boolean): number {
  return applyTemplate(template, [], pair ? [] : undefined).ids.length;
}

/**
 * `[CLS] A [SEP]` and `[CLS] A [SEP]×n B [SEP]`, the templates of `BertProcessing` and
 * `RobertaProcessing`, which differ only in the separators between a pair's texts and the type id
 * of its second text.
 */
function clsSepTemplate(
  config: Json,
  layout: { pairSeparator: number; secondTypeId: number },
): SpecialTokensTemplate {
  const [, cls] = config.cls as [string, number];
  const [, sep] = config.sep as [string, number];
  const first = [
    { ids: [cls], typeId: 0 },
    { sequence: 'A' as const, typeId: 0 },
  ];
  return {
    single: [...first, { ids: [sep], typeId: 0 }],
    pair: [
      ...first,
      { ids: Array<number>(layout.pairSeparator).fill(sep), typeId: 0 },
      { sequence: 'B' as const, typeId: layout.secondTypeId },
      { ids: [sep], typeId: layout.secondTypeId },
    ],
  };
}
