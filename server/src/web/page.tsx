import type { Request, Response } from 'express';
import type { Principal } from '../auth/principal.js';
import { HubError } from '../errors.js';
import type { HubContext } from '../http/context.js';
import { csrfToken } from './csrf.js';
import { ErrorPage } from './pages/error.js';
import type { Visitor } from './pages/layout.js';
import { sendPage } from './render.js';
import { sessionPrincipal } from './session.js';
import { movedLocation, RepoMovedError } from '../repos/redirects.js';

/** What a page handler gets besides the request: the logged-in user and the visitor view of it. */
export interface PageRequest {
  principal: Principal | null;
  visitor: Visitor;
}

/** A page handler: renders (or redirects) and may throw; errors become HTML error pages. */
export type PageHandler = (req: Request, res: Response, page: PageRequest) => Promise<void>;

/** The visitor of a request; anonymous when the session cannot be read (a broken cookie, a DB error). */
async function visitorOf(ctx: HubContext, req: Request, res: Response): Promise<PageRequest> {
  let principal: Principal | null = null;
  try {
    principal = await sessionPrincipal(ctx, req);
  } catch (err) {
    ctx.log.warn({ err, requestId: res.locals['requestId'] }, 'session lookup failed; rendering anonymously');
  }
  return { principal, visitor: { user: principal?.userName ?? null, csrf: csrfToken(ctx, req, res) } };
}

/**
 * Renders an error as a page: the HubError's status and message (a 404 for anything missing or
 * hidden), or a 500 that logs the error and shows only the request id.
 */
export function sendErrorPage(
  ctx: HubContext,
  req: Request,
  res: Response,
  err: unknown,
  visitor: Visitor,
): void {
  const requestId = res.locals['requestId'] as string | undefined;
  // A HubError keeps its status (a 503 stays a 503); its message is shown below 500 only.
  const status = err instanceof HubError ? err.status : 500;
  let message = 'The hub failed to build this page. Try again in a moment.';
  if (err instanceof HubError && status < 500) {
    message = status === 404 ? 'There is nothing here, or you are not allowed to see it.' : err.message;
  } else {
    ctx.log.error({ err, requestId, url: req.originalUrl }, 'page failed');
  }
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (err instanceof RepoMovedError) {
    // A repo's former name: its page, tab and file links follow it to the current one.
    res.redirect(err.status, movedLocation(req.originalUrl, err));
    return;
  }
  if (err instanceof HubError) res.setHeader('X-Error-Code', err.code);
  sendPage(
    res,
    status,
    <ErrorPage
      visitor={visitor}
      status={status}
      message={message}
      {...(status >= 500 && requestId ? { requestId } : {})}
    />,
  );
}

/** Wraps a page handler: resolves the visitor, and renders any error as an HTML page. */
export function page(ctx: HubContext, handler: PageHandler) {
  return async (req: Request, res: Response): Promise<void> => {
    const pr = await visitorOf(ctx, req, res);
    try {
      await handler(req, res, pr);
    } catch (err) {
      sendErrorPage(ctx, req, res, err, pr.visitor);
    }
  };
}

/** The string value of a query parameter ('' when absent or repeated). */
export function queryString(req: Request, name: string): string {
  const value: unknown = req.query[name];
  return typeof value === 'string' ? value : '';
}
