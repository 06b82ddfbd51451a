import { once } from 'node:events';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config/config.js';
import { createApp } from '../app.js';
import { sha256, type Json, hubVariants } from '@deltahub/testing';
import { startTestHub, type TestHub } from '../test-support/hub.js';
import { WebClient } from '../web/test-support/web.js';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** An HTTP request with headers fetch will not send as given (`Host`). */
function raw(url: string, method: string, headers: Record<string, string>, body = ''): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers: { ...headers, 'content-length': Buffer.byteLength(body) } });
    req.on('error', reject);
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    });
    req.end(body);
  });
}

const EVIL = 'evil.example';

describe.each(await hubVariants())(
  'the Host header decides no URL and no origin on $db + $storage',
  (variant) => {
    let hub: TestHub;
    let token: string;

    beforeAll(async () => {
      hub = await startTestHub(variant);
      token = await hub.user('hana');
    });
    afterAll(async () => hub?.stop());

    it('builds LFS upload links and repo URLs on the hub URL, not on Host', async () => {
      const auth = { authorization: `Bearer ${token}`, host: EVIL };
      const created = await raw(
        `${hub.url}/api/repos/create`,
        'POST',
        { ...auth, 'content-type': 'application/json' },
        JSON.stringify({ name: 'hosted' }),
      );
      expect(created.status).toBe(200);
      expect((JSON.parse(created.text) as Json).url).toBe(`${hub.url}/hana/hosted`);
      const bytes = Buffer.from('weights that are not stored yet');
      const batch = await raw(
        `${hub.url}/hana/hosted.git/info/lfs/objects/batch`,
        'POST',
        { ...auth, 'content-type': 'application/vnd.git-lfs+json' },
        JSON.stringify({ operation: 'upload', objects: [{ oid: sha256(bytes), size: bytes.length }] }),
      );
      expect(batch.status).toBe(200);
      const href = (JSON.parse(batch.text) as Json).objects[0].actions.upload.href as string;
      expect(href.startsWith(`${hub.url}/api/lfs-uploads/`)).toBe(true);
      expect(href).not.toContain(EVIL);
    });

    it('checks form posts against the hub origin, not one matching Host', async () => {
      const web = new WebClient(hub.url);
      const csrf = await web.csrf();
      const cookie = `dh_csrf=${csrf}`;
      const form = new URLSearchParams({ _csrf: csrf, token, next: '/' }).toString();
      const post = (host: string, origin: string) =>
        raw(
          `${hub.url}/login`,
          'POST',
          {
            host,
            origin,
            cookie,
            'content-type': 'application/x-www-form-urlencoded',
          },
          form,
        );
      // A page served under another name (DNS rebinding) posting to itself: refused.
      const rebound = await post(EVIL, `http://${EVIL}`);
      expect(rebound.status).toBe(403);
      expect(String(rebound.headers['set-cookie'] ?? '')).not.toContain('dh_session=');
      // The hub's own origin still passes, whatever Host says.
      expect((await post(EVIL, new URL(hub.url).origin)).status).toBe(303);
    });

    it('falls back on the address the connection reached when the app is served without a public URL', async () => {
      // An embedder serving createApp itself: no URL was derived at listen time.
      const app = createApp({ ...hub.context, config: { ...hub.context.config, publicUrl: undefined } });
      const server = app.listen(0, '127.0.0.1');
      await once(server, 'listening');
      try {
        const own = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        const created = await raw(
          `${own}/api/repos/create`,
          'POST',
          { authorization: `Bearer ${token}`, host: EVIL, 'content-type': 'application/json' },
          JSON.stringify({ name: 'embedded' }),
        );
        expect(created.status).toBe(200);
        expect((JSON.parse(created.text) as Json).url).toBe(`${own}/hana/embedded`);
      } finally {
        server.closeAllConnections();
        server.close();
      }
    });
  },
);

describe('wildcard listen addresses', () => {
  it('need DELTAHUB_PUBLIC_URL: there is no trusted URL to build links on otherwise', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(ConfigError);
    expect(() => loadConfig({ HOST: '::' })).toThrow(/DELTAHUB_PUBLIC_URL/);
    expect(loadConfig({ HOST: '0.0.0.0', DELTAHUB_PUBLIC_URL: 'https://hub.example' }).publicUrl).toBe(
      'https://hub.example',
    );
    expect(() => loadConfig({ DELTAHUB_PUBLIC_URL: 'hub.example' })).toThrow(ConfigError);
  });
});
