import { CsrfField, Layout, type Visitor } from './layout.js';

/** `/login`: a form posting an access token; `error` is shown after a refused token. */
export function LoginPage(props: { visitor: Visitor; next: string; error?: string }) {
  return (
    <Layout title="Log in" visitor={props.visitor}>
      <section className="narrow">
        <h1 className="page-title">Log in</h1>
        <p className="muted">
          Paste an access token (<code>hf_…</code> or <code>dh_…</code>). Create one with{' '}
          <code>deltahub-server token create</code> or from the tokens page once logged in.
        </p>
        {props.error ? (
          <p className="alert" role="alert">
            {props.error}
          </p>
        ) : null}
        <form method="post" action="/login" className="stack">
          <CsrfField visitor={props.visitor} />
          <input type="hidden" name="next" value={props.next} />
          <label htmlFor="token">Access token</label>
          <input id="token" name="token" type="password" autoComplete="off" required spellCheck={false} />
          <button type="submit">Log in</button>
        </form>
      </section>
    </Layout>
  );
}
