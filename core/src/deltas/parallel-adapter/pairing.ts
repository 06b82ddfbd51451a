import { DeltahubError } from '../../errors.js';
import { matchesModulePattern } from '../base/addressing.js';

/** One parallel adapter's ends: it reads `first`'s input and adds to `second`'s output (maybe the same module). */
export interface ModulePair {
  readonly first: string;
  readonly second: string;
}

/**
 * Pairs resolved module names (in tree order) the way OpenDelta's ParallelAdapter does: patterns
 * are read two by two, `[a, b, c, d]` meaning "from a's input to b's output" and "from c's input to
 * d's output", repeated in every layer; a pattern given twice in a row (`attention, attention`) pairs
 * a module with itself. Unlike OpenDelta, which pairs blindly by a counter, each module must match
 * the pattern expected at its place, and an unfinished pair is an error.
 */
export function pairModules(names: readonly string[], patterns: readonly string[]): ModulePair[] {
  if (patterns.length === 0 || patterns.length % 2 !== 0) {
    throw new DeltahubError(
      'DELTA_OPTIONS_INVALID',
      `ParallelAdapter needs modifiedModules in pairs [from, to, ...]; got ${patterns.length} pattern(s): ${JSON.stringify(patterns)}.`,
    );
  }
  const pairs: ModulePair[] = [];
  let state = 0;
  let open: string | undefined;
  for (const name of names) {
    const expected = patterns[state]!;
    if (!matchesModulePattern(name, expected)) {
      throw new DeltahubError(
        'DELTA_OPTIONS_INVALID',
        `ParallelAdapter pairing: '${name}' comes where a module matching '${expected}' was expected (pattern ${state} of ${JSON.stringify(patterns)}); ` +
          'each pair must match modules in the order they appear in the model.',
      );
    }
    if (state % 2 === 0) {
      if (patterns[state + 1] === expected) {
        pairs.push({ first: name, second: name });
        state = (state + 2) % patterns.length;
      } else {
        open = name;
        state += 1;
      }
    } else {
      pairs.push({ first: open!, second: name });
      open = undefined;
      state = (state + 1) % patterns.length;
    }
  }
  if (open !== undefined || state !== 0) {
    throw new DeltahubError(
      'DELTA_OPTIONS_INVALID',
      `ParallelAdapter pairing: ${open !== undefined ? `'${open}' has no partner` : 'the last pairs are incomplete'}; expected a module matching '${patterns[state]}' next.`,
    );
  }
  return pairs;
}
