import type { ReactNode } from 'react';
import { CSRF_FIELD } from '../csrf.js';

/** What every page knows about its visitor. */
export interface Visitor {
  /** The logged-in user's name, or null. */
  user: string | null;
  /** The CSRF token the page's forms carry. */
  csrf: string;
}

/** The hidden CSRF field every POST form carries. */
export function CsrfField({ visitor }: { visitor: Visitor }) {
  return <input type="hidden" name={CSRF_FIELD} value={visitor.csrf} />;
}

/** The page frame: head, top bar with search and account links, main content, footer. */
export function Layout(props: { title: string; visitor: Visitor; query?: string; children: ReactNode }) {
  const { visitor } = props;
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · deltahub`}</title>
        <link rel="stylesheet" href="/assets/style.css" />
        <script src="/assets/copy.js" defer></script>
      </head>
      <body>
        <a className="skip" href="#main">
          Skip to content
        </a>
        <header className="topbar">
          <div className="wrap topbar-inner">
            <a className="brand" href="/">
              <span className="brand-mark" aria-hidden="true">
                Δ
              </span>
              deltahub
            </a>
            <form className="topsearch" role="search" action="/search" method="get">
              <label htmlFor="top-q" className="sr-only">
                Search deltas
              </label>
              <input
                id="top-q"
                name="q"
                type="search"
                placeholder="Search deltas…"
                defaultValue={props.query ?? ''}
              />
            </form>
            <nav className="topnav" aria-label="Account">
              {visitor.user ? (
                <>
                  <a href={`/${visitor.user}`}>{visitor.user}</a>
                  <a href="/settings/tokens">Tokens</a>
                  <form method="post" action="/logout" className="inline">
                    <CsrfField visitor={visitor} />
                    <button type="submit" className="linkish">
                      Log out
                    </button>
                  </form>
                </>
              ) : (
                <a href="/login">Log in</a>
              )}
            </nav>
          </div>
        </header>
        <main id="main" className="wrap">
          {props.children}
        </main>
        <footer className="footer">
          <div className="wrap">
            deltahub — delta tuning for TypeScript · <a href="/search">Browse deltas</a> ·{' '}
            <a href="/api/search">JSON API</a>
          </div>
        </footer>
      </body>
    </html>
  );
}
