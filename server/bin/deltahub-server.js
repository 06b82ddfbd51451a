#!/usr/bin/env node
// The `deltahub-server` command. This file is committed, not built, so that `npm ci` finds it and
// links the command before `dist/` exists; it runs the built CLI, or says how to build it.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write(
    'deltahub-server is not built yet: run `npm start` or `npm run build` in the repository first.\n',
  );
  process.exit(1);
}
await import(cli.href);
