import { parseModelCard } from '@deltahub/core/checkpoint';
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const marked = new Marked({ gfm: true, async: false });

const LINK_REL = 'nofollow noopener noreferrer';
const SELF = 'http://hub.invalid';

/** Whether an image source leaves the hub, resolved as a browser would (whitespace, backslashes...). */
function isExternal(src: string): boolean {
  try {
    return new URL(src, `${SELF}/page`).origin !== SELF;
  } catch {
    return true;
  }
}

/**
 * What a model card may contain once rendered: prose, lists, code, tables, links and images over
 * http(s), which load without a referrer. Everything else (scripts, styles, iframes, forms,
 * event-handler attributes, `javascript:` and `data:` URLs) is removed, so a card pushed by anyone
 * is inert on the page.
 */
const PUBLIC_POLICY: sanitizeHtml.IOptions = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags.filter((t) => t !== 'h1'), 'img', 'del', 'input'],
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'title', 'width', 'height', 'referrerpolicy'],
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
    a: sanitizeHtml.simpleTransform('a', { rel: LINK_REL }),
    img: sanitizeHtml.simpleTransform('img', { referrerpolicy: 'no-referrer' }),
    // Task-list checkboxes only: any other input is dropped by the exclusiveFilter below.
    input: (tagName, attribs) => ({ tagName, attribs: { ...attribs, disabled: '' } }),
  },
  exclusiveFilter: (frame) => frame.tag === 'input' && frame.attribs['type'] !== 'checkbox',
};

/**
 * A private repo's card: an image on another site would tell that site who reads the card and
 * when (a tracking pixel), so external images become plain links; images on the hub stay.
 */
const PRIVATE_POLICY: sanitizeHtml.IOptions = {
  ...PUBLIC_POLICY,
  transformTags: {
    ...PUBLIC_POLICY.transformTags,
    img: (tagName, attribs): sanitizeHtml.Tag => {
      const src = attribs['src'] ?? '';
      if (!isExternal(src)) return { tagName, attribs: { ...attribs, referrerpolicy: 'no-referrer' } };
      return { tagName: 'a', attribs: { href: src, rel: LINK_REL }, text: attribs['alt'] || src };
    },
  },
};

/**
 * The body without the `## Usage` section deltahub writes into the cards it makes (tagged
 * `deltahub`): the page shows the same snippets under "Use this delta", with copy buttons and the
 * repo's current id. Other cards, and a card's other sections, are left as written.
 */
export function withoutGeneratedUsage(body: string, frontMatter: Record<string, unknown>): string {
  const tags = frontMatter['tags'];
  if (!Array.isArray(tags) || !tags.includes('deltahub')) return body;
  const lines = body.split('\n');
  const start = lines.findIndex((line) => line.trimEnd() === '## Usage');
  if (start < 0) return body;
  const next = lines.findIndex((line, i) => i > start && /^#{1,2} /.test(line));
  return [...lines.slice(0, start), ...(next < 0 ? [] : lines.slice(next))].join('\n');
}

/**
 * The Markdown body of a model card (front matter removed, and deltahub's own usage section: see
 * {@link withoutGeneratedUsage}), as sanitised HTML. External images are kept only for public
 * repos (`externalImages`), and load without a referrer.
 */
export function renderModelCard(card: string, options: { externalImages: boolean }): string {
  let body = card;
  try {
    const parsed = parseModelCard(card);
    body = withoutGeneratedUsage(parsed.body, parsed.frontMatter);
  } catch {
    // A card whose front matter does not parse is shown whole rather than not at all.
  }
  return sanitizeHtml(marked.parse(body) as string, options.externalImages ? PUBLIC_POLICY : PRIVATE_POLICY);
}
