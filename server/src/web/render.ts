import type { Response } from 'express';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';

const cspWith = (imgSrc: string): string =>
  [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src ${imgSrc}`,
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');

/**
 * The policy of every page: scripts and styles only from the hub itself (no inline script, no CDN),
 * images also over https (public model cards link them), forms post only to the hub.
 */
export const PAGE_CSP = cspWith("'self' https: data:");
/**
 * The policy of a private delta's page: no image from another site either, should one slip past
 * the card sanitiser (which turns them into links), so no third party learns who reads it.
 */
export const PRIVATE_PAGE_CSP = cspWith("'self' data:");

/**
 * Sends a server-rendered page. React escapes every text and attribute value, so nothing here
 * escapes by hand. Pages depend on the session, so they are never cached.
 */
export function sendPage(res: Response, status: number, page: ReactElement, csp = PAGE_CSP): void {
  res.status(status);
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Security-Policy', csp);
  // Same-origin referrers let browsers send a real Origin header with form posts (checked for CSRF).
  res.setHeader('Referrer-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('Cache-Control', 'no-store');
  res.send(`<!doctype html>${renderToString(page)}`);
}
