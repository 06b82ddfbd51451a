import { Layout, type Visitor } from './layout.js';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Log in required',
  403: 'Forbidden',
  404: 'Page not found',
  429: 'Too many requests',
};

/** The friendly error page: 404 for anything missing or hidden, 500 without internals. */
export function ErrorPage(props: { visitor: Visitor; status: number; message: string; requestId?: string }) {
  const title = TITLES[props.status] ?? (props.status >= 500 ? 'Something went wrong' : 'Error');
  return (
    <Layout title={title} visitor={props.visitor}>
      <section className="error-page">
        <p className="error-status">{props.status}</p>
        <h1>{title}</h1>
        <p>{props.message}</p>
        {props.requestId ? <p className="muted">Request id: {props.requestId}</p> : null}
        <p>
          <a href="/">Home</a> · <a href="/search">Browse deltas</a>
        </p>
      </section>
    </Layout>
  );
}
