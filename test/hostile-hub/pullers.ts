/**
 * The three ways a user pulls from a hub, each run against the hostile hub: `fromFinetuned` of a
 * delta (the native protocol, through `snapshotFromHub`), `AutoModel.fromPretrained` of a backbone
 * (the Hugging Face protocol) and `deltahub pull` in a child process (the CLI as installed). Each
 * reports the error code it failed with, or that it succeeded.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AutoDeltaModel, AutoModel } from 'deltahub';
import type { Victim } from './victim.js';

/** The delta repo the native routes serve, and the backbone repo of the Hugging Face routes. */
export const DELTA_REPO = 'mallory/delta';
export const BACKBONE_REPO = 'mallory/backbone';
/** The token every pull sends; it must never reach another origin. */
export const TOKEN = 'dh_victims_secret_token';

/** Short timeouts and no retries: every attack ends in well under a second. */
export const CLIENT_ENV = {
  DELTAHUB_RETRIES: '1',
  DELTAHUB_TIMEOUT_MS: '1500',
  DELTAHUB_IDLE_TIMEOUT_MS: '500',
};

/** How a pull ended. */
export type Outcome = { ok: true } | { ok: false; code: string | undefined; message: string };

/** A way to pull. */
export type Puller = 'fromFinetuned' | 'fromPretrained' | 'deltahub pull';
export const PULLERS: Puller[] = ['fromFinetuned', 'fromPretrained', 'deltahub pull'];

const failed = (error: unknown): Outcome => {
  const { code, message } = error as { code?: string; message?: string };
  return { ok: false, code, message: message ?? String(error) };
};

/** The `deltahub` command of the installed package (its `bin` entry). */
function cliPath(): string {
  // The package exports only its entry point: its folder is the nearest one up with its manifest.
  let dir = dirname(createRequire(import.meta.url).resolve('deltahub'));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  const { bin } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    bin: Record<string, string>;
  };
  return join(dir, bin['deltahub'] ?? 'dist/cli/main.js');
}

/** Runs `deltahub pull <DELTA_REPO> <victim.pulled> --json` against `hubUrl`. */
async function cliPull(hubUrl: string, victim: Victim): Promise<Outcome> {
  const args = [
    cliPath(),
    'pull',
    DELTA_REPO,
    victim.pulled,
    '--hub-url',
    hubUrl,
    '--token',
    TOKEN,
    '--json',
  ];
  const env = {
    PATH: process.env['PATH'] ?? '',
    HOME: victim.root,
    DELTAHUB_CACHE: victim.cache,
    DELTAHUB_CONFIG_DIR: join(victim.root, 'config'),
    ...CLIENT_ENV,
  };
  const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
    execFile(process.execPath, args, { env, timeout: 60_000 }, (error, out) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout: out }),
    );
  });
  if (code === 0) return { ok: true };
  try {
    const { error } = JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as {
      error: { code: string; message: string };
    };
    return { ok: false, code: error.code, message: error.message };
  } catch {
    return { ok: false, code: undefined, message: `exit ${code}: ${stdout}` };
  }
}

/** Pulls with `puller` from the hub at `hubUrl` into `victim`'s cache (and pull target). */
export async function pullWith(puller: Puller, hubUrl: string, victim: Victim): Promise<Outcome> {
  const options = { hubUrl, token: TOKEN, cacheDir: victim.cache };
  try {
    if (puller === 'fromFinetuned') {
      // The hub is consulted before the backbone is looked at: none is needed to see the attack fail.
      await AutoDeltaModel.fromFinetuned(DELTA_REPO, { ...options, backboneModel: {} as never });
    } else if (puller === 'fromPretrained') {
      (await AutoModel.fromPretrained(BACKBONE_REPO, options)).dispose();
    } else {
      return await cliPull(hubUrl, victim);
    }
    return { ok: true };
  } catch (error) {
    return failed(error);
  }
}
