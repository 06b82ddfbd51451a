import type { ModifiedModules } from '@deltahub/core/checkpoint';

/**
 * The `modifiedModules` column of a revision, parsed once for every reader: `{ given, resolved }`
 * as the delta config records them, or `[]` for a revision without a config (empty lists). A bare
 * list of names (an earlier shape) is read as the patterns given.
 */
export function parseModifiedModulesColumn(column: string): ModifiedModules {
  const value = JSON.parse(column) as ModifiedModules | string[];
  if (Array.isArray(value)) return { given: value, resolved: [] };
  return { given: value.given, resolved: value.resolved };
}
