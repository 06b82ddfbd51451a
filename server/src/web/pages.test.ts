import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, hubVariants } from '@deltahub/testing';
import { startTestHub, type TestHub } from '../test-support/hub.js';
import { seedDelta, WebClient } from './test-support/web.js';

const XSS_CARD = [
  '---',
  'license: mit',
  'tags: ["<img src=x onerror=alert(2)>", sst2]',
  '---',
  '# Evil card',
  '<script>alert(1)</script>',
  '<img src="https://example.com/a.png" onerror="alert(3)">',
  '<a href="javascript:alert(4)">click</a> [md link](javascript:alert(5))',
  '<iframe src="https://example.com"></iframe>',
  '<svg onload="alert(6)"></svg>',
  '',
].join('\n');

/** A real HTML tag carrying an event handler or a script, as opposed to escaped text. */
const LIVE_PAYLOAD = /<script[\s>]|<[a-z][^>]*\son[a-z]+\s*=|<iframe|href="javascript:/i;
/** A page without the one script every page loads (the hub's own copy button). */
const withoutOwnScript = (html: string): string =>
  html.replace('<script src="/assets/copy.js" defer=""></script>', '');

describe.each(await hubVariants())('web pages over HTTP on $db + $storage', (variant) => {
  let hub: TestHub;
  let alice: ApiClient;
  let aliceToken: string;

  beforeAll(async () => {
    hub = await startTestHub(variant);
    aliceToken = await hub.user('alice');
    alice = new ApiClient(hub.url, aliceToken);
    await seedDelta(alice, 'alice/bert-lora-sst2', {
      card: '---\nlicense: apache-2.0\n---\n# BERT LoRA\nTrained on **SST-2**.\n',
      config: { task: 'text-classification', dataset: 'glue/sst2' },
    });
    await seedDelta(alice, 'alice/evil-card', {
      card: XSS_CARD,
      seed: 2,
      config: { task: '<script>alert(7)</script>' },
    });
    await seedDelta(alice, 'alice/secret-delta', { private: true, seed: 3 });
  });
  afterAll(async () => hub?.stop());

  it('renders home, search and the delta page with a strict CSP and no inline script', async () => {
    const web = new WebClient(hub.url);
    const home = await web.get('/');
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toMatch(/^text\/html/);
    expect(home.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(home.html).toContain('alice/bert-lora-sst2');
    expect(home.html).not.toMatch(/<script>(?!<\/script>)/);

    const search = await web.get('/search?q=sst2&deltaType=lora&sort=updated');
    expect(search.status).toBe(200);
    expect(search.html).toContain('href="/alice/bert-lora-sst2"');

    const page = await web.get('/alice/bert-lora-sst2');
    expect(page.status).toBe(200);
    expect(page.html).toContain('<strong>SST-2</strong>');
    expect(page.html).toContain('encoder.layer.0.attention.self.query.lora_A.weight');
    expect(page.html).toContain('[2, 4]');
    expect(page.html).toContain('glue/sst2');
    expect(page.html).toContain('AutoDeltaModel.fromFinetuned(&quot;alice/bert-lora-sst2&quot;');
    expect(page.html).toMatch(/href="\/alice\/bert-lora-sst2\/resolve\/[0-9a-f]{64}\/delta.safetensors"/);
  });

  it('renders script and event-handler payloads in cards, tags and metadata inert', async () => {
    const page = await new WebClient(hub.url).get('/alice/evil-card');
    expect(page.status).toBe(200);
    expect(page.html).toContain('Evil card');
    expect(withoutOwnScript(page.html)).not.toMatch(LIVE_PAYLOAD);
    // The payloads that are shown are shown as text.
    expect(page.html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(page.html).toContain('&lt;script&gt;alert(7)&lt;/script&gt;');
    const search = await new WebClient(hub.url).get('/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(search.status).toBe(200);
    expect(withoutOwnScript(search.html)).not.toMatch(LIVE_PAYLOAD);
    expect(search.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('answers HTML 404 pages to browsers and JSON errors to the API', async () => {
    const web = new WebClient(hub.url);
    for (const path of ['/nobody', '/alice/missing', '/alice/bert-lora-sst2/nothing/here', '/bad..name']) {
      const res = await web.get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type'), path).toMatch(/^text\/html/);
      expect(res.html, path).toContain('Page not found');
    }
    const api = await fetch(`${hub.url}/api/nothing`);
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toMatch(/^application\/json/);
    const resolve = await fetch(`${hub.url}/alice/bert-lora-sst2/resolve/main/nope.bin`);
    expect(resolve.status).toBe(404);
    expect(((await resolve.json()) as { error: { code: string } }).error.code).toBe('entry_not_found');
  });

  it('keeps a private delta a 404 and out of search until its owner logs in', async () => {
    const anon = new WebClient(hub.url);
    expect((await anon.get('/alice/secret-delta')).status).toBe(404);
    expect((await anon.get('/search?q=secret')).html).not.toContain('secret-delta');
    expect((await anon.get('/alice')).html).not.toContain('secret-delta');

    const web = new WebClient(hub.url);
    expect((await web.login(aliceToken)).status).toBe(303);
    const page = await web.get('/alice/secret-delta');
    expect(page.status).toBe(200);
    expect(page.html).toContain('private');
    expect((await web.get('/search?q=secret')).html).toContain('href="/alice/secret-delta"');
    const link = /href="(\/-\/download\/alice\/secret-delta\/[0-9a-f]{64}\/delta_config.json)"/.exec(
      page.html,
    )?.[1];
    expect(link).toBeDefined();
    const file = await web.get(link!);
    expect(file.status).toBe(200);
    expect(JSON.parse(file.html).deltaType).toBe('lora');
    expect((await anon.get(link!)).status).toBe(404);
  });

  it('sets HttpOnly SameSite cookies, Secure when published over https', async () => {
    const web = new WebClient(hub.url);
    const res = await web.login(aliceToken);
    const session = res.headers.getSetCookie().find((c) => c.startsWith('dh_session='));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(session).not.toMatch(/Secure/i);
    const form = (await new WebClient(hub.url).get('/login')).headers
      .getSetCookie()
      .find((c) => c.startsWith('dh_csrf='));
    expect(form).toMatch(/HttpOnly/i);
    expect(form).toMatch(/SameSite=Strict/i);

    const https = await startTestHub(
      { db: 'sqlite', storage: 'fs' },
      { DELTAHUB_PUBLIC_URL: 'https://hub.example' },
    );
    try {
      const token = await https.user('bob');
      // hub.url is the published https URL; the test talks to the loopback port behind it.
      const web2 = new WebClient(`http://127.0.0.1:${https.port}`);
      const login = await web2.login(token);
      // The Origin must be the published one: the hub compares against DELTAHUB_PUBLIC_URL.
      expect(login.status).toBe(403);
      const ok = await web2.post(
        '/login',
        { _csrf: await web2.csrf(), token, next: '/' },
        { origin: 'https://hub.example' },
      );
      expect(ok.status).toBe(303);
      expect(ok.headers.getSetCookie().find((c) => c.startsWith('dh_session='))).toMatch(/;\s*Secure/i);
    } finally {
      await https.stop();
    }
  });

  it('rejects form posts without the CSRF token or from another origin', async () => {
    const web = new WebClient(hub.url);
    const csrf = await web.csrf();
    const noToken = await web.post('/login', { token: aliceToken });
    expect(noToken.status).toBe(403);
    expect(noToken.headers.get('x-error-code')).toBe('csrf_failed');
    expect((await web.post('/login', { _csrf: 'x'.repeat(csrf.length), token: aliceToken })).status).toBe(
      403,
    );
    const crossOrigin = await web.post(
      '/login',
      { _csrf: csrf, token: aliceToken },
      { origin: 'https://evil.example' },
    );
    expect(crossOrigin.status).toBe(403);
    const crossSite = await web.post(
      '/login',
      { _csrf: csrf, token: aliceToken },
      { 'sec-fetch-site': 'cross-site' },
    );
    expect(crossSite.status).toBe(403);
    expect(web.cookies.has('dh_session')).toBe(false);

    expect((await web.login(aliceToken)).status).toBe(303);
    const logoutForged = await web.post('/logout', {}, { origin: 'https://evil.example' });
    expect(logoutForged.status).toBe(403);
    expect((await web.get('/settings/tokens')).status).toBe(200);
  });

  it('redirects after login only to a local path', async () => {
    const web = new WebClient(hub.url);
    const csrf = await web.csrf();
    const local = await web.post('/login', { _csrf: csrf, token: aliceToken, next: '/alice/secret-delta' });
    expect(local.headers.get('location')).toBe('/alice/secret-delta');
    for (const next of ['//evil.example/x', '/\\evil.example', 'https://evil.example/']) {
      const res = await web.post('/login', { _csrf: csrf, token: aliceToken, next });
      expect(res.status, next).toBe(303);
      expect(res.headers.get('location'), next).toBe('/');
    }
  });

  it('refuses a bad token with the login form again', async () => {
    const web = new WebClient(hub.url);
    const res = await web.login('dh_' + 'A'.repeat(43));
    expect(res.status).toBe(401);
    expect(res.html).toContain('This token was refused');
    expect(web.cookies.has('dh_session')).toBe(false);
  });

  it('manages tokens: create shows the secret once, revoking the session token logs out', async () => {
    const web = new WebClient(hub.url);
    expect((await web.get('/settings/tokens')).status).toBe(303);
    const token = await hub.user('carol');
    expect((await web.login(token)).status).toBe(303);
    const created = await web.post('/settings/tokens', {
      _csrf: await web.csrf(),
      name: 'laptop',
      scope: 'read',
    });
    expect(created.status).toBe(201);
    const secret = /id="new-token">([A-Za-z0-9_-]{20,})</.exec(created.html)?.[1];
    expect(secret, created.html).toBeDefined();
    expect((await new ApiClient(hub.url, secret).json('GET', '/api/whoami')).body.name).toBe('carol');
    const list = await web.get('/settings/tokens');
    expect(list.html).toContain('laptop');
    expect(list.html).not.toContain(secret);

    const current = await hub.context.db.token.findFirstOrThrow({
      where: { user: { name: 'carol' }, name: '' },
    });
    const revoked = await web.post(`/settings/tokens/${current.id}/revoke`, { _csrf: await web.csrf() });
    expect(revoked.status).toBe(303);
    // The session was opened with that token: it ended with it.
    expect((await web.get('/settings/tokens')).status).toBe(303);
    expect((await web.get('/')).html).toContain('href="/login"');
  });

  it('logs out', async () => {
    const web = new WebClient(hub.url);
    await web.login(aliceToken);
    expect((await web.get('/')).html).toContain('Log out');
    expect((await web.post('/logout', { _csrf: await web.csrf() })).status).toBe(303);
    expect((await web.get('/alice/secret-delta')).status).toBe(404);
  });
});
