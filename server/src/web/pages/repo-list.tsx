import type { RepoSummary } from '../../search/search.js';
import { formatAge, formatCompact } from '../format.js';

/** The fields of a search result (`RepoSummary`) a list shows. */
export type RepoItem = Pick<
  RepoSummary,
  'id' | 'private' | 'downloads' | 'updatedAt' | 'deltaType' | 'backbone' | 'task' | 'tags'
>;

/** One delta in a list: name, badges, backbone, downloads and age. */
function RepoRow({ item, now }: { item: RepoItem; now: number }) {
  return (
    <li className="repo">
      <div className="repo-head">
        <a className="repo-name" href={`/${item.id}`}>
          {item.id}
        </a>
        {item.private ? <span className="badge badge-private">private</span> : null}
      </div>
      <div className="repo-meta">
        {item.deltaType ? <span className="badge badge-type">{item.deltaType}</span> : null}
        {item.backbone.nameOrPath ? <span className="meta-item">{item.backbone.nameOrPath}</span> : null}
        {item.task ? <span className="meta-item">{item.task}</span> : null}
        <span className="meta-item" title={`${item.downloads} downloads`}>
          ↓ {formatCompact(item.downloads)}
        </span>
        <span className="meta-item">updated {formatAge(item.updatedAt, now)}</span>
      </div>
    </li>
  );
}

/** A list of deltas, or a message when it is empty. */
export function RepoList({ items, empty }: { items: RepoItem[]; empty: string }) {
  if (items.length === 0) return <p className="empty">{empty}</p>;
  const now = Date.now();
  return (
    <ul className="repo-list">
      {items.map((item) => (
        <RepoRow key={item.id} item={item} now={now} />
      ))}
    </ul>
  );
}
