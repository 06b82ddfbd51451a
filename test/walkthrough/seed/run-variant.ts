/**
 * One pass of the seed path on one backbone: load, look at the structure, attach a delta, freeze,
 * train on the toy task, save, push, then pull in a separate process and compare predictions.
 * Every check that fails throws a {@link WalkthroughCheckError}.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  AdapterModel,
  AutoModelForSequenceClassification,
  Visualization,
  type DeltaModel,
  type PreTrainedModel,
} from 'deltahub';
import { frozenWeightsDigest } from './frozen.js';
import type { WalkthroughHub } from './hub.js';
import { predictionsOf, PREDICTIONS_MARKER, type Predictions } from './predictions.js';
import { EVAL_BATCH, TRAIN_BATCH, TRAIN_STEPS } from './settings.js';
import { toyBatch, train } from './toy-task.js';

const here = dirname(fileURLToPath(import.meta.url));
const testRoot = join(here, '..', '..');

/** A walkthrough step whose outcome is not what the seed path promises. */
export class WalkthroughCheckError extends Error {
  readonly code = 'WALKTHROUGH_CHECK_FAILED';
}

/** What differs between the BART pass and the BERT pass. */
export interface Variant {
  /** Label in the output, e.g. `bart`. */
  name: string;
  /** Folder the backbone loads from (config.json + model.safetensors, with its head). */
  backboneFolder: string;
  /** The delta, attached to the freshly loaded backbone. */
  attach(model: PreTrainedModel): DeltaModel;
  /** `freezeModule`'s exclusions. */
  exclude: string[];
  /** Repo name (under the hub user). */
  repo: string;
}

export function check(condition: boolean, message: string): void {
  if (!condition) throw new WalkthroughCheckError(message);
}

/**
 * Runs `script` (a file of this folder) in a fresh process with an empty cache and the hub's
 * credentials, and returns the JSON it printed after {@link PREDICTIONS_MARKER}.
 */
export async function pullInChild<T>(
  script: string,
  args: string[],
  hub: WalkthroughHub,
  backend: string,
): Promise<T> {
  const cache = await mkdtemp(join(tmpdir(), 'deltahub-walkthrough-cache-'));
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', join(here, script), ...args],
      {
        cwd: testRoot,
        env: {
          ...process.env,
          DELTAHUB_URL: hub.url,
          DELTAHUB_TOKEN: hub.token,
          DELTAHUB_CACHE: cache,
          DELTAHUB_BACKEND: backend,
        },
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    const line = stdout.split('\n').find((l) => l.startsWith(PREDICTIONS_MARKER));
    check(line !== undefined, `the pulling process printed no predictions:\n${stdout}`);
    return JSON.parse(line!.slice(PREDICTIONS_MARKER.length)) as T;
  } finally {
    await rm(cache, { recursive: true, force: true });
  }
}

/** The seed path on one variant; prints each step. */
export async function runVariant(variant: Variant, hub: WalkthroughHub, backend: string): Promise<void> {
  const say = (line: string): void => console.log(`[${variant.name}] ${line}`);
  const model = await AutoModelForSequenceClassification.fromPretrained(variant.backboneFolder, {
    onWarning: () => {},
  });
  const work = await mkdtemp(join(tmpdir(), `deltahub-walkthrough-${variant.name}-`));
  try {
    say(`model: ${model.constructor.name} (${model.numParameters().toLocaleString('en-US')} parameters)`);
    say('structure graph:');
    new Visualization(model).structureGraph();

    const delta = variant.attach(model);
    say(
      `delta: ${delta.constructor.name} on ${delta.modifiedModules.join(', ')}${delta.usesDefaultPlacement ? ' (default placement)' : ''} -> ${delta.resolvedModules.length} modules`,
    );
    delta.log();
    delta.freezeModule({ exclude: variant.exclude, setStateDict: true });
    const { trainable, total } = delta.parameterCounts();
    say(`frozen all but ${variant.exclude.join(', ')}: ${trainable} of ${total} parameters trainable`);

    // Training: only the trainable variables move; the frozen backbone must not.
    const before = frozenWeightsDigest(model);
    const losses = train(
      delta,
      model,
      toyBatch(TRAIN_BATCH.size, TRAIN_BATCH.length, TRAIN_BATCH.seed),
      TRAIN_STEPS,
    );
    const first = losses[0]!;
    const last = losses[losses.length - 1]!;
    say(`loss: ${first.toFixed(4)} -> ${last.toFixed(4)} over ${losses.length} Adam steps`);
    check(last < first, `the loss did not decrease: ${losses.map((l) => l.toFixed(4)).join(', ')}`);
    check(frozenWeightsDigest(model) === before, 'training changed frozen backbone weights');
    say('frozen weights unchanged: yes');

    const saved = await delta.saveFinetuned(join(work, 'delta'), {
      card: { task: 'text-classification', tags: ['walkthrough', 'toy'], license: 'apache-2.0' },
    });
    say(`saved: ${(await readdir(saved.dir)).sort().join(', ')}`);

    const repo = `${hub.user}/${variant.repo}`;
    const pushed = await delta.pushToHub(repo, { hubUrl: hub.url, token: hub.token });
    say(`pushed: ${repo} revision ${pushed.revision} (${pushed.uploadedBytes} bytes uploaded)`);

    const mine = predictionsOf(model, toyBatch(EVAL_BATCH.size, EVAL_BATCH.length, EVAL_BATCH.seed));
    const theirs = await pullInChild<Predictions>(
      'pull-predict.ts',
      [variant.backboneFolder, repo],
      hub,
      backend,
    );
    say(`predictions here:   ${JSON.stringify(mine.labels)}`);
    say(`predictions pulled: ${JSON.stringify(theirs.labels)} (separate process, empty cache)`);
    check(
      theirs.logits === mine.logits,
      'the pulled delta predicts differently from the trained one (logits differ)',
    );
    say('identical predictions: yes (logits equal bit for bit)');
  } finally {
    model.dispose();
    await rm(work, { recursive: true, force: true });
  }
}

/** BART: an adapter on `fc2`, as in the seed document. */
export const bartVariant = (backboneFolder: string): Variant => ({
  name: 'bart',
  backboneFolder,
  attach: (model) => new AdapterModel({ backboneModel: model, modifiedModules: ['fc2'], bottleneckDim: 12 }),
  exclude: ['deltas', 'layernorm_embedding'],
  repo: 'bart-adapter-toy',
});
