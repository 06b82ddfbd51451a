/**
 * A data-parallel training worker: builds a replica of the model and delta, then answers gradient
 * requests on its share of each batch and takes the trainable weights after every optimizer step.
 * Only the trainable parameters' gradients and values cross threads.
 */
import { parentPort } from 'node:worker_threads';
import '../../index.js'; // registers every architecture and delta method
import { withDropoutSeeds } from '../../nn/dropout-seeds.js';
import { Generator } from '../../random/generator.js';
import { selectBackend, type BackendName } from '../../runtime/backend.js';
import { tf } from '../../runtime/tf.js';
import { lossFromLogits } from '../loss.js';
import type { FromWorker, ToWorker } from './protocol.js';
import { buildReplica } from './replica.js';
import { labelWeight } from './shards.js';

const port = parentPort!;
let replica: ReturnType<typeof buildReplica> | undefined;
const reply = (message: FromWorker, transfer: ArrayBuffer[] = []): void =>
  port.postMessage(message, transfer);

port.on('message', (message: ToWorker) => {
  void handle(message).catch((error: unknown) => {
    const e = error as { message?: string; code?: string };
    reply({
      type: 'error',
      ...('id' in message ? { id: message.id } : {}),
      message: String(e.message ?? error),
      ...(e.code ? { code: e.code } : {}),
    });
  });
});

async function handle(message: ToWorker): Promise<void> {
  if (message.type === 'init') {
    await selectBackend(message.spec.backend as BackendName);
    replica = buildReplica(message.spec);
    replica.model.train();
    reply({ type: 'ready' });
  } else if (message.type === 'weights') {
    message.values.forEach((values, i) => {
      const p = replica!.trainable[i]!;
      p.assign(tf.tensor(values, p.shape, 'float32'));
    });
  } else if (message.type === 'gradients') {
    const { model, trainable } = replica!;
    const inputs = Object.fromEntries(
      Object.entries(message.inputs).map(([k, t]) => [k, tf.tensor(t.data, t.shape, t.dtype)]),
    );
    try {
      const labels = inputs['labels']!;
      const { value, grads } = withDropoutSeeds(new Generator(message.dropoutSeed), () =>
        tf.variableGrads(() => {
          const forwardInputs = { ...inputs };
          delete forwardInputs['labels'];
          return lossFromLogits(model.forward(forwardInputs).logits!, labels);
        }, trainable),
      );
      const loss = value.dataSync()[0]!;
      const gradients = trainable.map((p) => grads[p.name]!.dataSync() as Float32Array);
      tf.dispose([value, ...Object.values(grads)]);
      reply(
        {
          type: 'gradients',
          id: message.id,
          loss,
          weight: labelWeight(message.inputs['labels']!),
          gradients,
        },
        gradients.map((g) => g.buffer as ArrayBuffer),
      );
    } finally {
      tf.dispose(Object.values(inputs));
    }
  } else if (message.type === 'close') {
    port.close();
  }
}
