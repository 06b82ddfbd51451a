import type { HubClient } from '../hub/client.js';
import { parseRepoId, type RepoId } from '../hub/repo-id.js';

/** What a management command needs from the CLI around it. */
export interface ManageContext {
  /** The hub client for the command line's `--hub-url` and `--token`. */
  client: () => Promise<HubClient>;
  /** Prints `json` with `--json`, `text` otherwise. */
  emit: (json: unknown, text: string) => void;
  /** A usage error (exit code 2) saying `message`. */
  usage: (message: string) => Error;
  /** The command line's options. */
  options: { revision?: string; limit?: string; cursor?: string; yes?: boolean };
}

/** The usage lines of the management commands, for the CLI's help. */
export const MANAGE_USAGE = `  repo delete <owner/name> --yes  delete a repo, its branches, tags and history (cannot be undone)
  repo move <owner/name> <owner/new-name>   rename, or move to another namespace (the old name redirects)
  repo visibility <owner/name> public|private
  branch list|create|delete <owner/name> [<branch>] [--revision r]   create from a branch, tag or id
  tag list|create|delete <owner/name> [<tag>] [--revision r]
  log <owner/name[@rev]> [--limit n] [--cursor c] [--json]   history of a ref, newest first
`;

/** The commands {@link runManageCommand} handles. */
export const MANAGE_COMMANDS = new Set(['repo', 'branch', 'tag', 'log']);

const HISTORY_LIMIT = 20;

/**
 * Runs `repo delete|move|visibility`, `branch ...`, `tag ...` or `log` (the repository
 * lifecycle), each one call of the hub client.
 */
export async function runManageCommand(command: string, args: string[], ctx: ManageContext): Promise<void> {
  const need = (count: number, usage: string): string[] => {
    if (args.length !== count) throw ctx.usage(`usage: deltahub ${usage}`);
    return args;
  };
  const repoOf = (text: string): RepoId => {
    const repo = parseRepoId(text);
    if (repo.revision) throw ctx.usage(`${text}: name the repo without @revision here`);
    return repo;
  };
  if (command === 'log') {
    const [text = ''] = need(1, 'log <owner/name[@rev]> [--limit n] [--cursor c]');
    const repo = parseRepoId(text);
    const rev = ctx.options.revision ?? repo.revision ?? 'main';
    const limit = ctx.options.limit === undefined ? HISTORY_LIMIT : Number(ctx.options.limit);
    if (!Number.isSafeInteger(limit) || limit < 1 || limit > 100)
      throw ctx.usage('--limit must be an integer from 1 to 100');
    const page = await (
      await ctx.client()
    ).commits(repo, rev, { limit, ...(ctx.options.cursor ? { cursor: ctx.options.cursor } : {}) });
    const lines = page.items.map((c) => {
      const [title = ''] = c.message.split('\n');
      return `${c.id.slice(0, 12)}  ${c.createdAt.slice(0, 19).replace('T', ' ')}  ${c.author ?? '?'}  ${title}`;
    });
    if (page.nextCursor) lines.push(`(more: deltahub log ${repo.id}@${rev} --cursor ${page.nextCursor})`);
    ctx.emit(page, lines.join('\n') || 'No commits.');
    return;
  }
  const [action, ...rest] = args;
  args = rest;
  switch (`${command} ${action ?? ''}`) {
    case 'repo delete': {
      const [text = ''] = need(1, 'repo delete <owner/name> --yes');
      const repo = repoOf(text);
      if (!ctx.options.yes)
        throw ctx.usage(`deleting ${repo.id} removes its branches, tags and history for good: add --yes`);
      await (await ctx.client()).deleteRepo(repo);
      ctx.emit({ deleted: repo.id }, `Deleted ${repo.id}.`);
      return;
    }
    case 'repo move': {
      const [from = '', to = ''] = need(2, 'repo move <owner/name> <owner/new-name>');
      const moved = await (await ctx.client()).moveRepo(repoOf(from), repoOf(to));
      ctx.emit(moved, `Moved ${from} to ${moved.id} (${from} redirects there until reused).`);
      return;
    }
    case 'repo visibility': {
      const [text = '', visibility = ''] = need(2, 'repo visibility <owner/name> public|private');
      if (visibility !== 'public' && visibility !== 'private')
        throw ctx.usage('visibility is public or private');
      const changed = await (await ctx.client()).setVisibility(repoOf(text), visibility === 'private');
      ctx.emit(changed, `${changed.id} is now ${visibility}.`);
      return;
    }
    case 'branch list':
    case 'tag list': {
      const [text = ''] = need(1, `${command} list <owner/name>`);
      const repo = repoOf(text);
      const refs = (await (await ctx.client()).refs(repo)).filter((r) => r.kind === command);
      ctx.emit(refs, refs.map((r) => `${r.name}  ${r.revision}`).join('\n') || `No ${command}es.`);
      return;
    }
    case 'branch create':
    case 'tag create': {
      const [text = '', name = ''] = need(2, `${command} create <owner/name> <${command}> [--revision r]`);
      const kind = command as 'branch' | 'tag';
      const ref = await (await ctx.client()).createRef(repoOf(text), kind, name, ctx.options.revision);
      ctx.emit(ref, `Created ${kind} ${ref.name} at ${ref.revision}.`);
      return;
    }
    case 'branch delete':
    case 'tag delete': {
      const [text = '', name = ''] = need(2, `${command} delete <owner/name> <${command}>`);
      const kind = command as 'branch' | 'tag';
      await (await ctx.client()).deleteRef(repoOf(text), kind, name);
      ctx.emit({ deleted: name, kind }, `Deleted ${kind} ${name}.`);
      return;
    }
    default:
      throw ctx.usage(`unknown command '${command} ${action ?? ''}'`.trimEnd());
  }
}
