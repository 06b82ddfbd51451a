import type { Module } from '../nn/module.js';
import { tf } from '../runtime/tf.js';
import type { SafetensorsFileReader } from '../safetensors/index.js';

/** The wasm backend's view of a tensor's memory in its heap (a public method of `BackendWasm`). */
interface HeapBackend {
  typedArrayFromHeap(tensor: tf.TensorInfo): Float32Array | Int32Array | Uint8Array;
}

function heapBackendHolding(target: tf.Tensor): HeapBackend | undefined {
  const engine = tf.engine();
  const backend = engine.backend as unknown as Partial<HeapBackend>;
  const holder = engine.state.tensorInfo.get(target.dataId)?.backend;
  return typeof backend.typedArrayFromHeap === 'function' && holder === engine.backend
    ? (backend as HeapBackend)
    : undefined;
}

/**
 * Copies the checkpoint tensor `name` of `reader` into the model's tensor `target` (state-dict key
 * `key`), converted to float32 on the way. On the wasm backend a float32 parameter is overwritten in
 * place, one bounded chunk of the file at a time, so loading a model never holds a second float32
 * copy of any weight: the model's own memory is the only copy (the memory bench relies on it). Other
 * backends get the whole tensor and an ordinary assignment.
 */
export async function copyCheckpointTensor(
  model: Module,
  key: string,
  target: tf.Tensor,
  reader: SafetensorsFileReader,
  name: string,
): Promise<void> {
  const heap =
    target instanceof tf.Variable && target.dtype === 'float32' ? heapBackendHolding(target) : undefined;
  if (heap) {
    for await (const { offset, values } of reader.float32Chunks(name)) {
      // Asked for per chunk: the heap may have grown (and its buffer moved) while the file was read.
      heap.typedArrayFromHeap(target).set(values, offset);
    }
    return;
  }
  const values = new Float32Array(target.size);
  for await (const chunk of reader.float32Chunks(name)) values.set(chunk.values, chunk.offset);
  const tensor = tf.tensor(values, target.shape, 'float32');
  try {
    model.loadStateDict({ [key]: tensor }, { strict: false });
  } finally {
    tensor.dispose();
  }
}
