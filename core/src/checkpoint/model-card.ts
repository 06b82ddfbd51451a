import { parse as parseYaml } from 'yaml';
import { DeltahubError } from '../errors.js';

/** A model card split into its YAML front matter and its Markdown body. */
export interface ModelCard {
  /** The front matter as an object; `{}` when the card has none. */
  frontMatter: Record<string, unknown>;
  /** Everything after the front matter. */
  body: string;
}

/** Thrown by {@link parseModelCard} for front matter that is not a YAML mapping. Code `MODEL_CARD_INVALID`. */
export class ModelCardError extends DeltahubError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('MODEL_CARD_INVALID', message, options);
  }
}

// `---` on the first line, then everything up to the next line that is exactly `---`.
const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/**
 * Splits a model card (README.md) into YAML front matter and body. A card without a leading `---`
 * block has empty front matter. Throws {@link ModelCardError} when the block is not valid YAML
 * or not a mapping.
 */
export function parseModelCard(markdown: string): ModelCard {
  const match = FRONT_MATTER.exec(markdown);
  if (match === null) return { frontMatter: {}, body: markdown };
  let parsed: unknown;
  try {
    // Plain data only: no custom tags, and a cap on alias expansion ("billion laughs").
    parsed = parseYaml(match[1] ?? '', { maxAliasCount: 100, prettyErrors: true });
  } catch (err) {
    throw new ModelCardError(`model card front matter is not valid YAML: ${(err as Error).message}`, {
      cause: err,
    });
  }
  if (parsed === null || parsed === undefined) parsed = {};
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ModelCardError('model card front matter must be a YAML mapping (key: value lines)');
  }
  return { frontMatter: parsed as Record<string, unknown>, body: markdown.slice(match[0].length) };
}
