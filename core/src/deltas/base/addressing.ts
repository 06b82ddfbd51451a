import { DeltahubError } from '../../errors.js';
import type { Module } from '../../nn/module.js';

/**
 * Name-based addressing, as in OpenDelta: a plain pattern matches a module whose dotted name ends
 * with it at a dot boundary (`0.attention` matches `layer.0.attention`, not `layer.10.attention`);
 * a pattern starting with `[r]` is a regular expression that must match a whole dot-bounded suffix.
 */
export function matchesModulePattern(name: string, pattern: string): boolean {
  if (pattern.startsWith('[r]')) {
    const regex = compileRegex(pattern);
    // Try every dot-bounded suffix, the whole name first.
    let start = 0;
    for (;;) {
      if (regex.test(name.slice(start))) return true;
      const dot = name.indexOf('.', start);
      if (dot < 0) return false;
      start = dot + 1;
    }
  }
  return name === pattern || name.endsWith(`.${pattern}`);
}

const regexCache = new Map<string, RegExp>();

function compileRegex(pattern: string): RegExp {
  let regex = regexCache.get(pattern);
  if (!regex) {
    try {
      regex = new RegExp(`^(?:${pattern.slice(3)})$`);
    } catch (cause) {
      throw new DeltahubError(
        'BAD_MODULE_PATTERN',
        `Invalid regular expression in module pattern '${pattern}'.`,
        { cause },
      );
    }
    regexCache.set(pattern, regex);
  }
  return regex;
}

/** Whether `name` matches any of `patterns`. */
export function matchesAny(name: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => matchesModulePattern(name, pattern));
}

/**
 * The full names of the modules under `root` that the patterns select, in tree order. The root is
 * never a target; a parent and its child are both selected when both match; `exclude` wins over a
 * match. A pattern that selects nothing is an error listing the closest module names, never a
 * silent no-op.
 */
export function resolveModules(
  root: Module,
  patterns: readonly string[],
  exclude: readonly string[] = [],
): string[] {
  const names = [...root.namedModules()].map(([name]) => name).filter((name) => name !== '');
  for (const pattern of patterns) {
    if (!names.some((name) => matchesModulePattern(name, pattern))) {
      throw new DeltahubError(
        'MODULE_PATTERN_UNMATCHED',
        `Module pattern '${pattern}' matches no module. Closest names: ${closestNames(pattern, names).join(', ')}.`,
      );
    }
  }
  return names.filter((name) => matchesAny(name, patterns) && !matchesAny(name, exclude));
}

/** Up to `count` names closest to `pattern` by edit distance of their best-matching suffix. */
export function closestNames(pattern: string, names: readonly string[], count = 5): string[] {
  const scored = names.map((name) => {
    const parts = name.split('.');
    let best = Infinity;
    for (let i = 0; i < parts.length; i++)
      best = Math.min(best, editDistance(pattern, parts.slice(i).join('.')));
    return { name, score: best };
  });
  scored.sort((a, b) => a.score - b.score || a.name.length - b.name.length);
  return scored.slice(0, count).map((s) => s.name);
}

function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/**
 * Whether a parameter's name, or the name of a module containing it, matches `pattern`: the rule
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
