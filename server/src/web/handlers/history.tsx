import { managesNamespace } from '../../auth/permissions.js';
import type { HubContext } from '../../http/context.js';
import { commitHistory } from '../../read/history.js';
import { listRefs } from '../../read/refs.js';
import { queryString, type PageHandler } from '../page.js';
import { HistoryPage } from '../pages/history.js';
import { PAGE_CSP, PRIVATE_PAGE_CSP, sendPage } from '../render.js';
import { pageRepo } from './delta.js';

const COMMITS_SHOWN = 30;

/** `/{owner}/{name}/commits/{rev}[?cursor=]`: the history of a ref, a page at a time. */
export const historyPage =
  (ctx: HubContext): PageHandler =>
  async (req, res, { principal, visitor }) => {
    const repo = await pageRepo(ctx, req, principal);
    const rev = String(req.params['rev']);
    const cursor = queryString(req, 'cursor');
    const [page, refs, canManage] = await Promise.all([
      commitHistory(ctx.db, repo, rev, { limit: COMMITS_SHOWN, ...(cursor ? { cursor } : {}) }),
      listRefs(ctx.db, repo),
      managesNamespace(ctx.db, principal, repo.ownerId),
    ]);
    const base = `/${repo.ownerName}/${repo.name}/commits/${encodeURIComponent(rev)}`;
    sendPage(
      res,
      200,
      <HistoryPage
        visitor={visitor}
        data={{
          owner: repo.ownerName,
          name: repo.name,
          private: repo.private,
          canManage,
          rev,
          refs,
          commits: page.items,
          olderUrl: page.nextCursor ? `${base}?cursor=${page.nextCursor}` : null,
        }}
      />,
      repo.private ? PRIVATE_PAGE_CSP : PAGE_CSP,
    );
  };
