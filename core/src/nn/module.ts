import { DeltahubError } from '../errors.js';
import { tf } from '../runtime/tf.js';

/** A learnable tensor: a tf.Variable whose `trainable` flag decides whether optimizers update it. */
export type Parameter = tf.Variable;

/** Runs before a module's forward; may return replacement inputs. */
export type ForwardPreHook<I extends unknown[] = unknown[]> = (module: Module, inputs: I) => I | void;

/** Runs after a module's forward; may return a replacement output. */
export type ForwardHook<I extends unknown[] = unknown[], O = unknown> = (
  module: Module,
  inputs: I,
  output: O,
) => O | void;

/** Returned by hook registration; `remove()` detaches the hook, whatever the order of removal. */
export interface HookHandle {
  remove(): void;
}

/** A shape mismatch found while loading a state dict. */
export interface ShapeMismatch {
  readonly key: string;
  readonly expected: readonly number[];
  readonly actual: readonly number[];
}

/** What {@link Module.loadStateDict} did not load. */
export interface LoadStateDictResult {
  /** Keys the module has but the dict lacked; those tensors keep their values. */
  readonly missingKeys: string[];
  /** Keys the dict had but the module does not. */
  readonly unexpectedKeys: string[];
  /** Keys present on both sides with different shapes; never loaded. */
  readonly mismatchedKeys: ShapeMismatch[];
}

/** A state dict: tensors by dotted name, in registration order, like PyTorch's `state_dict()`. */
export type StateDict = Record<string, tf.Tensor>;

/** Transforms the state dict a module returns; used by `freezeModule({ setStateDict: true })`. */
export type StateDictHook = (stateDict: StateDict) => StateDict;

/** Thrown when a state dict cannot be loaded strictly. */
export class StateDictError extends DeltahubError {
  constructor(
    message: string,
    readonly result: LoadStateDictResult,
  ) {
    super('STATE_DICT_MISMATCH', message);
  }
}

interface BufferEntry {
  tensor: tf.Tensor;
  persistent: boolean;
}

let nextHookId = 0;

/**
 * The PyTorch-style module tree every layer, backbone and delta is built from. A module owns named
 * child modules, parameters (tf.Variable) and buffers; names compose into dotted paths such as
 * `encoder.layer.0.attention.self.query.weight`, the same as the Hugging Face checkpoints use, so
 * state dicts load as they are.
 *
 * Call a module through {@link Module.call}, which runs the forward hooks that delta methods rely
 * on; {@link Module.forward} is the hook-free computation subclasses implement.
 */
export abstract class Module<I extends unknown[] = unknown[], O = unknown> {
  /** Whether the module is in training mode (dropout active). Set through {@link Module.train}. */
  training = true;

  readonly #children = new Map<string, Module>();
  readonly #parameters = new Map<string, Parameter>();
  readonly #buffers = new Map<string, BufferEntry>();
  // Stored with erased types: hook maps must not make Module<I, O> invariant in I and O.
  readonly #preHooks = new Map<number, ForwardPreHook<unknown[]>>();
  readonly #hooks = new Map<number, ForwardHook<unknown[], unknown>>();
  readonly #stateDictHooks = new Map<number, StateDictHook>();

  /** The hook-free computation. */
  abstract forward(...inputs: I): O;

  /** The type name shown in structure graphs, e.g. `BertLayer`. */
  get typeName(): string {
    return this.constructor.name;
  }

  /** Runs pre-hooks, {@link Module.forward}, then forward hooks, each in registration order. */
  call(...inputs: I): O {
    return this.runWithHooks(inputs, (...args) => this.forward(...args));
  }

  /**
   * Runs `inner` between this module's pre-hooks and forward hooks. Models whose public `forward`
   * normalises its inputs first use this so hooks see the normalised tensors.
   */
  protected runWithHooks(inputs: I, inner: (...inputs: I) => O): O {
    let args = inputs;
    for (const hook of this.#preHooks.values()) {
      const replaced = hook(this, args) as I | undefined;
      if (replaced !== undefined) args = replaced;
    }
    let output = inner(...args);
    for (const hook of this.#hooks.values()) {
      const replaced = hook(this, args, output) as O | undefined;
      if (replaced !== undefined) output = replaced;
    }
    return output;
  }

  /** Registers a hook that runs before forward and may replace its inputs. */
  registerForwardPreHook(hook: ForwardPreHook<I>): HookHandle {
    return addHook(this.#preHooks, hook as unknown as ForwardPreHook<unknown[]>);
  }

  /**
   * Registers a hook that runs after forward and may replace its output. A module run "in parallel"
   * is a forward hook that adds its own result computed from `inputs` to `output`.
   */
  registerForwardHook(hook: ForwardHook<I, O>): HookHandle {
    return addHook(this.#hooks, hook as unknown as ForwardHook<unknown[], unknown>);
  }

  /** Registers a transformation applied to this module's {@link Module.stateDict} output. */
  registerStateDictHook(hook: StateDictHook): HookHandle {
    return addHook(this.#stateDictHooks, hook);
  }

  /** Adds (or replaces) a named child module; returns it for fluent construction. */
  registerModule<M extends Module>(name: string, module: M): M {
    checkName(name, 'module');
    this.#children.set(name, module);
    return module;
  }

  /** Removes a child module and returns it (not disposed). */
  removeModule(name: string): Module | undefined {
    const child = this.#children.get(name);
    this.#children.delete(name);
    return child;
  }

  /** Adds (or replaces) a named parameter. Registering one variable in two places ties them. */
  registerParameter(name: string, parameter: Parameter): Parameter {
    checkName(name, 'parameter');
    this.#parameters.set(name, parameter);
    return parameter;
  }

  /** Removes a parameter from this module and returns it (not disposed). */
  removeParameter(name: string): Parameter | undefined {
    const parameter = this.#parameters.get(name);
    this.#parameters.delete(name);
    return parameter;
  }

  /**
   * Adds a buffer: a tensor that is part of the module's state but not learned. Persistent buffers
   * appear in the state dict; others (caches, index tensors) do not.
   */
  registerBuffer(name: string, tensor: tf.Tensor, options: { persistent?: boolean } = {}): tf.Tensor {
    checkName(name, 'buffer');
    const kept = tf.keep(tensor);
    this.#buffers.get(name)?.tensor.dispose();
    this.#buffers.set(name, { tensor: kept, persistent: options.persistent ?? true });
    return kept;
  }

  /** The buffer registered under `name` on this module. */
  getBuffer(name: string): tf.Tensor {
    const entry = this.#buffers.get(name);
    if (!entry) throw new DeltahubError('MODULE_NOT_FOUND', `No buffer '${name}' on ${this.typeName}.`);
    return entry.tensor;
  }

  /**
   * The parameter registered on this module under `name`. Layers expose their weights through
   * getters built on this, so a parameter replaced later (tying, BitFit's added biases) is the one
   * the forward uses.
   */
  protected ownParameter(name: string): Parameter {
    const parameter = this.#parameters.get(name);
    if (!parameter)
      throw new DeltahubError('PARAMETER_NOT_FOUND', `No parameter '${name}' on ${this.typeName}.`);
    return parameter;
  }

  /** Like {@link Module.ownParameter}, but undefined when absent (optional biases). */
  protected optionalOwnParameter(name: string): Parameter | undefined {
    return this.#parameters.get(name);
  }

  /** Direct children with their names. */
  namedChildren(): IterableIterator<[string, Module]> {
    return this.#children.entries();
  }

  /** Direct children. */
  children(): Module[] {
    return [...this.#children.values()];
  }

  /** Parameters registered directly on this module (not its children). */
  ownParameters(): IterableIterator<[string, Parameter]> {
    return this.#parameters.entries();
  }

  /** The child module at a dotted path relative to this module (`''` is this module). */
  getSubmodule(path: string): Module {
    return path === ''
      ? this
      : path.split('.').reduce<Module>((module, part) => {
          const child = module.#children.get(part);
          if (!child) {
            throw new DeltahubError(
              'MODULE_NOT_FOUND',
              `No module '${path}' (missing '${part}') in ${this.typeName}.`,
            );
          }
          return child;
        }, this);
  }

  /** The parameter at a dotted path, e.g. `encoder.layer.0.output.dense.weight`. */
  getParameter(path: string): Parameter {
    const dot = path.lastIndexOf('.');
    const owner = dot < 0 ? this : this.getSubmodule(path.slice(0, dot));
    const parameter = owner.#parameters.get(path.slice(dot + 1));
    if (!parameter)
      throw new DeltahubError('PARAMETER_NOT_FOUND', `No parameter '${path}' in ${this.typeName}.`);
    return parameter;
  }

  /**
   * Every module in the tree, depth first, this one included under `prefix` (default `''`). A module
   * reachable twice is listed once, under its first name.
   */
  *namedModules(prefix = '', seen = new Set<Module>()): Generator<[string, Module]> {
    if (seen.has(this)) return;
    seen.add(this);
    yield [prefix, this];
    for (const [name, child] of this.#children) {
      yield* child.namedModules(prefix ? `${prefix}.${name}` : name, seen);
    }
  }

  /** Every module in the tree, this one included. */
  modules(): Module[] {
    return [...this.namedModules()].map(([, m]) => m);
  }

  /** Every parameter in the tree under its dotted name; tied parameters are listed once. */
  *namedParameters(prefix = ''): Generator<[string, Parameter]> {
    const seen = new Set<Parameter>();
    for (const [modulePath, module] of this.namedModules(prefix)) {
      for (const [name, parameter] of module.#parameters) {
        if (seen.has(parameter)) continue;
        seen.add(parameter);
        yield [modulePath ? `${modulePath}.${name}` : name, parameter];
      }
    }
  }

  /** Every distinct parameter in the tree. */
  parameters(): Parameter[] {
    return [...this.namedParameters()].map(([, p]) => p);
  }

  /** The parameters an optimizer should update: those whose `trainable` flag is set. */
  trainableVariables(): Parameter[] {
    return this.parameters().filter((p) => p.trainable);
  }

  /** Total number of scalar parameters, tied ones counted once. */
  numParameters(options: { trainableOnly?: boolean } = {}): number {
    return this.parameters()
      .filter((p) => !options.trainableOnly || p.trainable)
      .reduce((n, p) => n + p.size, 0);
  }

  /** Every buffer in the tree under its dotted name. */
  *namedBuffers(prefix = '', options: { persistentOnly?: boolean } = {}): Generator<[string, tf.Tensor]> {
    for (const [modulePath, module] of this.namedModules(prefix)) {
      for (const [name, entry] of module.#buffers) {
        if (options.persistentOnly && !entry.persistent) continue;
        yield [modulePath ? `${modulePath}.${name}` : name, entry.tensor];
      }
    }
  }

  /**
   * Parameters and persistent buffers by dotted name, like PyTorch's `state_dict()`: a tensor tied
   * under several names appears under each. The tensors are the live variables, not copies. State
   * dict hooks registered anywhere in the tree filter the result (see `freezeModule`).
   */
  stateDict(): StateDict {
    let dict: StateDict = {};
    const visit = (module: Module, prefix: string, seen: Set<Module>): void => {
      if (seen.has(module)) return;
      seen.add(module);
      for (const [name, parameter] of module.#parameters) dict[join(prefix, name)] = parameter;
      for (const [name, entry] of module.#buffers)
        if (entry.persistent) dict[join(prefix, name)] = entry.tensor;
      for (const [name, child] of module.#children) visit(child, join(prefix, name), seen);
    };
    visit(this, '', new Set());
    for (const hook of this.#stateDictHooks.values()) dict = hook(dict);
    return dict;
  }

  /**
   * Copies tensors from `dict` into the matching parameters and buffers. Returns what was missing,
   * unexpected or of the wrong shape; with `strict` (the default) any of those is a
   * {@link StateDictError} and nothing is loaded.
   */
  loadStateDict(
    dict: Readonly<Record<string, tf.Tensor>>,
    options: { strict?: boolean } = {},
  ): LoadStateDictResult {
    const strict = options.strict ?? true;
    const targets = new Map<string, tf.Tensor>();
    const visit = (module: Module, prefix: string, seen: Set<Module>): void => {
      if (seen.has(module)) return;
      seen.add(module);
      for (const [name, parameter] of module.#parameters) targets.set(join(prefix, name), parameter);
      for (const [name, entry] of module.#buffers)
        if (entry.persistent) targets.set(join(prefix, name), entry.tensor);
      for (const [name, child] of module.#children) visit(child, join(prefix, name), seen);
    };
    visit(this, '', new Set());

    const missingKeys = [...targets.keys()].filter((k) => !(k in dict));
    const unexpectedKeys = Object.keys(dict).filter((k) => !targets.has(k));
    const mismatchedKeys: ShapeMismatch[] = [];
    for (const [key, target] of targets) {
      const source = dict[key];
      if (source && !sameShape(source.shape, target.shape)) {
        mismatchedKeys.push({ key, expected: target.shape, actual: source.shape });
      }
    }
    const result = { missingKeys, unexpectedKeys, mismatchedKeys };
    if (strict && (missingKeys.length || unexpectedKeys.length || mismatchedKeys.length)) {
      throw new StateDictError(describeLoadProblems(result), result);
    }
    const mismatched = new Set(mismatchedKeys.map((m) => m.key));
    for (const [key, target] of targets) {
      const source = dict[key];
      if (!source || mismatched.has(key)) continue;
      assignTensor(this, key, target, source);
    }
    return result;
  }

  /** Sets training mode on this module and every descendant; returns this. */
  train(mode = true): this {
    for (const module of this.modules()) module.training = mode;
    return this;
  }

  /** Evaluation mode: dropout off. Same as `train(false)`. */
  eval(): this {
    return this.train(false);
  }

  /** Frees every parameter and buffer in the tree. The module must not be used afterwards. */
  dispose(): void {
    for (const parameter of this.parameters()) parameter.dispose();
    for (const [, tensor] of this.namedBuffers()) tensor.dispose();
  }
}

function addHook<T>(hooks: Map<number, T>, hook: T): HookHandle {
  const id = nextHookId++;
  hooks.set(id, hook);
  return { remove: () => void hooks.delete(id) };
}

function join(prefix: string, name: string): string {
  return prefix ? `${prefix}.${name}` : name;
}

function checkName(name: string, kind: string): void {
  if (name === '' || name.includes('.')) {
    throw new DeltahubError(
      'MODULE_BAD_NAME',
      `Invalid ${kind} name '${name}': it must be non-empty and contain no dot.`,
    );
  }
}

/** Whether two shapes are equal, axis by axis. */
export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

function assignTensor(root: Module, key: string, target: tf.Tensor, source: tf.Tensor): void {
  if (target instanceof tf.Variable) {
    tf.tidy(() => target.assign(source.dtype === target.dtype ? source : tf.cast(source, target.dtype)));
    return;
  }
  // Buffers are plain tensors: replace the registered tensor on its owner.
  const dot = key.lastIndexOf('.');
  const owner = dot < 0 ? root : root.getSubmodule(key.slice(0, dot));
  owner.registerBuffer(key.slice(dot + 1), tf.clone(source));
}

/** A one-paragraph description of a failed load, naming the first keys of each kind. */
export function describeLoadProblems(result: LoadStateDictResult): string {
  const parts: string[] = [];
  const first = (keys: string[]): string =>
    keys.slice(0, 5).join(', ') + (keys.length > 5 ? `, … (${keys.length} in all)` : '');
  if (result.missingKeys.length) parts.push(`missing keys: ${first(result.missingKeys)}`);
  if (result.unexpectedKeys.length) parts.push(`unexpected keys: ${first(result.unexpectedKeys)}`);
  if (result.mismatchedKeys.length) {
    parts.push(
      `shape mismatches: ${result.mismatchedKeys
        .slice(0, 5)
        .map((m) => `${m.key} expected [${m.expected.join(', ')}] got [${m.actual.join(', ')}]`)
        .join('; ')}`,
    );
  }
  return `State dict does not match the model: ${parts.join('; ')}.`;
}
