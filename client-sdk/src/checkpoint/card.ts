import { basename, isAbsolute, resolve } from 'node:path';
import {
  ModelCardError,
  UNKNOWN_BACKBONE,
  peftUsageSnippet,
  usageSnippet,
  type DeltaConfig,
} from '@deltahub/core/checkpoint';
import { toYaml, type YamlValue } from './yaml.js';

/** What a model card says beyond what the delta config records. Every field is optional. */
export interface ModelCardOptions {
  /** Prose shown under the title (Markdown). */
  description?: string;
  /** The task, e.g. `text-classification`; also recorded in `delta_config.json`. */
  task?: string;
  /** The dataset trained on, e.g. `glue/sst2`; also recorded in `delta_config.json`. */
  dataset?: string;
  /** Evaluation results by metric name, e.g. `{ accuracy: 0.91 }`. */
  metrics?: Record<string, number>;
  /** The license id, e.g. `apache-2.0`; also recorded in `delta_config.json`. */
  license?: string;
  /** Free tags; also recorded in `delta_config.json`. */
  tags?: string[];
}

const CARD_FIELDS = new Set(['description', 'task', 'dataset', 'metrics', 'license', 'tags']);

/**
 * Checks card options before anything is written; throws `ModelCardError` (`MODEL_CARD_INVALID`)
 * naming the bad field. Unknown fields are errors too, so a typo (`datasets`) is not silently lost.
 */
export function checkCardOptions(card: unknown): ModelCardOptions {
  if (card === undefined) return {};
  if (typeof card !== 'object' || card === null || Array.isArray(card)) {
    throw new ModelCardError('card must be an object { description, task, dataset, metrics, license, tags }');
  }
  const c = card as Record<string, unknown>;
  for (const field of Object.keys(c)) {
    if (!CARD_FIELDS.has(field)) {
      throw new ModelCardError(`unknown card field '${field}'; known: ${[...CARD_FIELDS].join(', ')}`);
    }
  }
  for (const field of ['description', 'task', 'dataset', 'license'] as const) {
    const v = c[field];
    if (v !== undefined && (typeof v !== 'string' || v.trim() === '')) {
      throw new ModelCardError(`card.${field} must be a non-empty string`);
    }
  }
  if (c['tags'] !== undefined) {
    const tags = c['tags'];
    if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string' && t.trim() !== '')) {
      throw new ModelCardError('card.tags must be an array of non-empty strings');
    }
  }
  if (c['metrics'] !== undefined) {
    const metrics = c['metrics'];
    if (typeof metrics !== 'object' || metrics === null || Array.isArray(metrics)) {
      throw new ModelCardError('card.metrics must be an object of metric name → number');
    }
    for (const [name, value] of Object.entries(metrics)) {
      if (name.trim() === '' || typeof value !== 'number' || !Number.isFinite(value)) {
        throw new ModelCardError(`card.metrics.${name} must be a finite number`);
      }
    }
  }
  return c as ModelCardOptions;
}

const METHOD_NAMES: Record<string, string> = {
  lora: 'LoRA',
  adapter: 'Adapter',
  bitfit: 'BitFit',
  prefix: 'Prefix tuning',
  soft_prompt: 'Soft prompt',
  compacter: 'Compacter',
  low_rank_adapter: 'Low-rank adapter',
  parallel_adapter: 'Parallel adapter',
  ia3: 'IA³',
};

/** What a card says beyond the checkpoint: whether the folder also holds a PEFT adapter. */
export interface CardExtras {
  /**
   * The folder also holds `adapter_config.json` + `adapter_model.safetensors` (`pushToHub`): the
   * card says `library_name: peft`, so the Hugging Face Hub and PEFT treat the repo as an adapter,
   * and shows the Python that loads it.
   */
  peft?: boolean;
}

/**
 * The model card (`README.md`) of a delta checkpoint: YAML front matter (`base_model`,
 * `library_name`, `delta_type`, `tags`, `task`, `dataset`/`datasets`, `metrics` names, `license`, and
 * a Hugging Face `model-index` with the metric values when task and dataset are known), a title, the
 * description, a summary of the delta, the results, and a TypeScript usage snippet (and a Python one
 * with PEFT, see {@link CardExtras}). `location` is where users load the checkpoint from (the folder
 * it was saved to, or the hub id it was pushed to): its last segment is the title, and the snippet
 * loads from it.
 */
export function renderModelCard(
  config: DeltaConfig,
  card: ModelCardOptions,
  location: string,
  extras: CardExtras = {},
): string {
  const name = basename(resolve(location));
  const source = isAbsolute(location) ? `./${name}` : location;
  const { backbone } = config;
  const method = METHOD_NAMES[config.deltaType] ?? config.deltaType;
  const baseModel = backbone.nameOrPath !== UNKNOWN_BACKBONE ? backbone.nameOrPath : undefined;
  const metrics = Object.entries(card.metrics ?? {});

  const front: Record<string, YamlValue> = {};
  if (baseModel) front['base_model'] = baseModel;
  front['library_name'] = extras.peft ? 'peft' : 'deltahub';
  front['delta_type'] = config.deltaType;
  front['tags'] = [
    ...new Set(['deltahub', ...(extras.peft ? ['peft'] : []), config.deltaType, ...(card.tags ?? [])]),
  ];
  if (card.task) front['task'] = card.task;
  if (card.dataset) {
    front['dataset'] = card.dataset;
    front['datasets'] = [card.dataset];
  }
  if (metrics.length) front['metrics'] = metrics.map(([metric]) => metric);
  if (card.license) front['license'] = card.license;
  if (metrics.length && card.task && card.dataset) {
    front['model-index'] = [
      {
        name,
        results: [
          {
            task: { type: card.task },
            dataset: { name: card.dataset, type: card.dataset },
            metrics: metrics.map(([type, value]) => ({ type, value })),
          },
        ],
      },
    ];
  }

  const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const code = (text: string): string => `\`${cell(text)}\``;
  const resolved = config.modifiedModules.resolved;
  const moduleName = (m: string): string => (m === '' ? '(the root module)' : code(m));
  const shownModules = resolved.slice(0, 8).map(moduleName).join(', ') + (resolved.length > 8 ? ', …' : '');
  const percent =
    backbone.totalParameters > 0 ? (config.trainableParameters / backbone.totalParameters) * 100 : 0;
  const rows: Array<[string, string]> = [
    ['Method', `${method} (${code(config.deltaType)})`],
    [
      'Backbone',
      `${code(backbone.modelClass)} (${code(backbone.architecture)})${baseModel ? ` from ${code(baseModel)}` : ''}`,
    ],
    ['Modified modules', `${resolved.length}: ${shownModules}`],
    [
      'Trainable parameters',
      `${config.trainableParameters.toLocaleString('en-US')} (${percent.toFixed(4)}% of the backbone's ${backbone.totalParameters.toLocaleString('en-US')})`,
    ],
    ['Hyperparameters', code(JSON.stringify(config.hyperparameters))],
  ];
  if (card.task) rows.push(['Task', cell(card.task)]);
  if (card.dataset) rows.push(['Dataset', cell(card.dataset)]);
  if (card.license) rows.push(['License', cell(card.license)]);

  const lines = [
    '---',
    toYaml(front).trimEnd(),
    '---',
    '',
    `# ${name}`,
    '',
    card.description?.trim() ??
      `A ${method} delta for ${baseModel ? code(baseModel) : `a ${code(backbone.modelClass)} backbone`}, made with deltahub.`,
    '',
    '## Delta',
    '',
    '| | |',
    '|---|---|',
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
    '',
  ];
  if (metrics.length) {
    lines.push('## Results', '', '| Metric | Value |', '|---|---|');
    lines.push(...metrics.map(([metric, value]) => `| ${cell(metric)} | ${value} |`), '');
  }
  lines.push(
    '## Usage',
    '',
    '```ts',
    usageSnippet({
      location: source,
      modelClass: backbone.modelClass,
      backboneNameOrPath: backbone.nameOrPath,
    }),
    '```',
    '',
  );
  if (extras.peft) {
    lines.push(
      'In Python, with PEFT (`adapter_config.json` + `adapter_model.safetensors`):',
      '',
      '```python',
      peftUsageSnippet({ location: source, modelClass: backbone.modelClass, baseModel: baseModel ?? null }),
      '```',
      '',
    );
  }
  return lines.join('\n');
}
