import type { Request, Response } from 'express';
import { managesNamespace } from '../../auth/permissions.js';
import type { Principal } from '../../auth/principal.js';
import { forbidden, HubError, unauthorized } from '../../errors.js';
import type { HubContext } from '../../http/context.js';
import { deleteRepo, moveRepo, setRepoVisibility } from '../../repos/lifecycle.js';
import type { RepoRef } from '../../repos/repos.js';
import { checkCsrf } from '../csrf.js';
import type { PageHandler } from '../page.js';
import type { Visitor } from '../pages/layout.js';
import { RepoSettingsPage } from '../pages/repo-settings.js';
import { PRIVATE_PAGE_CSP, sendPage } from '../render.js';
import { requireUser } from './account.js';
import { pageRepo } from './delta.js';

/** A string field of the posted form ('' when absent). */
function field(req: Request, name: string): string {
  const value: unknown = (req.body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
}

function renderSettings(
  res: Response,
  visitor: Visitor,
  repo: RepoRef,
  extra: { status?: number; error?: string } = {},
): void {
  const { status = 200, ...messages } = extra;
  sendPage(
    res,
    status,
    <RepoSettingsPage
      visitor={visitor}
      data={{ owner: repo.ownerName, name: repo.name, private: repo.private, ...messages }}
    />,
    // The page shows nothing of the repo's content; it never loads anything from elsewhere.
    PRIVATE_PAGE_CSP,
  );
}

/** The repo of a settings request, once its visitor is known to manage it (403 otherwise). */
async function managedRepo(ctx: HubContext, req: Request, principal: Principal): Promise<RepoRef> {
  const repo = await pageRepo(ctx, req, principal);
  if (!(await managesNamespace(ctx.db, principal, repo.ownerId)))
    throw forbidden(
      'only the owner, an admin of its organisation or a site admin may change this repository',
    );
  return repo;
}

/** `GET /{owner}/{name}/settings`: the settings tab (logging in first when needed). */
export const repoSettingsPage =
  (ctx: HubContext): PageHandler =>
  async (req, res, { principal, visitor }) => {
    const p = requireUser(req, res, principal);
    if (p) renderSettings(res, visitor, await managedRepo(ctx, req, p));
  };

/**
 * `POST /{owner}/{name}/settings/{visibility|move|delete}`: the same domain calls as the API
 * (same permission checks, a read-only session's token refused). A refused change re-renders the
 * page with its message; deletion needs the repo's full name typed in `confirm`.
 */
export const repoSettingsAction =
  (ctx: HubContext): PageHandler =>
  async (req, res, { principal, visitor }) => {
    checkCsrf(ctx, req);
    if (!principal) throw unauthorized('log in to change a repository');
    const repo = await managedRepo(ctx, req, principal);
    const id = `${repo.ownerName}/${repo.name}`;
    try {
      switch (req.params['action']) {
        case 'visibility':
          await setRepoVisibility(ctx.db, principal, repo, { private: field(req, 'private') === 'true' });
          res.redirect(303, `/${id}/settings`);
          return;
        case 'move': {
          const moved = await moveRepo(ctx.db, ctx.config, principal, repo, { to: field(req, 'to').trim() });
          res.redirect(303, `/${moved.ownerName}/${moved.name}/settings`);
          return;
        }
        case 'delete':
          if (field(req, 'confirm') !== id) {
            renderSettings(res, visitor, repo, {
              status: 400,
              error: `Not deleted: type ${id} exactly to confirm.`,
            });
            return;
          }
          await deleteRepo(ctx.db, principal, repo);
          res.redirect(303, `/${repo.ownerName}`);
          return;
        default:
          throw new HubError(404, 'not_found', 'no such setting');
      }
    } catch (err) {
      if (!(err instanceof HubError) || err.status >= 500 || err.status === 404) throw err;
      renderSettings(res, visitor, repo, { status: err.status, error: err.message });
    }
  };
