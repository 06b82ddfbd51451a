import { describe, expect, it } from 'vitest';
import { HubClientError } from './errors.js';
import { parseRepoId } from './repo-id.js';
import {
  MAX_FILES,
  checkCommitId,
  checkDigest,
  checkFileList,
  checkFilePath,
  checkRevision,
  checkSize,
} from './validate.js';

const origin = { repo: 'mallory/delta@main' };
const digest = 'e'.repeat(64);
const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return (error as HubClientError).code;
  }
};

describe('what a hub names before it touches the disk', () => {
  it.each([
    ['../x'],
    ['a/../../x'],
    ['/etc/passwd'],
    ['a\\b'],
    ['C:evil'],
    ['a\u0000b'],
    ['a\u001b[2Jb'],
    ['.'],
    ['./a'],
    ['a/./b'],
    ['a//b'],
    ['a/'],
    [''],
    ['x'.repeat(1025)],
    [`${'x'.repeat(256)}/a`],
    [42],
    [null],
  ])('refuses the file path %j', (path) => {
    expect(codeOf(() => checkFilePath(path, origin))).toBe('HUB_UNSAFE_RESPONSE');
  });

  it.each([
    ['delta.safetensors'],
    ['a/b/c.json'],
    ['é/ü.bin'],
    ['.hidden'],
    ['a..b'],
    [`${'x'.repeat(255)}/a`],
  ])('accepts the file path %j', (path) => {
    expect(checkFilePath(path, origin)).toBe(path);
  });

  it('refuses digests, ids and sizes that are not what they claim', () => {
    for (const bad of ['../../../.bashrc', 'E'.repeat(64), 'e'.repeat(63), `${'e'.repeat(64)}\n`, 7])
      expect(codeOf(() => checkDigest(bad, origin))).toBe('HUB_UNSAFE_RESPONSE');
    for (const bad of ['../../x', 'main', 'c'.repeat(41), undefined])
      expect(codeOf(() => checkCommitId(bad, origin))).toBe('HUB_UNSAFE_RESPONSE');
    expect(checkCommitId('c'.repeat(40), origin)).toBe('c'.repeat(40));
    for (const bad of [-1, 1.5, Number.MAX_SAFE_INTEGER + 1, '12', NaN])
      expect(codeOf(() => checkSize(bad, origin))).toBe('HUB_UNSAFE_RESPONSE');
    expect(codeOf(() => checkRevision({ id: '../../x', files: [] }, origin))).toBe('HUB_UNSAFE_RESPONSE');
  });

  it('refuses file lists with paths that collide on a case-insensitive file system, or a file that is a folder', () => {
    const file = (path: string): { path: string; sha256: string; size: number } => ({
      path,
      sha256: digest,
      size: 1,
    });
    for (const files of [
      [file('Model.bin'), file('model.bin')],
      [file('DIR/a'), file('dir/a')],
      // The same name, precomposed and decomposed (macOS normalises them to one).
      [file('caf\u00e9'), file('cafe\u0301')],
      [file('a'), file('a/b')],
      [file('a/b/c'), file('A/b')],
      Array.from({ length: MAX_FILES + 1 }, (_, i) => file(`f${i}`)),
      [null],
    ]) {
      expect(codeOf(() => checkFileList(files, origin))).toBe('HUB_UNSAFE_RESPONSE');
    }
    expect(checkFileList([file('a/b'), file('a/c'), file('b')], origin)).toHaveLength(3);
  });

  it('names the repo and the bad value, escaped and truncated', () => {
    const error = (() => {
      try {
        checkFilePath(`\u001b[31m${'../'.repeat(100)}`, origin);
      } catch (e) {
        return e as HubClientError;
      }
      throw new Error('not refused');
    })();
    expect(error).toBeInstanceOf(HubClientError);
    expect(error.message).toContain('mallory/delta@main');
    expect(error.message).toContain('"\\u001b[31m../');
    expect(error.message).not.toContain('\u001b');
    expect(error.message.length).toBeLessThan(400);
  });

  it('repo ids cannot name folders outside the cache', () => {
    for (const id of ['../x', '../../x/y', './x', 'x/..', '.x/y', 'x/y@../../z', 'x/y@..', 'x\\y/z'])
      expect(codeOf(() => parseRepoId(id))).toBe('HUB_INVALID_REPO_ID');
  });
});
