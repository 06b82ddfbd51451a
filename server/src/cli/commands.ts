import {
  addOrg,
  addUser,
  createToken,
  revokeToken,
  setOrgMember,
  type TokenScope,
} from '../auth/accounts.js';
import { collectGarbage } from '../gc/gc.js';
import { setQuota } from '../quota/quota.js';
import type { HubContext } from '../http/context.js';
import { parseArgs } from './args.js';

/** Help text of `deltahub-server`. */
export const USAGE = `usage: deltahub-server <command>
  user add <name> [--admin]
  token create <user> [--scope read|write] [--expires <days>] [--name <label>]   prints only the token
  token revoke <id|token>
  org add <org> --owner <user>
  org member add <org> <user> [--role owner|admin|write|read]
  quota set <user|org> <bytes|none|default>   none: no quota; default: DELTAHUB_DEFAULT_QUOTA_BYTES
  gc [--grace <seconds>] [--max-age <seconds>]
Environment: DATABASE_URL, DELTAHUB_DATA, DELTAHUB_STORAGE, DELTAHUB_S3_* (as for the server).
`;

/** Thrown for a command line that does not parse. */
export class UsageError extends Error {}

function need(value: string | undefined, what: string): string {
  if (!value) throw new UsageError(`missing ${what}\n${USAGE}`);
  return value;
}

/** Runs one CLI command against an open hub and returns what to print on stdout. */
export async function runCommand(ctx: HubContext, argv: string[]): Promise<string> {
  const { positional, options } = parseArgs(argv, new Set(['admin']));
  const opt = (name: string): string | undefined => {
    const v = options.get(name);
    return v === true ? undefined : v;
  };
  const [group, action, ...rest] = positional;
  const command =
    group === 'gc'
      ? 'gc'
      : `${group ?? ''} ${action ?? ''}${group === 'org' && action === 'member' ? ` ${rest.shift() ?? ''}` : ''}`;
  switch (command) {
    case 'user add': {
      const user = await addUser(ctx.db, need(rest[0], '<name>'), { admin: options.get('admin') === true });
      return `created user ${user.name}`;
    }
    case 'token create': {
      const expires = opt('expires');
      const created = await createToken(ctx.db, need(rest[0], '<user>'), {
        scope: (opt('scope') ?? 'write') as TokenScope,
        ...(expires !== undefined ? { expiresInDays: Number(expires) } : {}),
        ...(opt('name') !== undefined ? { name: opt('name') } : {}),
      });
      return created.token;
    }
    case 'token revoke': {
      const { id } = await revokeToken(ctx.db, need(rest[0], '<id|token>'));
      return `revoked token ${id}`;
    }
    case 'org add': {
      const org = await addOrg(ctx.db, need(rest[0], '<org>'), need(opt('owner'), '--owner <user>'));
      return `created organisation ${org.name}`;
    }
    case 'org member add': {
      const role = opt('role') ?? 'write';
      await setOrgMember(ctx.db, need(rest[0], '<org>'), need(rest[1], '<user>'), role);
      return `${rest[1]} is ${role} of ${rest[0]}`;
    }
    case 'quota set': {
      const name = need(rest[0], '<user|org>');
      const value = need(rest[1], '<bytes|none|default>');
      const bytes = value === 'default' ? null : value === 'none' ? 0 : Number(value);
      const use = await setQuota(ctx.db, ctx.config, name, bytes);
      const quota = use.quotaBytes === null ? 'no quota' : `quota ${use.quotaBytes} bytes`;
      return `${name}: ${quota}, ${use.usedBytes} bytes used`;
    }
    case 'gc': {
      const grace = opt('grace');
      const maxAge = opt('max-age');
      const report = await collectGarbage(
        ctx.db,
        ctx.store,
        grace === undefined ? ctx.config.gcGraceMs : Number(grace) * 1000,
        ctx.log,
        maxAge === undefined ? ctx.config.gcMaxAgeMs : Number(maxAge) * 1000,
      );
      return JSON.stringify(report);
    }
    default:
      throw new UsageError(`unknown command: ${positional.join(' ')}\n${USAGE}`);
  }
}
