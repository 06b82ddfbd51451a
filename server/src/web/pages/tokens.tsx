import { formatDate } from '../format.js';
import { CsrfField, Layout, type Visitor } from './layout.js';

/** A token as listed on the page (never its secret, which is not stored). */
export interface TokenItem {
  id: string;
  name: string;
  scope: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revoked: boolean;
  current: boolean;
}

/** `/settings/tokens`: the user's tokens, a creation form, and a just-created secret shown once. */
export function TokensPage(props: {
  visitor: Visitor;
  tokens: TokenItem[];
  created?: string;
  error?: string;
}) {
  return (
    <Layout title="Access tokens" visitor={props.visitor}>
      <h1 className="page-title">Access tokens</h1>
      {props.created ? (
        <div className="created" role="status">
          <p>
            <strong>New token</strong> — copy it now, it will not be shown again:
          </p>
          <div className="snippet">
            <pre>
              <code id="new-token">{props.created}</code>
            </pre>
            <button type="button" className="copy" data-copy-target="new-token">
              Copy
            </button>
          </div>
        </div>
      ) : null}
      {props.error ? (
        <p className="alert" role="alert">
          {props.error}
        </p>
      ) : null}
      <section aria-labelledby="new">
        <h2 id="new">Create a token</h2>
        <form method="post" action="/settings/tokens" className="inline-form">
          <CsrfField visitor={props.visitor} />
          <div className="field">
            <label htmlFor="token-name">Name</label>
            <input id="token-name" name="name" type="text" maxLength={100} placeholder="laptop" />
          </div>
          <div className="field">
            <label htmlFor="token-scope">Scope</label>
            <select id="token-scope" name="scope" defaultValue="read">
              <option value="read">read</option>
              <option value="write">write</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="token-days">Expires in (days)</label>
            <input
              id="token-days"
              name="expiresInDays"
              type="number"
              min={1}
              max={3650}
              placeholder="never"
            />
          </div>
          <button type="submit">Create</button>
        </form>
      </section>
      <section aria-labelledby="list">
        <h2 id="list">Your tokens</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Scope</th>
                <th scope="col">Created</th>
                <th scope="col">Expires</th>
                <th scope="col">Last used</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {props.tokens.map((t) => (
                <tr key={t.id}>
                  <td>
                    {t.name || <span className="muted">(unnamed)</span>}
                    {t.current ? <span className="badge">this session</span> : null}
                  </td>
                  <td>{t.scope}</td>
                  <td>{formatDate(t.createdAt)}</td>
                  <td>{t.expiresAt ? formatDate(t.expiresAt) : 'never'}</td>
                  <td>{t.lastUsedAt ? formatDate(t.lastUsedAt) : '—'}</td>
                  <td>
                    {t.revoked ? (
                      <span className="muted">revoked</span>
                    ) : (
                      <form method="post" action={`/settings/tokens/${t.id}/revoke`} className="inline">
                        <CsrfField visitor={props.visitor} />
                        <button
                          type="submit"
                          className="danger"
                          aria-label={`Revoke token ${t.name || t.id}`}
                        >
                          Revoke
                        </button>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </Layout>
  );
}
