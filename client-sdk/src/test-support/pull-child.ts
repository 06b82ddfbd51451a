/**
 * Run in a fresh process (`node --import tsx pull-child.ts <repo>...`) with DELTAHUB_URL,
 * DELTAHUB_TOKEN and an empty DELTAHUB_CACHE: pulls each delta from the hub onto a freshly loaded
 * tiny BERT and prints `{ [repo]: { [output]: base64 of the float32 bytes } }` on stdout.
 */
import { AutoDeltaModel } from '../index.js';
import { loadTiny, outputsOf } from './tiny.js';

const result: Record<string, Record<string, string>> = {};
for (const repo of process.argv.slice(2)) {
  const model = await loadTiny('bert');
  await AutoDeltaModel.fromFinetuned(repo, { backboneModel: model, onWarning: () => {} });
  const outputs: Record<string, string> = {};
  for (const [name, values] of outputsOf(model, 'bert')) {
    outputs[name] = Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
  }
  result[repo] = outputs;
  model.dispose();
}
process.stdout.write(`\n@@RESULT@@${JSON.stringify(result)}\n`);
