/** The backbone class users load, by the suffix of the model class recorded in the delta. */
const AUTO_CLASSES: [RegExp, string][] = [
  [/ForSequenceClassification$/, 'AutoModelForSequenceClassification'],
  [/ForMaskedLM$/, 'AutoModelForMaskedLM'],
  [/(ForCausalLM|LMHeadModel)$/, 'AutoModelForCausalLM'],
  [/ForConditionalGeneration$|ForSeq2SeqLM$/, 'AutoModelForSeq2SeqLM'],
];

/**
 * The TypeScript that loads the backbone and applies the delta from this hub, as shown on the
 * delta page (a copy button copies it verbatim).
 */
export function usageSnippet(id: string, modelClass: string | null, backboneName: string | null): string {
  const auto = AUTO_CLASSES.find(([pattern]) => modelClass && pattern.test(modelClass))?.[1] ?? 'AutoModel';
  return [
    `import { ${auto}, AutoDeltaModel } from 'deltahub';`,
    '',
    `const backbone = await ${auto}.fromPretrained(${JSON.stringify(backboneName ?? './backbone')});`,
    `const delta = await AutoDeltaModel.fromFinetuned(${JSON.stringify(id)}, { backboneModel: backbone });`,
  ].join('\n');
}
