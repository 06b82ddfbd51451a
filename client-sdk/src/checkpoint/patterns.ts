import { DELTAS_KEYWORD, parameterMatches } from '@deltahub/core';

/** Whether one of the `unfrozenModules` entries other than the reserved `'deltas'` covers the name. */
export function coveredByUnfrozen(parameterName: string, unfrozenModules: readonly string[]): boolean {
  return unfrozenModules.some((p) => p !== DELTAS_KEYWORD && parameterMatches(parameterName, p));
}
