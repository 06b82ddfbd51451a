import type { Response } from 'express';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';

/**
 * The policy of every page: scripts and styles only from the hub itself (no inline script, no CDN),
 * images also over https (model cards link them), forms post only to the hub.
 */
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https: data:",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Sends a server-rendered page. React escapes every text and attribute value, so nothing here
 * escapes by hand. Pages depend on the session, so they are never cached.
 */
export function sendPage(res: Response, status: number, page: ReactElement): void {
  res.status(status);
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Security-Policy', PAGE_CSP);
  // Same-origin referrers let browsers send a real Origin header with form posts (checked for CSRF).
  res.setHeader('Referrer-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('Cache-Control', 'no-store');
  res.send(`<!doctype html>${renderToString(page)}`);
}
