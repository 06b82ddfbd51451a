import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from './error-codes.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

/** The `.ts` files under `dir` whose path `keep` accepts, skipping dependencies and builds. */
function sources(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .filter((path) => !/(^|\/)(node_modules|dist)\//.test(path) && keep(path));
}

/** Source text without comments, so a code named in a comment counts for nothing. */
const withoutComments = (text: string): string =>
  text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');

/**
 * Whether the code sits where a test checks an answer: within the three lines before it there is
 * an `expect`, a `code` field or an error status (4xx/5xx), as in assertions and case tables. A
 * code used for something else (say `visibility: 'internal'`) does not count.
 */
const ASSERTION_CONTEXT = /expect|code|reject|\b[45]\d\d\b/i;

/** The files (relative to the repo root) that quote `code` as a string literal in an assertion. */
function filesAsserting(files: string[], code: string): string[] {
  const literal = new RegExp(`(['"\`])${code}\\1`);
  return files.filter((file) => {
    const lines = withoutComments(readFileSync(join(root, file), 'utf8')).split('\n');
    return lines.some(
      (line, i) =>
        literal.test(line) && ASSERTION_CONTEXT.test(lines.slice(Math.max(0, i - 3), i + 1).join('\n')),
    );
  });
}

/** The files (relative to the repo root) that quote `code` as a string literal. */
function filesQuoting(files: string[], code: string): string[] {
  const literal = new RegExp(`(['"\`])${code}\\1`);
  return files.filter((file) => literal.test(withoutComments(readFileSync(join(root, file), 'utf8'))));
}

const isTest = (path: string) => path.endsWith('.test.ts');
// Tests that make a hub answer: the server's own, the client's against real hubs, and the
// cross-package suites (whose helpers hold case tables too).
const testFiles = [
  ...sources('server/src', isTest),
  ...sources('client-sdk/src', isTest),
  ...sources('test', () => true),
];
const serverSources = sources('server/src', (path) => !isTest(path) && path !== 'server/src/error-codes.ts');

describe('error codes', () => {
  it.each(Object.keys(ERROR_CODES))('%s is asserted by a test that triggers it', (code) => {
    expect(
      filesAsserting(testFiles, code),
      `no test asserts error code '${code}' (${ERROR_CODES[code as keyof typeof ERROR_CODES]}): ` +
        `add one that makes the hub answer it and checks the code`,
    ).not.toEqual([]);
  });

  it.each(Object.keys(ERROR_CODES))('%s is thrown somewhere in the server', (code) => {
    expect(
      filesQuoting(serverSources, code),
      `'${code}' is listed in error-codes.ts but the server never answers it: remove it`,
    ).not.toEqual([]);
  });
});
