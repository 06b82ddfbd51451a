import { describe, expect, it } from 'vitest';
import { UploadSigner, type UploadGrant } from './signed-url.js';

const grant: UploadGrant = { repoId: 'r1', tokenId: 't1', oid: 'a'.repeat(64), size: 10, expires: 2_000 };

describe('UploadSigner', () => {
  it('accepts its own signature until the grant expires', () => {
    const signer = new UploadSigner('secret');
    const signature = signer.sign(grant);
    expect(signer.verify(grant, signature, 1_999)).toBe(true);
    expect(signer.verify(grant, signature, 2_000)).toBe(false);
  });

  it('binds repo, token, digest and size, and the key', () => {
    const signature = new UploadSigner('secret').sign(grant);
    const signer = new UploadSigner('secret');
    expect(signer.verify({ ...grant, repoId: 'r2' }, signature, 0)).toBe(false);
    expect(signer.verify({ ...grant, tokenId: 't2' }, signature, 0)).toBe(false);
    expect(signer.verify({ ...grant, oid: 'b'.repeat(64) }, signature, 0)).toBe(false);
    expect(signer.verify({ ...grant, size: 11 }, signature, 0)).toBe(false);
    expect(signer.verify({ ...grant, expires: 3_000 }, signature, 0)).toBe(false);
    expect(new UploadSigner('other').verify(grant, signature, 0)).toBe(false);
    expect(new UploadSigner(Buffer.alloc(32)).verify(grant, signature, 0)).toBe(false);
  });

  it('refuses malformed signatures', () => {
    const signer = new UploadSigner('secret');
    expect(signer.verify(grant, '', 0)).toBe(false);
    expect(signer.verify(grant, 'zz'.repeat(32), 0)).toBe(false);
    expect(signer.verify(grant, signer.sign(grant).slice(2), 0)).toBe(false);
  });
});
