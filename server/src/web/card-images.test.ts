import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, hubVariants } from '@deltahub/testing';
import { startTestHub, type TestHub } from '../test-support/hub.js';
import { renderModelCard } from './markdown.js';
import { seedDelta, WebClient } from './test-support/web.js';

const CARD = [
  '# Card with images',
  '![pixel](https://tracker.example/p.png?user=1)',
  '![logo](/assets/logo.png)',
  '<img src=" https://tracker.example/spaced.gif"> <img src="HTTP://TRACKER.EXAMPLE/upper.gif">',
  '<img src="\\\\tracker.example/backslash.gif">',
].join('\n\n');

/** The `src` of every `<img>` in some HTML. */
const imageSources = (html: string): string[] =>
  [...html.matchAll(/<img\b[^>]*\bsrc="([^"]*)"/g)].map((m) => m[1] ?? '');

describe('model card images', () => {
  it('turns external images of a private card into links, keeping the hub’s own', () => {
    const html = renderModelCard(CARD, { externalImages: false });
    expect(imageSources(html)).toEqual(['/assets/logo.png']);
    expect(html).toContain(
      '<a href="https://tracker.example/p.png?user=1" rel="nofollow noopener noreferrer">pixel</a>',
    );
    expect(html).not.toMatch(/<img\b[^>]*tracker/i);
  });

  it('keeps a public card’s external images, loaded without a referrer', () => {
    const html = renderModelCard(CARD, { externalImages: true });
    expect(imageSources(html)).toContain('https://tracker.example/p.png?user=1');
    const images = html.match(/<img\b[^>]*>/g) ?? [];
    expect(images.length).toBeGreaterThan(0);
    for (const img of images) expect(img).toContain('referrerpolicy="no-referrer"');
  });
});

describe.each(await hubVariants())('model card images on pages on $db + $storage', (variant) => {
  let hub: TestHub;
  let token: string;

  beforeAll(async () => {
    hub = await startTestHub(variant);
    token = await hub.user('pia');
    const pia = new ApiClient(hub.url, token);
    await seedDelta(pia, 'pia/open-card', { card: CARD });
    await seedDelta(pia, 'pia/closed-card', { card: CARD, private: true, seed: 2 });
  });
  afterAll(async () => hub?.stop());

  it('loads no external image on a private delta’s page, and none with a referrer on a public one', async () => {
    const web = new WebClient(hub.url);
    expect((await web.login(token)).status).toBe(303);
    const closed = await web.get('/pia/closed-card');
    expect(closed.status).toBe(200);
    expect(closed.html).toContain('Card with images');
    expect(closed.html).not.toMatch(/<img\b[^>]*tracker/i);
    expect(closed.html).toContain('href="https://tracker.example/p.png?user=1"');
    // And the browser would not load one anyway.
    expect(closed.headers.get('content-security-policy')).toContain("img-src 'self' data:;");
    expect((await web.get('/pia/open-card')).headers.get('content-security-policy')).toContain(
      "img-src 'self' https: data:;",
    );

    const open = await web.get('/pia/open-card');
    const tracked = (open.html.match(/<img\b[^>]*>/g) ?? []).filter((img) => img.includes('tracker.example'));
    expect(tracked.length).toBeGreaterThan(0);
    for (const img of tracked) expect(img).toContain('referrerpolicy="no-referrer"');
  });
});
