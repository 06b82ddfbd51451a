import type { Module, Parameter } from '../nn/module.js';
import { structureGraph, type StructureGraphOptions } from './structure-graph.js';

/**
 * OpenDelta's `Visualization`: `new Visualization(model).structureGraph()` prints and returns the
 * folded module tree of any module, with each line's parameter state marked.
 */
export class Visualization {
  constructor(
    readonly model: Module,
    private readonly deltaParameters: ReadonlySet<Parameter> = new Set(),
  ) {}

  /** Prints the tree (coloured on a terminal) and returns it as plain text. */
  structureGraph(options: Omit<StructureGraphOptions, 'deltaParameters'> & { print?: boolean } = {}): string {
    const plain = structureGraph(this.model, {
      ...options,
      deltaParameters: this.deltaParameters,
      color: false,
    });
    if (options.print ?? true) {
      const color = process.stdout.isTTY === true && options.marks !== false;
      console.log(
        color
          ? structureGraph(this.model, { ...options, deltaParameters: this.deltaParameters, color })
          : plain,
      );
    }
    return plain;
  }
}
