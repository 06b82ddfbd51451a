import { Module } from './module.js';

/**
 * An indexed list of modules registered as children `0`, `1`, ... (PyTorch's `nn.ModuleList`), so
 * layer parameters are named `layer.0.…` as in the checkpoints. It has no forward of its own.
 */
export class ModuleList<M extends Module = Module> extends Module<[], never> {
  readonly #items: M[] = [];

  constructor(items: Iterable<M> = []) {
    super();
    for (const item of items) this.append(item);
  }

  /** Adds a module under the next index. */
  append(module: M): this {
    this.registerModule(String(this.#items.length), module);
    this.#items.push(module);
    return this;
  }

  /** The module at `index`. */
  at(index: number): M {
    const item = this.#items[index];
    if (!item) throw new RangeError(`ModuleList index ${index} out of range (length ${this.#items.length}).`);
    return item;
  }

  get length(): number {
    return this.#items.length;
  }

  [Symbol.iterator](): Iterator<M> {
    return this.#items[Symbol.iterator]();
  }

  forward(): never {
    throw new Error('ModuleList has no forward; call its items.');
  }
}
