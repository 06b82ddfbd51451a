/**
 * The hub is a server: when NODE_ENV is unset, it runs in production mode. This matters most for
 * React, which otherwise loads its development build, and in React 19 that build costs several times
 * the render itself (owner stacks, prop validation): most of a web page's server time. Import this
 * module first in an entry point (it must run before anything imports React); an explicit NODE_ENV
 * (vitest sets `test`) is left alone. Library code never imports it, so embedding the hub does not
 * change the embedding process's environment.
 */
process.env['NODE_ENV'] ??= 'production';
