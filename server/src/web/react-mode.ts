/**
 * React loads its development build unless NODE_ENV is `production`, and in React 19 that build
 * costs several times the render itself (owner stacks, prop validation) — most of a delta page's
 * server time. The hub is a server: when NODE_ENV is unset it runs in production mode. This module
 * must be imported before anything that imports React (routes.ts imports it first); an explicit
 * NODE_ENV (vitest sets `test`) is left alone.
 */
process.env['NODE_ENV'] ??= 'production';
