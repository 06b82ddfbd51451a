import { parseModelCard } from '@deltahub/core/checkpoint';
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const marked = new Marked({ gfm: true, async: false });

/**
 * What a model card may contain once rendered: prose, lists, code, tables, links and images over
 * http(s). Everything else (scripts, styles, iframes, forms, event-handler attributes,
 * `javascript:` and `data:` URLs) is removed, so a card pushed by anyone is inert on the page.
 */
const POLICY: sanitizeHtml.IOptions = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags.filter((t) => t !== 'h1'), 'img', 'del', 'input'],
  allowedAttributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    code: ['class'],
    th: ['align'],
    td: ['align'],
    input: ['type', 'checked', 'disabled'],
  },
  allowedClasses: { code: [/^language-[\w-]+$/] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    // The page has its own h1 (the delta's name): a card's headings start one level lower.
    h1: 'h2',
    a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener noreferrer' }),
    // Task-list checkboxes only: any other input is dropped by the exclusiveFilter below.
    input: (tagName, attribs) => ({ tagName, attribs: { ...attribs, disabled: '' } }),
  },
  exclusiveFilter: (frame) => frame.tag === 'input' && frame.attribs['type'] !== 'checkbox',
};

/** The Markdown body of a model card (front matter removed), as sanitised HTML. */
export function renderModelCard(card: string): string {
  let body = card;
  try {
    body = parseModelCard(card).body;
  } catch {
    // A card whose front matter does not parse is shown whole rather than not at all.
  }
  return sanitizeHtml(marked.parse(body) as string, POLICY);
}
