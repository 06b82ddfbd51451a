import { PreTrainedModel, peftTargetNames, peftTargetPatterns, type Module } from '@deltahub/core';

/**
 * Maps module paths of the model PEFT wrapped onto the backbone's. They are the same when both are
 * the same class; a head class nests the base model under its prefix (`bert.`), so an adapter made
 * on `BertForSequenceClassification` names `bert.encoder...` where a `BertModel` has `encoder...`, and
 * the other way round (transformers' own rule for loading base weights into heads). The direction is
 * chosen from the first path that needs it; paths that exist as they are stay unchanged.
 */
export function modulePathTranslator(backbone: Module, paths: readonly string[]): (path: string) => string {
  const names = new Set([...backbone.namedModules()].map(([name]) => name));
  const parameters = new Set([...backbone.namedParameters()].map(([name]) => name));
  const exists = (path: string): boolean => names.has(path) || parameters.has(path);
  const prefix = backbone instanceof PreTrainedModel ? backbone.baseModelPrefix : '';
  if (!prefix) return (path) => path;
  const add = (path: string): string => `${prefix}.${path}`;
  const strip = (path: string): string =>
    path.startsWith(`${prefix}.`) ? path.slice(prefix.length + 1) : path;
  const first = paths.find((path) => !exists(path));
  if (first === undefined) return (path) => path;
  const rule = exists(add(first)) ? add : exists(strip(first)) ? strip : undefined;
  if (!rule) return (path) => path;
  return (path) => (exists(path) ? path : rule(path));
}

/**
 * `modifiedModules` for a PEFT `target_modules` (null: the method's default placement): a list
 * becomes deltahub plain patterns (the same rule); a regex or `layers_to_transform` becomes the exact
 * module names PEFT's rule selects, since deltahub's `[r]` patterns also match shorter suffixes.
 */
export function modifiedModulesFor(
  backbone: Module,
  targetModules: string | readonly string[] | null,
  layersToTransform: readonly number[] | null = null,
): string[] | undefined {
  if (targetModules === null) return undefined;
  if (typeof targetModules !== 'string' && layersToTransform === null) {
    return peftTargetPatterns(targetModules);
  }
  const names = [...backbone.namedModules()].map(([name]) => name);
  return peftTargetNames(names, targetModules, layersToTransform ?? undefined);
}
