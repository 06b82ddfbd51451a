/**
 * Reading a hub's answers with bounds: a JSON answer has a size limit and is read within the
 * request's timeout, a transfer fails when no byte arrives for a while, and a body read whole into
 * memory stops at its declared size. A hostile or broken hub cannot make the client buffer without
 * limit or wait forever.
 */
import { HubClientError } from './errors.js';

/**
 * A timer that aborts a request: once (`reset` never called: a deadline) or after a quiet period
 * (`reset` on each chunk: an idle timeout). Unref'd, so a leftover timer never keeps a process alive.
 */
export class Watchdog {
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  /** Set when the timer fired: the abort was a timeout, not a network error. */
  fired = false;

  constructor(private readonly ms: number) {
    this.reset();
  }

  /** Aborts the request when it fires. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Starts the wait again (a chunk arrived). */
  reset(): void {
    if (this.timer) {
      // Cheaper than a new timer: this runs once per chunk of a transfer.
      this.timer.refresh();
      return;
    }
    this.timer = setTimeout(() => {
      this.fired = true;
      this.controller.abort();
    }, this.ms);
    this.timer.unref();
  }

  /** Stops the timer (the request is over). */
  clear(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/** `HUB_TIMEOUT` for `what`. */
export function timeoutError(what: string, detail: string): HubClientError {
  return new HubClientError(
    'HUB_TIMEOUT',
    `${what}: the hub ${detail}. Retry later; if it persists the hub or the network is stuck.`,
  );
}

/**
 * The body of `response` as bytes, at most `limit` bytes: a declared Content-Length over it fails
 * before reading, and a body that grows past it is cancelled at once, with `tooLarge()`.
 */
export async function readLimited(
  response: Response,
  limit: number,
  tooLarge: () => HubClientError,
): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > limit) {
    await response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!response.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  // Leaving the loop early cancels the stream (and the connection).
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    if (bytes > limit) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, bytes);
}

/** The JSON body of `response`, at most `limit` bytes; `HUB_BAD_RESPONSE` when larger or not JSON. */
export async function readJson(response: Response, limit: number, what: string): Promise<unknown> {
  const bytes = await readLimited(
    response,
    limit,
    () =>
      new HubClientError(
        'HUB_BAD_RESPONSE',
        `${what}: the hub's answer is larger than ${limit} bytes; not read.`,
      ),
  );
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (cause) {
    throw new HubClientError('HUB_BAD_RESPONSE', `${what}: the hub answered with invalid JSON.`, { cause });
  }
}

/**
 * The body of `response` as a stream guarded by `watchdog`, reset on each chunk: when no byte
 * arrives for its period the stream fails with `HUB_TIMEOUT` (and the request is aborted); a
 * connection that breaks mid-body fails with `HUB_INTEGRITY`. The watchdog stops when the body ends or is cancelled.
 */
export function idleGuarded(
  body: ReadableStream<Uint8Array>,
  watchdog: Watchdog,
  idleMs: number,
  what: string,
): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let chunk: Awaited<ReturnType<typeof reader.read>>;
      try {
        chunk = await reader.read();
      } catch (cause) {
        watchdog.clear();
        if (watchdog.fired) throw timeoutError(what, `sent no bytes for ${idleMs} ms`);
        // The bytes that arrived are not the file: the same failure as a short body.
        throw new HubClientError(
          'HUB_INTEGRITY',
          `${what}: the transfer ended before the last byte (${(cause as Error).message}). Retry; if it persists the hub or the network is cutting it.`,
          { cause },
        );
      }
      if (chunk.done) {
        watchdog.clear();
        controller.close();
      } else {
        watchdog.reset();
        controller.enqueue(chunk.value);
      }
    },
    async cancel(reason) {
      watchdog.clear();
      await reader.cancel(reason);
    },
  });
}
