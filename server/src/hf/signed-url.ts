import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * What an upload URL allows: one blob (digest and size) into one repo, until `expires`, while the
 * token that asked for it (`tokenId`) stays valid.
 */
export interface UploadGrant {
  repoId: string;
  tokenId: string;
  oid: string;
  size: number;
  /** Unix time in seconds. */
  expires: number;
}

/**
 * Signs and checks the short-lived upload URLs the LFS batch endpoint hands out. The PUT to such a
 * URL carries no `Authorization` (git-lfs and the Hugging Face clients send none), so the URL itself
 * is the credential: an HMAC over repo, token id, digest, size and expiry. A URL cannot be reused
 * for other content (the digest is verified while streaming) nor for another repo or after it
 * expires; the route also refuses it once its token is revoked or expired.
 */
export class UploadSigner {
  private readonly key: Buffer;

  /** `key` must be the same on every hub instance behind one address (see `sharedSecret`). */
  constructor(key: Buffer | string) {
    this.key = typeof key === 'string' ? Buffer.from(key, 'utf8') : key;
  }

  /** The hex signature of a grant. */
  sign(grant: UploadGrant): string {
    return createHmac('sha256', this.key)
      .update(
        ['deltahub-lfs-upload-v2', grant.repoId, grant.tokenId, grant.oid, grant.size, grant.expires].join(
          '\n',
        ),
      )
      .digest('hex');
  }

  /** True when `signature` is the signature of `grant` and the grant has not expired. */
  verify(grant: UploadGrant, signature: string, nowSeconds = Date.now() / 1000): boolean {
    if (!(grant.expires > nowSeconds) || !/^[0-9a-f]{64}$/.test(signature)) return false;
    return timingSafeEqual(Buffer.from(this.sign(grant), 'hex'), Buffer.from(signature, 'hex'));
  }
}
