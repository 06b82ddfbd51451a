import type { Module } from '../../nn/module.js';

/** Resolves a named child at call time, so a delta method that swaps the child takes effect. */
export function child<M extends Module>(parent: Module, name: string): M {
  return parent.getSubmodule(name) as M;
}
