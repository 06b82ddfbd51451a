/**
 * Redirects followed by hand rather than by `fetch`, so that two guarantees do not depend on the
 * fetch implementation: the token never leaves the hub's origin, and a redirect loop ends.
 */
import { HubClientError } from './errors.js';

/** Statuses that redirect (with a Location). */
const REDIRECT = new Set([301, 302, 303, 307, 308]);

/** A fetch after its redirects: the final response, its URL and whether any redirect was followed. */
export interface Followed {
  response: Response;
  url: string;
  redirected: boolean;
}

/** What {@link fetchFollowing} sends: `fetch`'s init with plain-object headers. */
export interface FollowInit extends Omit<RequestInit, 'headers' | 'redirect'> {
  method: string;
  headers: Record<string, string>;
}

/**
 * Fetches `url`, following at most `maxRedirects` redirects; one more is `HUB_BAD_RESPONSE` (a
 * loop). The `authorization` header is dropped as soon as a redirect leaves `hubOrigin` and is not
 * restored after; only http(s) targets are followed. A 303 (and a 301/302 of a POST) continues as
 * a GET without body, as browsers do. A request with a streamed body cannot be replayed, so its
 * redirect is an error rather than a silent resend.
 */
export async function fetchFollowing(
  url: string,
  init: FollowInit,
  hubOrigin: string,
  maxRedirects: number,
  what: string,
): Promise<Followed> {
  let current = new URL(url);
  let { method, headers, body } = init;
  for (let hops = 0; ; hops++) {
    const response = await fetch(current, {
      ...init,
      method,
      headers,
      ...(body === undefined ? {} : { body }),
      redirect: 'manual',
    } as RequestInit);
    if (!REDIRECT.has(response.status)) return { response, url: current.href, redirected: hops > 0 };
    await response.body?.cancel().catch(() => {});
    const bad = (why: string): HubClientError =>
      new HubClientError(
        'HUB_BAD_RESPONSE',
        `${what}: ${why} (redirect ${hops + 1} from ${current.origin}).`,
        {
          status: response.status,
        },
      );
    if (hops >= maxRedirects) throw bad(`more than ${maxRedirects} redirects, a redirect loop?`);
    const location = response.headers.get('location');
    if (!location) throw bad(`HTTP ${response.status} without a Location`);
    let next: URL;
    try {
      next = new URL(location, current);
    } catch {
      throw bad(`an invalid Location ${JSON.stringify(location.slice(0, 200))}`);
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:')
      throw bad(`a redirect to ${next.protocol} URL`);
    if (body instanceof ReadableStream) throw bad('a redirect of an upload, which cannot be sent again');
    if (next.origin !== hubOrigin && 'authorization' in headers) {
      // The token is for the hub only: an object store's presigned URL, or anyone else, never sees it.
      headers = { ...headers };
      delete headers['authorization'];
    }
    if (
      response.status === 303 ||
      (method === 'POST' && (response.status === 301 || response.status === 302))
    ) {
      headers = { ...headers };
      delete headers['content-type'];
      delete headers['content-length'];
      method = 'GET';
      body = undefined;
    }
    current = next;
  }
}
