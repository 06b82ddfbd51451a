import { DELTAS_KEYWORD, matchesModulePattern } from '@deltahub/core';

/**
 * Whether a parameter name, or the name of a module containing it, matches `pattern`: the rule
 * `freezeModule({ exclude })` applies (`classifier` matches `classifier.dense.weight`, `bias`
 * matches every bias).
 */
export function parameterMatches(parameterName: string, pattern: string): boolean {
  if (matchesModulePattern(parameterName, pattern)) return true;
  let end = parameterName.lastIndexOf('.');
  while (end > 0) {
    if (matchesModulePattern(parameterName.slice(0, end), pattern)) return true;
    end = parameterName.lastIndexOf('.', end - 1);
  }
  return false;
}

/** Whether one of the `unfrozenModules` entries other than the reserved `'deltas'` covers the name. */
export function coveredByUnfrozen(parameterName: string, unfrozenModules: readonly string[]): boolean {
  return unfrozenModules.some((p) => p !== DELTAS_KEYWORD && parameterMatches(parameterName, p));
}
