import { describe, expect, it } from 'vitest';
import type { Db } from '../db/client.js';
import { HubError } from '../errors.js';
import { authenticate } from './principal.js';
import { generateToken, hashToken, looksLikeToken } from './tokens.js';

/** A stand-in index whose token lookup fails, as when the database is down. */
const brokenDb = {
  token: {
    findUnique: () => Promise.reject(new Error('connection refused')),
  },
} as unknown as Db;

describe('authenticate', () => {
  it('is anonymous without a header', async () => {
    expect(await authenticate(brokenDb, undefined)).toBeNull();
  });

  it('fails closed (503) when the token lookup throws, never anonymous', async () => {
    const err = await authenticate(brokenDb, `Bearer ${generateToken()}`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HubError);
    expect(err).toMatchObject({ status: 503, code: 'auth_unavailable' });
  });

  it.each([
    'Basic abc',
    'Bearer',
    'Bearer dh_short',
    `Bearer xx_${'a'.repeat(43)}`,
    `Bearer hf_${'a'.repeat(42)}`,
    `Bearer ${generateToken()} extra`,
  ])('refuses the malformed header %j with 401 before any lookup', async (header) => {
    await expect(authenticate(brokenDb, header)).rejects.toMatchObject({ status: 401 });
  });
});

describe('tokens', () => {
  it('are 256-bit random, prefixed, and hashed with sha256', () => {
    const a = generateToken();
    expect(a).toMatch(/^hf_[A-Za-z0-9_-]{43}$/);
    expect(looksLikeToken(a)).toBe(true);
    expect(a).not.toBe(generateToken());
    expect(hashToken(a)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keep accepting the legacy dh_ shape', () => {
    expect(looksLikeToken(`dh_${'a'.repeat(43)}`)).toBe(true);
    expect(looksLikeToken(`dh_${'a'.repeat(44)}`)).toBe(false);
  });
});
