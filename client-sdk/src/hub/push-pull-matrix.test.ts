/**
 * Issue §7: for every delta method on every tiny backbone, push → pull in a fresh process with an
 * empty cache → reapply gives bit-identical outputs. One hub; each case pushes in its own named test,
 * then ONE child process pulls and reapplies all of them (63 processes would take minutes).
 */
import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DELTA_TYPES, type DeltaType } from '@deltahub/core/checkpoint';
import { AutoDeltaModel } from '../index.js';
import { startTestHub, type TestHub } from '@deltahub/testing/hub';
import type { PullChildResult } from '../test-support/pull-child.js';
import {
  ARCHS,
  TINY_HYPERPARAMETERS,
  loadTiny,
  outputsOf,
  perturb,
  sameBits,
  tempFolder,
  type Arch,
} from '../test-support/tiny.js';

const run = promisify(execFile);
const CHILD = fileURLToPath(new URL('../test-support/pull-child.ts', import.meta.url));

interface Case {
  method: DeltaType;
  arch: Arch;
  repo: string;
}
const CASES: Case[] = DELTA_TYPES.flatMap((method) =>
  ARCHS.map((arch) => ({ method, arch, repo: `alice/${arch}-${method}` })),
);

let hub: TestHub;
let token: string;
let root: { dir: string; cleanup: () => Promise<void> };
/** Outputs of each pushed delta on the pushing side, by repo. */
const expected = new Map<string, Map<string, Float32Array>>();
let pulled: PullChildResult;
let cacheDir: string;

beforeAll(async () => {
  hub = await startTestHub();
  token = await hub.user('alice');
  root = await tempFolder();
});

afterAll(async () => {
  await hub?.stop();
  await root?.cleanup();
});

describe('push every method on every backbone to one hub', () => {
  it('covers 9 methods × 7 backbones', () => {
    expect(DELTA_TYPES).toHaveLength(9);
    expect(CASES).toHaveLength(63);
  });

  it.each(CASES.map((c) => [c.method, c.arch, c] as const))(
    '%s on %s: push',
    async (method, arch, { repo }) => {
      const model = await loadTiny(arch);
      try {
        const base = outputsOf(model, arch);
        const delta = AutoDeltaModel.fromConfig(
          { deltaType: method, hyperparameters: TINY_HYPERPARAMETERS[method] },
          { backboneModel: model },
        );
        perturb(delta.deltaParameters());
        model.eval();
        const tuned = outputsOf(model, arch);
        // The delta acts, so identical outputs after the pull cannot come from an ignored delta.
        expect(sameBits(tuned, base)).toBe(false);
        const pushed = await delta.pushToHub(repo, { hubUrl: hub.url, token });
        expect(pushed.revision).toMatch(/^[0-9a-f]{64}$/);
        expect(pushed.createdRepo).toBe(true);
        expected.set(repo, tuned);
      } finally {
        model.dispose();
      }
    },
  );
});

describe('pull and reapply all of them in one fresh process with an empty cache', () => {
  beforeAll(async () => {
    cacheDir = join(root.dir, 'fresh-cache');
    const args = CASES.filter((c) => expected.has(c.repo)).map((c) => `${c.arch}=${c.repo}`);
    const { stdout } = await run(process.execPath, ['--import', 'tsx', CHILD, ...args], {
      env: {
        ...process.env,
        DELTAHUB_URL: hub.url,
        DELTAHUB_TOKEN: token,
        DELTAHUB_CACHE: cacheDir,
        DELTAHUB_OFFLINE: '',
      },
      maxBuffer: 64 * 1024 * 1024,
      timeout: 240_000,
    });
    pulled = JSON.parse(stdout.slice(stdout.lastIndexOf('@@RESULT@@') + '@@RESULT@@'.length));
  }, 300_000);

  it.each(CASES.map((c) => [c.method, c.arch, c.repo] as const))(
    '%s on %s: bit-identical outputs',
    (_method, _arch, repo) => {
      const want = expected.get(repo);
      expect(want, `${repo} was not pushed`).toBeDefined();
      const outcome = pulled[repo];
      expect(outcome).toBeDefined();
      if (!outcome || 'error' in outcome)
        throw new Error(`reapplying ${repo} failed: ${JSON.stringify(outcome)}`);
      const outputs = new Map(
        Object.entries(outcome.outputs).map(([name, b64]) => {
          const bytes = Buffer.from(b64, 'base64');
          return [name, new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4)];
        }),
      );
      expect([...outputs.keys()].sort()).toEqual([...want!.keys()].sort());
      expect(sameBits(outputs, want!)).toBe(true);
    },
  );

  it('filled the empty cache with one snapshot per repo', async () => {
    const repos = await readdir(join(cacheDir, 'snapshots', 'alice'));
    expect(repos.sort()).toEqual(CASES.map((c) => c.repo.split('/')[1]).sort());
  });
});
