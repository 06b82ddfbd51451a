import type { CommitView } from '../../read/history.js';
import { formatDate } from '../format.js';
import { Layout, type Visitor } from './layout.js';
import { RepoTabs, RepoTitle } from './repo-tabs.js';

/** What the history page shows: one page of a ref's commits. */
export interface HistoryPageData {
  owner: string;
  name: string;
  private: boolean;
  canManage: boolean;
  /** The ref or revision id whose history this is. */
  rev: string;
  refs: { name: string; kind: string }[];
  commits: CommitView[];
  /** The URL of the next (older) page, if any. */
  olderUrl: string | null;
}

/** `/{owner}/{name}/commits/{rev}`: the history of a ref, newest first, a page at a time. */
export function HistoryPage({ visitor, data }: { visitor: Visitor; data: HistoryPageData }) {
  const id = `${data.owner}/${data.name}`;
  return (
    <Layout title={`History of ${id}@${data.rev}`} visitor={visitor}>
      <RepoTitle owner={data.owner} name={data.name} isPrivate={data.private} />
      <RepoTabs id={id} active="history" canManage={data.canManage} />
      <section aria-labelledby="commits-title">
        <h2 id="commits-title">
          History of <code>{data.rev}</code>
        </h2>
        <div className="refs">
          {data.refs.map((r) => (
            <a
              key={r.name}
              className={`ref ref-${r.kind}${r.name === data.rev ? ' active' : ''}`}
              href={`/${id}/commits/${encodeURIComponent(r.name)}`}
            >
              <span className="ref-kind">{r.kind}</span>
              {r.name}
            </a>
          ))}
        </div>
        <ol className="commits">
          {data.commits.map((c) => {
            const [title = '', ...body] = c.message.split('\n');
            const description = body.join('\n').trim();
            return (
              <li key={c.id} className="commit">
                <div className="commit-head">
                  <a href={`/${id}?rev=${c.id}`}>
                    <code className="hash">{c.id.slice(0, 12)}</code>
                  </a>{' '}
                  <strong>{title || <span className="muted">(no message)</span>}</strong>
                </div>
                {description ? <p className="commit-body">{description}</p> : null}
                <div className="muted small">
                  {c.author ?? 'unknown'} · {formatDate(c.createdAt)}
                </div>
              </li>
            );
          })}
        </ol>
        {data.olderUrl ? (
          <p className="pager">
            <a href={data.olderUrl} rel="next">
              Older commits →
            </a>
          </p>
        ) : null}
      </section>
    </Layout>
  );
}
