/**
 * The backbone of the walkthrough's text pass, written as a published checkpoint would be: a tiny
 * BERT (hidden size 64, two layers) with bert-base-uncased's vocabulary and real tokenizer files,
 * a two-label head (`negative`, `positive`), and weights drawn from a fixed seed, so every run (and
 * the process that pulls the delta) starts from the same model. Random weights stand in for
 * pretraining: the walkthrough must run in CI without downloads.
 */
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AutoModelForSequenceClassification,
  AutoTokenizer,
  tf,
  type Parameter,
  type PretrainedConfig,
} from 'deltahub';
import { writeSafetensorsFile, type TensorData } from '@deltahub/core/safetensors';
import { LABELS } from './text-task.js';

/** bert-base-uncased's tokenizer files in the repository's fixtures. */
const TOKENIZER = join(
  dirname(fileURLToPath(import.meta.url)),
  ...['..', '..', '..', 'core', 'test-fixtures', 'tokenizers', 'bert-base-uncased'],
);

const CONFIG: PretrainedConfig = {
  model_type: 'bert',
  architectures: ['BertForSequenceClassification'],
  vocab_size: 30522,
  hidden_size: 64,
  num_hidden_layers: 2,
  num_attention_heads: 4,
  intermediate_size: 128,
  max_position_embeddings: 128,
  type_vocab_size: 2,
  // Wider than BERT's 0.02: with weights that small, a random two-layer BERT passes almost nothing
  // of a sentence's words on to its first token, and there would be nothing for a delta to use.
  initializer_range: 0.1,
  hidden_dropout_prob: 0,
  attention_probs_dropout_prob: 0,
  id2label: Object.fromEntries(LABELS.map((label, i) => [String(i), label])),
  label2id: Object.fromEntries(LABELS.map((label, i) => [label, i])),
};

/**
 * Assigns seeded normal values (standard deviation `std`) to every weight, zeros to biases; layer
 * norm scales stay 1.
 */
export function seedWeights(parameters: Iterable<[string, Parameter]>, std: number, seed: number): void {
  let i = 0;
  for (const [name, parameter] of parameters) {
    i++;
    if (/LayerNorm\.weight$/.test(name)) continue;
    tf.tidy(() =>
      parameter.assign(
        name.endsWith('bias')
          ? tf.zeros(parameter.shape)
          : tf.randomNormal(parameter.shape, 0, std, 'float32', seed * 1000 + i),
      ),
    );
  }
}

/** Writes `config.json`, `model.safetensors` and the tokenizer files into `dir`. */
export async function publishTextBackbone(dir: string): Promise<void> {
  const model = AutoModelForSequenceClassification.fromConfig(CONFIG);
  try {
    seedWeights(model.namedParameters(), CONFIG.initializer_range as number, 1);
    const tensors: Record<string, TensorData> = {};
    for (const [name, tensor] of Object.entries(model.stateDict())) {
      tensors[name] = { dtype: 'F32', shape: tensor.shape, data: tensor.dataSync() as Float32Array };
    }
    await writeSafetensorsFile(join(dir, 'model.safetensors'), tensors);
    await writeFile(join(dir, 'config.json'), `${JSON.stringify(CONFIG, null, 2)}\n`);
    await (await AutoTokenizer.fromPretrained(TOKENIZER)).savePretrained(dir);
  } finally {
    model.dispose();
  }
}
