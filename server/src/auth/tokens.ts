import { createHash, randomBytes } from 'node:crypto';

/**
 * Every new token starts with this, so leaked tokens are recognisable by secret scanners. It is
 * `hf_` because Hugging Face clients refuse tokens with any other prefix (the JS client checks
 * it before sending a request), and the hub speaks their protocol too.
 */
export const TOKEN_PREFIX = 'hf_';
/** The prefix tokens were issued with before; they stay valid. */
export const LEGACY_TOKEN_PREFIX = 'dh_';
const TOKEN_PATTERN = /^(?:hf|dh)_[A-Za-z0-9_-]{43}$/;

/** A new random token (256 bits). Shown once; only {@link hashToken} of it is stored. */
export function generateToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

/**
 * True when `value` has the shape of a deltahub token, new (`hf_`) or legacy (`dh_`), checked
 * before any database lookup.
 */
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
