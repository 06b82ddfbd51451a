import { accountNamed } from '../../auth/views.js';
import type { HubContext } from '../../http/context.js';
import { publicTotals } from '../../read/totals.js';
import { notFound } from '../../errors.js';
import { NAME_SEGMENT } from '../../names.js';
import { searchRepos, type SearchQuery } from '../../search/search.js';
import { queryString, type PageHandler } from '../page.js';
import { HomePage } from '../pages/home.js';
import { OwnerPage } from '../pages/owner.js';
import { SearchPage, type SearchState } from '../pages/search.js';
import { sendPage } from '../render.js';

const PAGE_SIZE = '20';
const HOME_LIST_SIZE = '8';

/** Search parameters of a state, leaving out empty fields (an empty filter would match nothing). */
function toSearchQuery(state: SearchState): SearchQuery {
  const q: SearchQuery = { limit: PAGE_SIZE };
  for (const [key, value] of Object.entries(state) as [keyof SearchState, string][]) {
    if (value) q[key] = value;
  }
  return q;
}

/** `/`: totals and two short lists, through the same search the API uses (so visibility is identical). */
export const homePage =
  (ctx: HubContext): PageHandler =>
  async (_req, res, { principal, visitor }) => {
    const [sums, popular, recent] = await Promise.all([
      publicTotals(ctx.db),
      searchRepos(ctx.db, principal, { sort: 'downloads', limit: HOME_LIST_SIZE }),
      searchRepos(ctx.db, principal, { sort: 'updated', limit: HOME_LIST_SIZE }),
    ]);
    sendPage(
      res,
      200,
      <HomePage visitor={visitor} totals={sums} popular={popular.items} recent={recent.items} />,
    );
  };

/** `/search`: every field of the form is a query parameter, so a results URL can be shared. */
export const searchPage =
  (ctx: HubContext): PageHandler =>
  async (req, res, { principal, visitor }) => {
    const field = (name: keyof SearchState): string => queryString(req, name).trim();
    const state: SearchState = {
      q: field('q'),
      deltaType: field('deltaType'),
      architecture: field('architecture'),
      backbone: field('backbone'),
      task: field('task'),
      author: field('author'),
      fingerprint: field('fingerprint'),
      sort: field('sort') || 'downloads',
      cursor: field('cursor'),
    };
    const result = await searchRepos(ctx.db, principal, toSearchQuery(state));
    sendPage(
      res,
      200,
      <SearchPage visitor={visitor} state={state} items={result.items} nextCursor={result.nextCursor} />,
    );
  };

/** `/{owner}`: the account's deltas the visitor may see, most recently updated first. */
export const ownerPage =
  (ctx: HubContext): PageHandler =>
  async (req, res, { principal, visitor }) => {
    const name = String(req.params['owner']);
    const account = NAME_SEGMENT.test(name) ? await accountNamed(ctx.db, name) : null;
    if (!account) throw notFound('owner_not_found', `no user or organisation named ${name}`);
    const cursor = queryString(req, 'cursor');
    const result = await searchRepos(ctx.db, principal, {
      author: account.name,
      sort: 'updated',
      limit: PAGE_SIZE,
      ...(cursor ? { cursor } : {}),
    });
    sendPage(
      res,
      200,
      <OwnerPage
        visitor={visitor}
        owner={account}
        items={result.items}
        cursor={cursor}
        nextCursor={result.nextCursor}
      />,
    );
  };
