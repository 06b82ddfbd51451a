import type { Module, Parameter } from '../nn/module.js';

/** The state a parameter is shown in. */
export type ParameterState = 'delta' | 'trainable' | 'frozen';

/** Options of {@link structureGraph}. */
export interface StructureGraphOptions {
  /** Parameters that belong to deltas; marked `delta` whatever their trainable flag. */
  deltaParameters?: ReadonlySet<Parameter>;
  /** Append `[delta]` / `[trainable]` / `[frozen]` marks (default true). */
  marks?: boolean;
  /** Wrap marks in ANSI colours (for terminals). */
  color?: boolean;
}

interface Node {
  name: string;
  typeName: string;
  params: string;
  mark: string;
  children: Node[];
  /** Identifies nodes that fold together: same type, parameters, marks and subtree. */
  signature: string;
}

/** Modules shown even when nothing under them has parameters; see {@link showWhenEmpty}. */
const shownWhenEmpty = new WeakSet<Module>();

/**
 * Keeps `module` in the structure graph even when neither it nor anything under it has
 * parameters. OpenDelta's graph drops only parameter-less *leaf* modules, so a container whose
 * children are all parameter-less still shows (prefix tuning's `reparams.module_list`); delta
 * modules that mirror such structure call this so their graph matches OpenDelta's line for line.
 */
export function showWhenEmpty(module: Module): void {
  shownWhenEmpty.add(module);
}

/** Hidden modules that still tell their parent apart when folding; see {@link distinguishWhenHidden}. */
const distinctWhenHidden = new WeakSet<Module>();

/**
 * Makes a parameter-less `module` (hidden from the graph) still count when its parent is compared
 * with its siblings for folding. OpenDelta computes folding fingerprints before it drops
 * parameter-less leaves, so a delta's parameter-less child (a prefix layer without its own weights)
 * keeps its parent from folding with an unmodified sibling (`self_attn` and `encoder_attn` stay
 * apart); delta modules that mirror this call it so their graph matches OpenDelta's.
 */
export function distinguishWhenHidden(module: Module): void {
  distinctWhenHidden.add(module);
}

const COLORS: Record<ParameterState, string> = {
  delta: '\x1b[31m',
  trainable: '\x1b[32m',
  frozen: '\x1b[2m',
};

/**
 * Renders a module tree the way OpenDelta's `Visualization` does: `name (Type) param:[shape]` per
 * module, parameter-less branches hidden, and identical siblings folded (`0-11(BertLayer)`,
 * `query,value(Linear)`). Unlike OpenDelta, whose only marks are colours, each line ends with a
 * plain-text mark of its parameters' state, so logs and non-terminals show it too.
 */
export function structureGraph(root: Module, options: StructureGraphOptions = {}): string {
  const deltas = options.deltaParameters ?? new Set<Parameter>();
  const stateOf = (p: Parameter): ParameterState =>
    deltas.has(p) ? 'delta' : p.trainable ? 'trainable' : 'frozen';
  const tree = buildNode('root', root, new Set(), stateOf, options);
  const lines = ['root'];
  renderChildren(tree ? tree.children : [], '', lines);
  return lines.join('\n');
}

function buildNode(
  name: string,
  module: Module,
  ancestors: Set<Module>,
  stateOf: (p: Parameter) => ParameterState,
  options: StructureGraphOptions,
): Node | undefined {
  if (ancestors.has(module)) return undefined;
  ancestors.add(module);
  const children: Node[] = [];
  const hiddenMarkers: string[] = [];
  for (const [childName, child] of module.namedChildren()) {
    const node = buildNode(childName, child, ancestors, stateOf, options);
    if (node) children.push(node);
    else if (distinctWhenHidden.has(child)) hiddenMarkers.push(`${childName}(${child.typeName})`);
  }
  ancestors.delete(module);
  const own = [...module.ownParameters()];
  if (own.length === 0 && children.length === 0 && !shownWhenEmpty.has(module)) return undefined;
  const params = own.map(([n, p]) => `${n}:[${p.shape.join(', ')}]`).join(' ');
  const mark =
    options.marks === false
      ? ''
      : markFor(
          own.map(([n, p]) => [n, stateOf(p)]),
          options.color ?? false,
        );
  const folded = fold(children);
  const signature = `${module.typeName}|${params}|${mark}|${folded.map((c) => `${c.name}:${c.signature}`).join(',')}|${hiddenMarkers.join(',')}`;
  return { name, typeName: module.typeName, params, mark, children: folded, signature };
}

function markFor(states: Array<[string, ParameterState]>, color: boolean): string {
  if (states.length === 0) return '';
  const paint = (state: ParameterState, text: string): string =>
    color ? `${COLORS[state]}${text}\x1b[0m` : text;
  const distinct = new Set(states.map(([, s]) => s));
  if (distinct.size === 1) {
    const state = states[0]![1];
    return paint(state, `[${state}]`);
  }
  const groups = (['delta', 'trainable', 'frozen'] as const)
    .map((state) => [state, states.filter(([, s]) => s === state).map(([n]) => n)] as const)
    .filter(([, names]) => names.length > 0)
    .map(([state, names]) => paint(state, `${state}: ${names.join(', ')}`));
  return `[${groups.join('; ')}]`;
}

/** Merges siblings with equal signatures into one node named `a,b` or `0-11`, at the first's place. */
function fold(children: Node[]): Node[] {
  const groups = new Map<string, Node[]>();
  for (const child of children) {
    const group = groups.get(child.signature);
    if (group) group.push(child);
    else groups.set(child.signature, [child]);
  }
  return [...groups.values()].map((group) =>
    group.length === 1
      ? group[0]!
      : ({ ...group[0]!, name: foldNames(group.map((n) => n.name)), folded: true } as Node),
  );
}

/** `['0','1','2','5']` → `0-2,5`; other names are joined with commas. */
function foldNames(names: string[]): string {
  if (!names.every((n) => /^\d+$/.test(n))) return names.join(',');
  const numbers = names.map(Number).sort((a, b) => a - b);
  const ranges: string[] = [];
  let start = numbers[0]!;
  let previous = start;
  for (const n of [...numbers.slice(1), NaN]) {
    if (n === previous + 1) {
      previous = n;
      continue;
    }
    ranges.push(start === previous ? `${start}` : `${start}-${previous}`);
    start = n;
    previous = n;
  }
  return ranges.join(',');
}

function renderChildren(children: Node[], indent: string, lines: string[]): void {
  children.forEach((child, i) => {
    const last = i === children.length - 1;
    const folded = (child as Node & { folded?: boolean }).folded === true;
    // OpenDelta writes folded groups without a space before the type: `0-11(BertLayer)`.
    const head = folded ? `${child.name}(${child.typeName})` : `${child.name} (${child.typeName})`;
    const tail = [child.params, child.mark].filter(Boolean).join(' ');
    lines.push(`${indent}${last ? '└── ' : '├── '}${head}${tail ? ` ${tail}` : ''}`);
    renderChildren(child.children, indent + (last ? '    ' : '│   '), lines);
  });
}
