import type { DeltaMethodConfig } from '../../deltas/auto.js';
import type { PretrainedConfig } from '../../models/config.js';

/** A tensor crossing threads: dtype, shape and its elements. */
export interface WireTensor {
  dtype: 'int32' | 'float32';
  shape: number[];
  data: Int32Array | Float32Array;
}

/** Everything a worker needs to build a replica of the model and its delta. */
export interface ReplicaSpec {
  modelType: string;
  className: string;
  config: PretrainedConfig;
  delta: DeltaMethodConfig | undefined;
  /** Every parameter, in `namedParameters()` order, with its slice of `weights` (in elements). */
  parameters: Array<{
    name: string;
    dtype: 'int32' | 'float32';
    shape: number[];
    offset: number;
    trainable: boolean;
  }>;
  /** All parameter values, shared by every worker (4 bytes an element). */
  weights: SharedArrayBuffer;
  /** The backend the main thread uses. */
  backend: string;
}

/** Main thread → worker. */
export type ToWorker =
  | { type: 'init'; spec: ReplicaSpec }
  | { type: 'gradients'; id: number; inputs: Record<string, WireTensor>; dropoutSeed: number }
  | { type: 'weights'; values: Float32Array[] }
  | { type: 'close' };

/** Worker → main thread. */
export type FromWorker =
  | { type: 'ready' }
  | { type: 'gradients'; id: number; loss: number; weight: number; gradients: Float32Array[] }
  | { type: 'error'; id?: number; message: string; code?: string };
