import { Template } from '@huggingface/jinja';
import { DeltahubError } from '../errors.js';

/** One chat message. Templates may read more fields (tool calls...), so any are allowed. */
export interface ChatMessage {
  role: string;
  content: string;
  [field: string]: unknown;
}

/** Options of `applyChatTemplate`. */
export interface ChatTemplateOptions {
  /** A template (Jinja source) or the name of one of the tokenizer's named templates. */
  chatTemplate?: string;
  /** Ends the prompt with the start of an assistant turn (`add_generation_prompt`). */
  addGenerationPrompt?: boolean;
  /** Tool definitions, for templates that render them (`tools`). */
  tools?: unknown[];
  /** Documents, for retrieval-augmented templates (`documents`). */
  documents?: unknown[];
  /** More variables for the template. */
  templateVariables?: Record<string, unknown>;
}

/** `tokenizer_config.json`'s `chat_template`: one template, or a list of named ones. */
export type ChatTemplates = string | { name: string; template: string }[] | undefined;

/**
 * Picks the template to render: `requested` when it is a name of `templates` or a template itself,
 * else the tokenizer's only template or the one named `default` (transformers' rules).
 */
export function selectChatTemplate(templates: ChatTemplates, requested?: string): string {
  const named = Array.isArray(templates) ? new Map(templates.map((t) => [t.name, t.template])) : undefined;
  if (requested !== undefined) return named?.get(requested) ?? requested;
  if (typeof templates === 'string') return templates;
  const fallback = named?.get('default');
  if (fallback !== undefined) return fallback;
  throw new DeltahubError(
    'TOKENIZER_NO_CHAT_TEMPLATE',
    named
      ? `This tokenizer has several chat templates (${[...named.keys()].join(', ')}) and none named 'default': pass chatTemplate.`
      : 'This tokenizer has no chat template (tokenizer_config.json chat_template or chat_template.jinja): pass chatTemplate.',
  );
}

/**
 * Renders `messages` with a Jinja chat template (with `@huggingface/jinja`, the Hugging Face
 * implementation transformers.js uses). The special tokens are template variables, as in transformers.
 */
export function renderChatTemplate(
  template: string,
  messages: ChatMessage[],
  specialTokens: Record<string, string | undefined>,
  options: ChatTemplateOptions,
): string {
  let compiled: Template;
  try {
    compiled = new Template(template);
  } catch (err) {
    throw new DeltahubError(
      'TOKENIZER_BAD_CHAT_TEMPLATE',
      `The chat template does not parse: ${(err as Error).message}`,
      {
        cause: err,
      },
    );
  }
  try {
    return compiled.render({
      ...specialTokens,
      ...options.templateVariables,
      messages,
      add_generation_prompt: options.addGenerationPrompt ?? false,
      ...(options.tools ? { tools: options.tools } : {}),
      ...(options.documents ? { documents: options.documents } : {}),
    });
  } catch (err) {
    // Templates reject conversations they cannot render with raise_exception('...').
    throw new DeltahubError(
      'TOKENIZER_CHAT_TEMPLATE_FAILED',
      `The chat template failed: ${(err as Error).message}`,
      {
        cause: err,
      },
    );
  }
}
