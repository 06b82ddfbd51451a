import { DeltahubError } from '../errors.js';
import { tf } from './tf.js';
import { installWasmSharedIdentity } from './wasm-identity.js';
import { installWasmMatMulFastPath } from './wasm-matmul.js';

/** The TensorFlow.js backends deltahub knows how to load, fastest first. */
export type BackendName = 'tensorflow' | 'wasm' | 'cpu';

/** Fastest first: native TensorFlow (tfjs-node), then WebAssembly with SIMD, then pure JavaScript. */
export const BACKEND_PREFERENCE: readonly BackendName[] = ['tensorflow', 'wasm', 'cpu'];

/** Loads the package that registers a backend; resolves false when it is not installed or fails. */
async function loadBackendPackage(name: BackendName): Promise<boolean> {
  try {
    switch (name) {
      case 'tensorflow':
        // Optional peer dependency: its install downloads libtensorflow, which is not possible everywhere.
        await import(/* webpackIgnore: true */ '@tensorflow/tfjs-node' as string);
        return true;
      case 'wasm':
        await import('@tensorflow/tfjs-backend-wasm');
        // The replacements keep the originals' setup functions: valid before or after the backend starts.
        installWasmMatMulFastPath();
        installWasmSharedIdentity();
        return true;
      case 'cpu':
        await import('@tensorflow/tfjs-backend-cpu');
        return true;
    }
  } catch {
    return false;
  }
}

/** What {@link selectBackend} decided and why. */
export interface BackendChoice {
  /** The backend now active in `tf`. */
  readonly name: BackendName;
  /** Backends tried before it that could not be loaded, with the reason. */
  readonly skipped: ReadonlyArray<{ name: BackendName; reason: string }>;
}

let current: BackendChoice | undefined;

/**
 * Activates the fastest TensorFlow.js backend available: `tensorflow` (tfjs-node) when it loads, else
 * `wasm`, else `cpu`. Pass a name (or set `DELTAHUB_BACKEND`) to force one; forcing a backend that
 * cannot load is an error rather than a silent fallback.
 */
export async function selectBackend(preferred?: BackendName): Promise<BackendChoice> {
  const forced = preferred ?? (process.env['DELTAHUB_BACKEND'] as BackendName | undefined);
  if (forced !== undefined && !BACKEND_PREFERENCE.includes(forced)) {
    throw new DeltahubError(
      'BACKEND_UNKNOWN',
      `Unknown backend '${forced}': expected one of ${BACKEND_PREFERENCE.join(', ')}.`,
    );
  }
  const candidates = forced ? [forced] : BACKEND_PREFERENCE;
  const skipped: Array<{ name: BackendName; reason: string }> = [];
  for (const name of candidates) {
    if (!(await loadBackendPackage(name))) {
      skipped.push({ name, reason: 'package not installed or failed to load' });
      continue;
    }
    if (await tf.setBackend(name)) {
      await tf.ready();
      current = { name, skipped };
      return current;
    }
    skipped.push({ name, reason: 'backend failed to initialise' });
  }
  throw new DeltahubError(
    'BACKEND_UNAVAILABLE',
    `No TensorFlow.js backend could be started (tried ${skipped.map((s) => s.name).join(', ')}).`,
  );
}

/** The backend chosen by the last {@link selectBackend} call, or undefined before any call. */
export function currentBackend(): BackendChoice | undefined {
  return current;
}

/** Selects a backend once; later calls return the first choice. Every loader awaits this. */
export async function ensureBackend(): Promise<BackendChoice> {
  return current ?? selectBackend();
}
