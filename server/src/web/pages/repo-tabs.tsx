/** The tabs of a repo's pages. */
export type RepoTab = 'delta' | 'history' | 'settings';

/**
 * The tab bar of a repo: its page, the history of its default branch, and (for those who may
 * manage it) its settings.
 */
export function RepoTabs({ id, active, canManage }: { id: string; active: RepoTab; canManage: boolean }) {
  const tabs: [RepoTab, string, string][] = [
    ['delta', 'Delta', `/${id}`],
    ['history', 'History', `/${id}/commits/main`],
    ...(canManage ? [['settings', 'Settings', `/${id}/settings`] as [RepoTab, string, string]] : []),
  ];
  return (
    <nav className="tabs" aria-label="Repository">
      {tabs.map(([tab, label, href]) => (
        <a
          key={tab}
          href={href}
          className={tab === active ? 'tab active' : 'tab'}
          aria-current={tab === active ? 'page' : undefined}
        >
          {label}
        </a>
      ))}
    </nav>
  );
}

/** The title of a repo's pages: `owner / name`, with the private badge. */
export function RepoTitle({ owner, name, isPrivate }: { owner: string; name: string; isPrivate: boolean }) {
  return (
    <div className="delta-head">
      <h1 className="page-title">
        <a href={`/${owner}`}>{owner}</a>
        <span className="slash">/</span>
        <a href={`/${owner}/${name}`}>{name}</a>
      </h1>
      {isPrivate ? <span className="badge badge-private">private</span> : null}
    </div>
  );
}
