export * from './structure-graph.js';
export * from './visualization.js';
