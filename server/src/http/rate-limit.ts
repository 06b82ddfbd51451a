import type { NextFunction, Request, Response } from 'express';
import { HubError } from '../errors.js';
import { principalOf, type HubContext } from './context.js';

const WINDOW_MS = 60_000;
/**
 * Most keys one limiter tracks. Beyond it the oldest window is dropped: a flood of fresh keys
 * (spoofed addresses behind a trusting proxy, an IPv6 range) costs bounded memory, at worst
 * forgetting the count of the least recent caller.
 */
export const MAX_TRACKED_KEYS = 100_000;

interface Bucket {
  start: number;
  count: number;
}

/**
 * Fixed one-minute windows per key, in memory (limits are per server process). Buckets are kept in
 * the order their windows started, so expired ones are swept from the front in amortised O(1).
 */
export class FixedWindowLimiter {
  readonly #buckets = new Map<string, Bucket>();

  constructor(
    private readonly perMinute: number,
    private readonly maxKeys = MAX_TRACKED_KEYS,
  ) {}

  /** Counts one request of `key`: 0 when allowed, else the seconds until its window ends. */
  hit(key: string, now = Date.now()): number {
    this.#sweep(now);
    let bucket = this.#buckets.get(key);
    if (!bucket) {
      if (this.#buckets.size >= this.maxKeys) {
        const oldest = this.#buckets.keys().next();
        if (!oldest.done) this.#buckets.delete(oldest.value);
      }
      bucket = { start: now, count: 0 };
      this.#buckets.set(key, bucket);
    }
    bucket.count += 1;
    if (bucket.count <= this.perMinute) return 0;
    return Math.max(1, Math.ceil((bucket.start + WINDOW_MS - now) / 1000));
  }

  /** Keys tracked now (for tests of the memory bound). */
  get size(): number {
    return this.#buckets.size;
  }

  #sweep(now: number): void {
    for (const [key, bucket] of this.#buckets) {
      if (now - bucket.start < WINDOW_MS) return;
      this.#buckets.delete(key);
    }
  }
}

/** 429 `rate_limited` with `Retry-After`. */
function limited(res: Response, retryAfter: number, what: string): HubError {
  res.setHeader('Retry-After', String(retryAfter));
  return new HubError(429, 'rate_limited', `too many ${what}; retry in ${retryAfter} s`);
}

/**
 * Rate limit per client address, for the auth routes (token checks and creation): enough to stop
 * guessing and flooding. The address is express's `req.ip`: the socket's peer, or the client named
 * in `X-Forwarded-For` by a proxy trusted through `DELTAHUB_TRUST_PROXY` (never a spoofable header
 * otherwise).
 */
export function rateLimit(perMinute: number): (req: Request, res: Response, next: NextFunction) => void {
  const limiter = new FixedWindowLimiter(perMinute);
  return (req, res, next) => {
    const retryAfter = limiter.hit(req.ip ?? 'unknown');
    if (retryAfter > 0) next(limited(res, retryAfter, 'requests to authentication routes'));
    else next();
  };
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
// The API and the Hugging Face routes that write: `/api/...` and git-lfs's batch endpoint. Web
// form posts have the auth limiter of their own.
const WRITE_PATH = /^\/api\/|\.git\/info\/lfs\//;

/**
 * Write rate limit (`DELTAHUB_WRITE_RATE_LIMIT` per minute) per token on the API and Hugging Face
 * routes; requests without a valid token (signed upload URLs, signup, refused tokens) count per
 * client address. A refused token is left to the route, which answers it in its own format.
 */
export function writeRateLimit(ctx: HubContext): (req: Request, res: Response, next: NextFunction) => void {
  const limiter = new FixedWindowLimiter(ctx.config.writeRateLimitPerMinute);
  return (req, res, next) => {
    if (READS.has(req.method) || !WRITE_PATH.test(req.path)) {
      next();
      return;
    }
    principalOf(ctx, req)
      .catch(() => null)
      .then((principal) => {
        const key = principal ? `token:${principal.tokenId}` : `ip:${req.ip ?? 'unknown'}`;
        const retryAfter = limiter.hit(key);
        if (retryAfter > 0) {
          // The body of a refused upload is not read: close rather than drain it.
          if (!req.complete) res.setHeader('Connection', 'close');
          next(limited(res, retryAfter, principal ? 'writes with this token' : 'writes from this address'));
        } else next();
      }, next);
  };
}
