import { createRequire } from 'node:module';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { parseSafetensorsHeader } from '@deltahub/core/safetensors';

/**
 * Headers up to this size are parsed on the event loop (a few milliseconds: a LoRA delta's header
 * is tens of KiB); larger ones, up to the per-header limit, take seconds (a 16 MiB header of
 * small tensors takes ~2.5 s), so they go to a worker thread while the hub serves other requests.
 */
export const INLINE_PARSE_BYTES = 256 * 1024;

/** A header the parser refused, with the parser's message. */
export class HeaderParseError extends Error {
  override readonly name = 'HeaderParseError';
}

// The worker answers one message per header: { id } when valid, { id, message } when not. It
// imports core by file URL, resolved here: an eval'd worker has no module of its own to resolve from.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.safetensors).then(({ parseSafetensorsHeader }) => {
  parentPort.on('message', ({ id, prefix, size }) => {
    try {
      parseSafetensorsHeader(prefix, size);
      parentPort.postMessage({ id });
    } catch (err) {
      parentPort.postMessage({ id, message: err instanceof Error ? err.message : String(err) });
    }
  });
});
`;

interface Pending {
  resolve: () => void;
  reject: (err: Error) => void;
}

/** One worker for the whole process, started on first use; it parses one header at a time. */
class HeaderWorker {
  #worker: Worker | undefined;
  readonly #pending = new Map<number, Pending>();
  #nextId = 0;

  parse(prefix: Uint8Array, size: number): Promise<void> {
    const worker = this.#start();
    const id = this.#nextId++;
    return new Promise<void>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      worker.ref(); // keep the process alive while a commit waits for an answer
      worker.postMessage({ id, prefix, size });
    });
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const safetensors = pathToFileURL(
      createRequire(import.meta.url).resolve('@deltahub/core/safetensors'),
    ).href;
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { safetensors } });
    worker.on('message', ({ id, message }: { id: number; message?: string }) => {
      const pending = this.#pending.get(id);
      this.#pending.delete(id);
      if (this.#pending.size === 0) worker.unref();
      if (message === undefined) pending?.resolve();
      else pending?.reject(new HeaderParseError(message));
    });
    // A crashed worker (out of memory, say) fails the headers it held; the next parse starts anew.
    const fail = (err: Error): void => {
      if (this.#worker !== worker) return; // 'exit' follows 'error': the first one tells
      this.#worker = undefined;
      for (const pending of this.#pending.values()) pending.reject(err);
      this.#pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the header parser stopped (exit code ${code})`)));
    worker.unref();
    this.#worker = worker;
    return worker;
  }
}

const worker = new HeaderWorker();

/**
 * Validates a safetensors header (`prefix`: the length field and the header) against the file's
 * size, without holding the event loop: a small header is parsed on the next turn of the loop,
 * after the requests that arrived meanwhile, a large one in a worker thread. Rejects with a
 * {@link HeaderParseError} for an invalid header.
 */
export async function checkSafetensorsHeader(prefix: Buffer, size: number): Promise<void> {
  if (prefix.length > INLINE_PARSE_BYTES) return worker.parse(prefix, size);
  await nextTurn();
  try {
    parseSafetensorsHeader(prefix, size);
  } catch (err) {
    throw new HeaderParseError((err as Error).message, { cause: err });
  }
}
