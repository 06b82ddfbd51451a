import { chmod, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { HubClientError } from './errors.js';

/** The hub used when neither options, `DELTAHUB_URL` nor the credentials file name one. */
export const DEFAULT_HUB_URL = 'http://127.0.0.1:8080';

/** What `deltahub login` stores. */
export interface StoredCredentials {
  hubUrl: string;
  token: string;
  user?: string;
}

/** `DELTAHUB_CONFIG_DIR`, else `$XDG_CONFIG_HOME/deltahub`, else `~/.config/deltahub`. */
export function configDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env['DELTAHUB_CONFIG_DIR']) return env['DELTAHUB_CONFIG_DIR'];
  return join(env['XDG_CONFIG_HOME'] || join(homedir(), '.config'), 'deltahub');
}

/** Path of the credentials file. */
export function credentialsPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(configDir(env), 'credentials.json');
}

/** The stored credentials, or undefined when there are none. */
export async function readCredentials(
  env: NodeJS.ProcessEnv = process.env,
): Promise<StoredCredentials | undefined> {
  const path = credentialsPath(env);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new HubClientError('HUB_CREDENTIALS_INVALID', `Cannot read ${path}: ${(error as Error).message}.`, {
      cause: error,
    });
  }
  try {
    const parsed = JSON.parse(text) as Partial<StoredCredentials>;
    if (typeof parsed.token !== 'string' || typeof parsed.hubUrl !== 'string')
      throw new Error('token or hubUrl missing');
    return parsed as StoredCredentials;
  } catch (error) {
    throw new HubClientError(
      'HUB_CREDENTIALS_INVALID',
      `${path} is not a valid credentials file (${(error as Error).message}): run \`deltahub login\` again or delete it.`,
      { cause: error },
    );
  }
}

/** Writes the credentials file (mode 0600, folder 0700), atomically. Returns its path. */
export async function writeCredentials(
  credentials: StoredCredentials,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const path = credentialsPath(env);
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const temp = `${path}.${randomUUID()}.tmp`;
  await writeFile(temp, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  await chmod(temp, 0o600);
  await rename(temp, path);
  return path;
}

/** Deletes the credentials file; true when there was one. */
export async function deleteCredentials(env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const path = credentialsPath(env);
  const existed = (await readFile(path).catch(() => undefined)) !== undefined;
  await rm(path, { force: true });
  return existed;
}

/** Where and as whom to talk to the hub. */
export interface HubTarget {
  hubUrl: string;
  token: string | undefined;
}

/**
 * Resolves the hub URL and token: explicit options first, then `DELTAHUB_URL` / `DELTAHUB_TOKEN`,
 * then the file written by `deltahub login` (its token is used only for its own hub URL).
 */
export async function resolveHubTarget(
  options: { hubUrl?: string | undefined; token?: string | undefined } = {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<HubTarget> {
  const stored = await readCredentials(env);
  const hubUrl = (options.hubUrl ?? env['DELTAHUB_URL'] ?? stored?.hubUrl ?? DEFAULT_HUB_URL).replace(
    /\/+$/,
    '',
  );
  let token = options.token ?? (env['DELTAHUB_TOKEN'] || undefined);
  if (token === undefined && stored && stored.hubUrl.replace(/\/+$/, '') === hubUrl) token = stored.token;
  return { hubUrl, token };
}
