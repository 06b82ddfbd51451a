import { UNKNOWN_BACKBONE } from './format.js';

/** What the usage snippet of a delta needs to know. */
export interface UsageSnippetSource {
  /** Where users load the delta from: a hub id (`owner/name`) or a folder (`./name`). */
  location: string;
  /** The backbone's model class as the config records it (`BertForSequenceClassification`); null when unknown. */
  modelClass: string | null;
  /** The backbone's hub id or path as recorded; null or `'unknown'` when unknown. */
  backboneNameOrPath: string | null;
}

/** The placeholder shown when the backbone's origin was not recorded. */
const BACKBONE_PLACEHOLDER = '<backbone folder or hub id>';

/**
 * The TypeScript that loads a delta's backbone and applies the delta, as the model card's Usage
 * section and the hub's delta page show it. The backbone loads through the model class the
 * config records, exactly the class the delta was trained on (any head, not only those an
 * `AutoModelFor...` class covers); `AutoModel` when no class is recorded. A backbone whose
 * origin is unknown shows a placeholder rather than a path that would not load.
 */
export function usageSnippet(source: UsageSnippetSource): string {
  const modelClass = source.modelClass ?? 'AutoModel';
  const known = source.backboneNameOrPath !== null && source.backboneNameOrPath !== UNKNOWN_BACKBONE;
  const backbone = known ? source.backboneNameOrPath : BACKBONE_PLACEHOLDER;
  return [
    `import { AutoDeltaModel, ${modelClass} } from 'deltahub';`,
    '',
    `const backbone = await ${modelClass}.fromPretrained(${JSON.stringify(backbone)});`,
    `const delta = await AutoDeltaModel.fromFinetuned(${JSON.stringify(source.location)}, { backboneModel: backbone });`,
    '// backbone.forward(...) now runs with the delta; delta.detach() takes it out again.',
  ].join('\n');
}

/** What the Python usage snippet of a PEFT adapter needs to know. */
export interface PeftUsageSnippetSource {
  /** Where users load the adapter from: a hub id (`owner/name`) or a folder. */
  location: string;
  /** The base model's class as recorded (`BertForSequenceClassification`); null for `AutoModel`. */
  modelClass: string | null;
  /** The base model's hub id; null or `'unknown'` when unknown. */
  baseModel: string | null;
}

/**
 * The Python that loads a PEFT adapter onto its base model with Hugging Face PEFT, as the model
 * card and the hub's page show it for repos holding `adapter_config.json`. deltahub's model
 * classes carry transformers' names, so a recorded class is the one to import.
 */
export function peftUsageSnippet(source: PeftUsageSnippetSource): string {
  const modelClass = source.modelClass ?? 'AutoModel';
  const known = source.baseModel !== null && source.baseModel !== UNKNOWN_BACKBONE;
  return [
    `from transformers import ${modelClass}`,
    'from peft import PeftModel',
    '',
    `base = ${modelClass}.from_pretrained(${JSON.stringify(known ? source.baseModel : '<base model id>')})`,
    `model = PeftModel.from_pretrained(base, ${JSON.stringify(source.location)})`,
  ].join('\n');
}

/**
 * The TypeScript that loads a full model (a backbone, not a delta) from a hub repo, as the hub's
 * page of such a repo shows it: the Auto class picks the architecture from its `config.json`.
 */
export function pretrainedUsageSnippet(location: string): string {
  return [
    "import { AutoModel } from 'deltahub';",
    '',
    `const model = await AutoModel.fromPretrained(${JSON.stringify(location)});`,
  ].join('\n');
}
