import { cp, mkdir, readdir, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { snapshotFromHub } from '../cache/resolve.js';
import { HubClient } from '../hub/client.js';
import {
  credentialsPath,
  deleteCredentials,
  readCredentials,
  resolveHubTarget,
  writeCredentials,
} from '../hub/credentials.js';
import { HubClientError } from '../hub/errors.js';
import { pushFolder, type TransferProgress } from '../hub/push.js';
import { parseRepoId } from '../hub/repo-id.js';
import { MANAGE_COMMANDS, MANAGE_USAGE, runManageCommand } from './manage.js';
import { LIBRARY_VERSION } from '../version.js';

/** Where the CLI reads and writes; the real process by default, buffers in tests. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads all of stdin (for `login` without --token). */
  readStdin: () => Promise<string>;
  env: NodeJS.ProcessEnv;
  /** Whether stderr is a terminal (progress is shown on a TTY or with --progress). */
  isTTY: boolean;
}

/** Exit codes: 0 ok, 1 error, 2 usage. */
export const EXIT_OK = 0;
export const EXIT_ERROR = 1;
export const EXIT_USAGE = 2;

export const USAGE = `usage: deltahub <command> [options]

  login [--token <token>]         store a token (read from stdin without --token), checked with whoami
  logout                          forget the stored token
  whoami [--json]                 show who the token belongs to
  push <folder> <owner/name>      push a delta checkpoint folder [--branch b] [--message m] [--private]
  pull <owner/name[@rev]> [dir]   download into the cache, and copy to dir when given [--revision r] [--json]
  info <owner/name> [--json]      repo details and its head revision
  ls <owner/name[@rev]> [--json]  files of a revision [--revision r]
  search <text> [--type t] [--backbone b] [--task t] [--limit n] [--json]
${MANAGE_USAGE}
Common options: --hub-url <url> (DELTAHUB_URL), --token <token> (DELTAHUB_TOKEN), --progress,
  --help, --version. Environment: DELTAHUB_CACHE, DELTAHUB_OFFLINE=1, DELTAHUB_CONFIG_DIR.
Exit codes: 0 ok, 1 error, 2 usage.
`;

class UsageError extends Error {}

const OPTIONS = {
  'hub-url': { type: 'string' },
  token: { type: 'string' },
  json: { type: 'boolean' },
  progress: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
  branch: { type: 'string' },
  message: { type: 'string', short: 'm' },
  private: { type: 'boolean' },
  revision: { type: 'string' },
  type: { type: 'string' },
  backbone: { type: 'string' },
  task: { type: 'string' },
  limit: { type: 'string' },
  cursor: { type: 'string' },
  yes: { type: 'boolean' },
} satisfies ParseArgsConfig['options'];

type Values = {
  [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean;
};

/** Runs the `deltahub` CLI; returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let values: Values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    }) as {
      values: Values;
      positionals: string[];
    });
  } catch (error) {
    io.stderr(`deltahub: ${(error as Error).message}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (values.version) {
    io.stdout(`${LIBRARY_VERSION}\n`);
    return EXIT_OK;
  }
  const [command, ...args] = positionals;
  if (values.help || command === undefined || command === 'help') {
    (command === undefined && !values.help ? io.stderr : io.stdout)(USAGE);
    return command === undefined && !values.help ? EXIT_USAGE : EXIT_OK;
  }
  try {
    await dispatch(command, args, values, io);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`deltahub: ${error.message}\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    if (values.json) {
      const e = error as { code?: string; message?: string };
      io.stdout(
        `${JSON.stringify({ error: { code: e.code ?? 'ERROR', message: e.message ?? String(error) } })}\n`,
      );
    }
    io.stderr(`deltahub: ${(error as Error).message ?? String(error)}\n`);
    return EXIT_ERROR;
  }
}

function arity(args: string[], min: number, max: number, usage: string): void {
  if (args.length < min || args.length > max) throw new UsageError(`usage: deltahub ${usage}`);
}

async function clientFor(values: Values, io: CliIo): Promise<HubClient> {
  return new HubClient(await resolveHubTarget({ hubUrl: values['hub-url'], token: values.token }, io.env));
}

/** A one-line progress bar on stderr, redrawn in place. */
function progressReporter(values: Values, io: CliIo): ((p: TransferProgress) => void) | undefined {
  if (!values.progress && !io.isTTY) return undefined;
  let last = 0;
  let lastKey = '';
  return (p) => {
    const now = Date.now();
    // Redraw at most every 100 ms, but always on a new phase or file and at 100%.
    const key = `${p.phase} ${p.file ?? ''}`;
    if (key === lastKey && p.bytes !== p.totalBytes && now - last < 100) return;
    last = now;
    lastKey = key;
    if (p.phase === 'hash') {
      io.stderr('\rhashing files...');
      return;
    }
    const pct = p.totalBytes ? Math.floor((100 * p.bytes) / p.totalBytes) : 100;
    const width = 24;
    const filled = Math.round((width * pct) / 100);
    const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
    const line = `${p.phase.padEnd(8)} ${bar} ${String(pct).padStart(3)}% ${human(p.bytes)}/${human(p.totalBytes)}${p.file ? ` ${p.file}` : ''}`;
    io.stderr(`\r${line.padEnd(79)}${p.phase === 'done' ? '\n' : ''}`);
  };
}

function human(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

function emit(io: CliIo, values: Values, json: unknown, text: string): void {
  io.stdout(values.json ? `${JSON.stringify(json, null, 2)}\n` : text.endsWith('\n') ? text : `${text}\n`);
}

async function dispatch(command: string, args: string[], values: Values, io: CliIo): Promise<void> {
  if (MANAGE_COMMANDS.has(command)) {
    await runManageCommand(command, args, {
      client: () => clientFor(values, io),
      emit: (json, text) => emit(io, values, json, text),
      usage: (message) => new UsageError(message),
      options: values,
    });
    return;
  }
  switch (command) {
    case 'login': {
      arity(args, 0, 0, 'login [--token <token>] [--hub-url <url>]');
      const token = (values.token ?? (await io.readStdin())).trim();
      if (!token) throw new UsageError('no token: pass --token <token> or pipe it on stdin');
      const hubUrl = (await resolveHubTarget({ hubUrl: values['hub-url'], token }, io.env)).hubUrl;
      const me = await new HubClient({ hubUrl, token }).whoami();
      const path = await writeCredentials({ hubUrl, token, user: me.name }, io.env);
      emit(
        io,
        values,
        { user: me.name, hubUrl, scope: me.scope, credentials: path },
        `Logged in to ${hubUrl} as ${me.name} (${me.scope} token); saved to ${path}.`,
      );
      return;
    }
    case 'logout': {
      arity(args, 0, 0, 'logout');
      const existed = await deleteCredentials(io.env);
      emit(
        io,
        values,
        { loggedOut: existed },
        existed ? `Removed ${credentialsPath(io.env)}.` : 'Not logged in.',
      );
      return;
    }
    case 'whoami': {
      arity(args, 0, 0, 'whoami [--json]');
      const client = await clientFor(values, io);
      if (!client.token) {
        const stored = await readCredentials(io.env);
        throw new HubClientError(
          'HUB_UNAUTHORIZED',
          stored
            ? `The stored token is for ${stored.hubUrl}, not ${client.hubUrl}: run \`deltahub login --hub-url ${client.hubUrl}\`.`
            : 'Not logged in: run `deltahub login` or set DELTAHUB_TOKEN.',
        );
      }
      const me = await client.whoami();
      emit(
        io,
        values,
        { ...me, hubUrl: client.hubUrl },
        `${me.name} on ${client.hubUrl} (${me.scope} token${me.isAdmin ? ', admin' : ''})${me.orgs.length ? `; orgs: ${me.orgs.map((o) => `${o.name} (${o.role})`).join(', ')}` : ''}`,
      );
      return;
    }
    case 'push': {
      arity(args, 2, 2, 'push <folder> <owner/name> [--branch b] [--message m] [--private]');
      const [folder = '', repoText = ''] = args;
      const info = await stat(folder).catch(() => undefined);
      if (!info?.isDirectory()) throw new UsageError(`${folder} is not a folder`);
      const repo = parseRepoId(repoText);
      if (repo.revision)
        throw new UsageError(`push to ${repo.id} --branch ${repo.revision}, not ${repoText}`);
      const client = await clientFor(values, io);
      if (!client.token) {
        throw new HubClientError(
          'HUB_UNAUTHORIZED',
          'Pushing needs a write token: run `deltahub login` or set DELTAHUB_TOKEN.',
        );
      }
      const onProgress = progressReporter(values, io);
      const result = await pushFolder(client, repo, resolve(folder), {
        ...(values.branch ? { branch: values.branch } : {}),
        ...(values.message ? { commitMessage: values.message } : {}),
        ...(values.private ? { private: true } : {}),
        ...(onProgress ? { onProgress } : {}),
      });
      emit(
        io,
        values,
        result,
        `Pushed ${repo.id}@${result.branch}: revision ${result.revision} (${result.uploadedFiles} files, ${human(result.uploadedBytes)} uploaded)\n${result.url}`,
      );
      return;
    }
    case 'pull': {
      arity(args, 1, 2, 'pull <owner/name[@rev]> [dir] [--revision r]');
      const [repoText = '', dir] = args;
      const target = await resolveHubTarget({ hubUrl: values['hub-url'], token: values.token }, io.env);
      const onProgress = progressReporter(values, io);
      const snapshot = await snapshotFromHub(repoText, {
        ...target,
        revision: values.revision,
        cacheDir: io.env['DELTAHUB_CACHE'],
        offline: ['1', 'true', 'yes'].includes((io.env['DELTAHUB_OFFLINE'] ?? '').toLowerCase()),
        onProgress,
      });
      let folder = snapshot.dir;
      if (dir) {
        folder = resolve(dir);
        const existing = await readdir(folder).catch(() => []);
        if (existing.length) throw new UsageError(`${folder} exists and is not empty`);
        await mkdir(folder, { recursive: true });
        await cp(snapshot.dir, folder, { recursive: true });
      }
      emit(
        io,
        values,
        {
          repo: snapshot.repo.id,
          revision: snapshot.revision,
          dir: folder,
          files: snapshot.files,
          downloadedBytes: snapshot.downloadedBytes,
        },
        `${snapshot.repo.id}@${snapshot.revision} → ${folder} (${snapshot.files.length} files, ${human(snapshot.downloadedBytes)} downloaded)`,
      );
      return;
    }
    case 'info': {
      arity(args, 1, 1, 'info <owner/name> [--json]');
      const repo = parseRepoId(args[0] ?? '');
      const info = await (await clientFor(values, io)).repoInfo(repo);
      const head = info.head;
      const lines = [
        `${info.id}${info.private ? ' (private)' : ''}  downloads: ${info.downloads}`,
        `refs: ${info.refs.map((r) => `${r.name}=${r.revision.slice(0, 12)}`).join(', ') || '(none)'}`,
      ];
      if (head) {
        const backbone = head['backbone'] as { architecture?: string; nameOrPath?: string } | undefined;
        lines.push(
          `head: ${head.id}  ${head.deltaType ?? ''} on ${backbone?.nameOrPath ?? backbone?.architecture ?? '?'}  task: ${String(head['task'] ?? '-')}`,
          `files: ${head.files.map((f) => `${f.path} (${human(f.size)})`).join(', ')}`,
        );
      }
      emit(io, values, info, lines.join('\n'));
      return;
    }
    case 'ls': {
      arity(args, 1, 1, 'ls <owner/name[@rev]> [--revision r] [--json]');
      const repo = parseRepoId(args[0] ?? '');
      const rev = values.revision ?? repo.revision ?? 'main';
      const revision = await (await clientFor(values, io)).revision(repo, rev);
      emit(
        io,
        values,
        { repo: repo.id, revision: revision.id, files: revision.files },
        revision.files
          .map((f) => `${f.sha256.slice(0, 12)}  ${String(f.size).padStart(10)}  ${f.path}`)
          .join('\n'),
      );
      return;
    }
    case 'search': {
      arity(args, 0, 1, 'search <text> [--type t] [--backbone b] [--task t] [--limit n]');
      const limit = values.limit === undefined ? undefined : Number(values.limit);
      if (limit !== undefined && (!Number.isSafeInteger(limit) || limit < 1 || limit > 100)) {
        throw new UsageError('--limit must be an integer from 1 to 100');
      }
      const result = await (
        await clientFor(values, io)
      ).search({
        ...(args[0] ? { q: args[0] } : {}),
        ...(values.type ? { deltaType: values.type } : {}),
        ...(values.backbone ? { backbone: values.backbone } : {}),
        ...(values.task ? { task: values.task } : {}),
        ...(limit ? { limit } : {}),
      });
      emit(
        io,
        values,
        result,
        result.items.length
          ? result.items
              .map(
                (i) =>
                  `${i.id}  ${i.deltaType ?? '-'}  ${i.backbone.nameOrPath ?? i.backbone.architecture ?? '-'}  ${i.task ?? '-'}  ↓${i.downloads}`,
              )
              .join('\n')
          : 'No matches.',
      );
      return;
    }
    default:
      throw new UsageError(`unknown command '${command}'`);
  }
}
