import { Layout, type Visitor } from './layout.js';
import { RepoList, type RepoItem } from './repo-list.js';

/** `/{owner}`: a user's or organisation's deltas, most recently updated first. */
export function OwnerPage(props: {
  visitor: Visitor;
  owner: { name: string; kind: string };
  items: RepoItem[];
  cursor: string;
  nextCursor: string | null;
}) {
  const { owner } = props;
  return (
    <Layout title={owner.name} visitor={props.visitor}>
      <div className="owner-head">
        <span className="avatar" aria-hidden="true">
          {owner.name.slice(0, 1).toUpperCase()}
        </span>
        <div>
          <h1 className="page-title">{owner.name}</h1>
          <p className="muted">{owner.kind === 'org' ? 'Organisation' : 'User'}</p>
        </div>
      </div>
      <RepoList items={props.items} empty={`${owner.name} has no deltas you can see.`} />
      <nav className="pager" aria-label="Pages">
        {props.cursor ? <a href={`/${owner.name}`}>← First page</a> : <span />}
        {props.nextCursor ? (
          <a rel="next" href={`/${owner.name}?cursor=${encodeURIComponent(props.nextCursor)}`}>
            Next page →
          </a>
        ) : null}
      </nav>
    </Layout>
  );
}
