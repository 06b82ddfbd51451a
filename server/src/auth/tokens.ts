import { createHash, randomBytes } from 'node:crypto';

/** Every token starts with this, so leaked tokens are recognisable by secret scanners. */
export const TOKEN_PREFIX = 'dh_';
const TOKEN_PATTERN = /^dh_[A-Za-z0-9_-]{43}$/;

/** A new random token (256 bits). Shown once; only {@link hashToken} of it is stored. */
export function generateToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

/** True when `value` has the shape of a deltahub token (checked before any database lookup). */
export function looksLikeToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

/**
 * sha256 of the token, hex. A fast hash is enough: tokens are 256-bit random, so there is nothing
 * to brute-force, unlike passwords.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
