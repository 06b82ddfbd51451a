import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Batch } from '../../data/collators/features.js';
import { TrainerError } from '../errors.js';
import type { FromWorker, ReplicaSpec, ToWorker } from './protocol.js';
import { splitBatch } from './shards.js';

/** One batch's loss and gradients, combined over the workers. */
export interface PooledGradients {
  /** The batch's mean loss (the shards' means weighted by their labels). */
  loss: number;
  /** Each trainable parameter's gradient of the batch's mean loss, in the replica's order. */
  gradients: Float32Array[];
}

/**
 * N worker threads, each with a replica of the model and delta, computing gradients on a share of
 * every batch. The frozen backbone is loaded once per worker; after that only the trainable
 * parameters' gradients and values cross threads.
 */
export class WorkerPool {
  private nextId = 0;
  private readonly pending = new Map<
    number,
    { resolve: (m: FromWorker) => void; reject: (e: Error) => void }
  >();

  private constructor(private readonly workers: Worker[]) {}

  /** Starts `count` workers and builds their replicas from `spec`. */
  static async start(count: number, spec: ReplicaSpec): Promise<WorkerPool> {
    const workers = Array.from({ length: count }, () => new Worker(workerEntry()));
    const ready = await Promise.allSettled(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            worker.once('message', (m: FromWorker) =>
              m.type === 'ready' ? resolve() : reject(workerError(m)),
            );
            worker.once('error', reject);
            worker.postMessage({ type: 'init', spec } satisfies ToWorker);
          }),
      ),
    );
    const failed = ready.find((r) => r.status === 'rejected');
    if (failed) {
      await Promise.all(workers.map((w) => w.terminate()));
      throw failed.reason;
    }
    const pool = new WorkerPool(workers);
    for (const worker of workers) {
      worker.on('message', (m: FromWorker) => pool.settle(m));
      worker.on('error', (error) => pool.failAll(error));
    }
    return pool;
  }

  get size(): number {
    return this.workers.length;
  }

  /**
   * The batch's mean loss and gradients: each worker takes a shard (with its own dropout seed from
   * `dropoutSeeds`), and the shards' results are averaged, weighted by their labels, which is the
   * gradient of the whole batch's mean loss up to float rounding.
   */
  async gradients(batch: Batch, dropoutSeed: () => number): Promise<PooledGradients> {
    const shards = splitBatch(batch, this.workers.length);
    const answers = await Promise.all(
      shards.map((inputs, i) =>
        this.request(i, { type: 'gradients', id: this.nextId++, inputs, dropoutSeed: dropoutSeed() }),
      ),
    );
    const results = answers as Array<Extract<FromWorker, { type: 'gradients' }>>;
    const total = results.reduce((n, r) => n + r.weight, 0);
    const scale = total > 0 ? 1 / total : 0;
    const gradients = results[0]!.gradients.map((g) => new Float32Array(g.length));
    let loss = 0;
    for (const r of results) {
      loss += r.loss * r.weight * scale;
      r.gradients.forEach((g, p) => {
        const sum = gradients[p]!;
        const w = r.weight * scale;
        for (let k = 0; k < g.length; k++) sum[k]! += g[k]! * w;
      });
    }
    return { loss, gradients };
  }

  /** Sends every worker the trainable parameters' new values (in the replica's order). */
  setWeights(values: Float32Array[]): void {
    for (const worker of this.workers) worker.postMessage({ type: 'weights', values } satisfies ToWorker);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private request(worker: number, message: Extract<ToWorker, { type: 'gradients' }>): Promise<FromWorker> {
    return new Promise((resolve, reject) => {
      this.pending.set(message.id, { resolve, reject });
      this.workers[worker]!.postMessage(message);
    });
  }

  private settle(message: FromWorker): void {
    if (!('id' in message) || message.id === undefined) {
      if (message.type === 'error') this.failAll(workerError(message));
      return;
    }
    const waiting = this.pending.get(message.id);
    if (!waiting) return;
    this.pending.delete(message.id);
    if (message.type === 'error') waiting.reject(workerError(message));
    else waiting.resolve(message);
  }

  private failAll(error: Error): void {
    for (const { reject } of this.pending.values()) reject(error);
    this.pending.clear();
  }
}

/**
 * The worker's entry: `worker.js` next to this file in `dist`. From the TypeScript sources (the
 * tests), a bootstrap that registers tsx's loader in the worker first (loader hooks of the main
 * thread do not reach workers on Node 20), then imports `worker.ts`.
 */
function workerEntry(): URL {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new URL('./worker.js', here);
  // tsx's ESM build of the API (its package exports give `require` the CommonJS one).
  const tsxRoot = dirname(createRequire(here).resolve('tsx/package.json'));
  const tsxApi = pathToFileURL(join(tsxRoot, 'dist/esm/api/index.mjs')).href;
  const worker = new URL('./worker.ts', here).href;
  const bootstrap = `import { register } from ${JSON.stringify(tsxApi)}; register(); await import(${JSON.stringify(worker)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`);
}

function workerError(message: FromWorker): Error {
  const text = message.type === 'error' ? message.message : `unexpected ${message.type} message`;
  return new TrainerError('TRAINER_WORKER_FAILED', `A training worker failed: ${text}`);
}
