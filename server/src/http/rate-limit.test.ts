import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config/config.js';
import { ApiClient, hubVariants } from '@deltahub/testing';
import { startTestHub, type TestHub } from '../test-support/hub.js';
import { FixedWindowLimiter } from './rate-limit.js';

describe('FixedWindowLimiter', () => {
  it('allows the limit per minute, then tells how long to wait', () => {
    const limiter = new FixedWindowLimiter(2);
    expect(limiter.hit('a', 0)).toBe(0);
    expect(limiter.hit('a', 1_000)).toBe(0);
    expect(limiter.hit('a', 20_000)).toBe(40);
    expect(limiter.hit('b', 20_000)).toBe(0);
    expect(limiter.hit('a', 60_000)).toBe(0);
  });

  it('keeps memory bounded: expired windows are swept, and the oldest dropped past the cap', () => {
    const limiter = new FixedWindowLimiter(1, 3);
    for (let i = 0; i < 10; i++) limiter.hit(`k${i}`, i);
    expect(limiter.size).toBe(3);
    limiter.hit('late', 120_000);
    expect(limiter.size).toBe(1);
  });
});

describe('DELTAHUB_TRUST_PROXY', () => {
  it('accepts what express accepts: off, on, a hop count, addresses and subnets', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ DELTAHUB_TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ DELTAHUB_TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ DELTAHUB_TRUST_PROXY: 'loopback, 10.0.0.0/8,::1' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
      '::1',
    ]);
    expect(() => loadConfig({ DELTAHUB_TRUST_PROXY: 'proxy.internal' })).toThrow(ConfigError);
  });
});

describe.each(await hubVariants())('rate limits on $db + $storage', (variant) => {
  describe('writes per token', () => {
    let hub: TestHub;
    let first: ApiClient;
    let second: ApiClient;

    beforeAll(async () => {
      hub = await startTestHub(variant, { DELTAHUB_WRITE_RATE_LIMIT: '3' });
      first = new ApiClient(hub.url, await hub.user('rhea'));
      second = new ApiClient(hub.url, await hub.user('rhea'));
    });
    afterAll(async () => hub?.stop());

    it('answers 429 rate_limited with Retry-After past the limit, for that token only', async () => {
      for (let i = 0; i < 3; i++)
        expect((await first.json('POST', '/api/repos', { name: `r${i}` })).status).toBe(201);
      const limited = await first.json('POST', '/api/repos', { name: 'r3' });
      expect(limited.status).toBe(429);
      expect(limited.body.error.code).toBe('rate_limited');
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      // Hugging Face write routes count too.
      const hf = await fetch(`${hub.url}/api/repos/create`, {
        method: 'POST',
        headers: first.headers({ 'content-type': 'application/json' }),
        body: JSON.stringify({ name: 'hf' }),
      });
      expect(hf.status).toBe(429);
      // Reads are not limited, and another token of the same user has its own budget.
      expect((await first.json('GET', '/api/repos/rhea/r0')).status).toBe(200);
      expect((await second.json('POST', '/api/repos', { name: 'other' })).status).toBe(201);
    });
  });

  describe('auth routes per address, proxy not trusted (default)', () => {
    let hub: TestHub;
    let client: ApiClient;

    beforeAll(async () => {
      hub = await startTestHub(variant, { DELTAHUB_AUTH_RATE_LIMIT: '3' });
      client = new ApiClient(hub.url, await hub.user('sam'));
    });
    afterAll(async () => hub?.stop());

    it('ignores X-Forwarded-For: a spoofed address does not escape the limit', async () => {
      const statuses: number[] = [];
      for (let i = 1; i <= 5; i++) {
        const res = await fetch(`${hub.url}/api/whoami`, {
          headers: client.headers({ 'x-forwarded-for': `198.51.100.${i}` }),
        });
        statuses.push(res.status);
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
    });
  });

  describe('auth routes per address behind a trusted proxy', () => {
    let hub: TestHub;
    let client: ApiClient;

    beforeAll(async () => {
      hub = await startTestHub(variant, { DELTAHUB_AUTH_RATE_LIMIT: '3', DELTAHUB_TRUST_PROXY: 'loopback' });
      client = new ApiClient(hub.url, await hub.user('tia'));
    });
    afterAll(async () => hub?.stop());

    it('limits each forwarded client address on its own', async () => {
      const whoami = async (address: string) =>
        (
          await fetch(`${hub.url}/api/whoami`, {
            headers: client.headers({ 'x-forwarded-for': address }),
          })
        ).status;
      const a: number[] = [];
      for (let i = 0; i < 4; i++) a.push(await whoami('203.0.113.7'));
      expect(a).toEqual([200, 200, 200, 429]);
      expect(await whoami('203.0.113.8')).toBe(200);
    });
  });
});
