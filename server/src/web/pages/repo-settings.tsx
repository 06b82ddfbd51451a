import { CsrfField, Layout, type Visitor } from './layout.js';
import { RepoTabs, RepoTitle } from './repo-tabs.js';

/** What the settings page shows. */
export interface RepoSettingsData {
  owner: string;
  name: string;
  private: boolean;
  /** A refused change, shown above the forms. */
  error?: string;
  /** A change just made. */
  notice?: string;
}

/**
 * `/{owner}/{name}/settings`, for those who may manage the repo: visibility, rename or move, and
 * deletion behind a typed confirmation (the repo's full name).
 */
export function RepoSettingsPage({ visitor, data }: { visitor: Visitor; data: RepoSettingsData }) {
  const id = `${data.owner}/${data.name}`;
  const action = (what: string) => `/${id}/settings/${what}`;
  return (
    <Layout title={`Settings of ${id}`} visitor={visitor}>
      <RepoTitle owner={data.owner} name={data.name} isPrivate={data.private} />
      <RepoTabs id={id} active="settings" canManage={true} />
      {data.notice ? (
        <p className="notice" role="status">
          {data.notice}
        </p>
      ) : null}
      {data.error ? (
        <p className="alert" role="alert">
          {data.error}
        </p>
      ) : null}
      <section aria-labelledby="visibility-title" className="settings-section">
        <h2 id="visibility-title">Visibility</h2>
        <p>
          This repository is <strong>{data.private ? 'private' : 'public'}</strong>:{' '}
          {data.private
            ? 'only you, the members of its organisation and site admins can see it.'
            : 'anyone can see and download it.'}
        </p>
        <form method="post" action={action('visibility')} className="inline-form">
          <CsrfField visitor={visitor} />
          <input type="hidden" name="private" value={data.private ? 'false' : 'true'} />
          <button type="submit">{data.private ? 'Make public' : 'Make private'}</button>
        </form>
      </section>
      <section aria-labelledby="move-title" className="settings-section">
        <h2 id="move-title">Rename or move</h2>
        <p className="muted">
          The old name keeps redirecting to the new one until another repository takes it.
        </p>
        <form method="post" action={action('move')} className="inline-form">
          <CsrfField visitor={visitor} />
          <div className="field">
            <label htmlFor="move-to">New name (owner/name)</label>
            <input id="move-to" name="to" type="text" required defaultValue={id} maxLength={193} />
          </div>
          <button type="submit">Move</button>
        </form>
      </section>
      <section aria-labelledby="delete-title" className="settings-section danger-zone">
        <h2 id="delete-title">Delete this repository</h2>
        <p>
          Its branches, tags and history are deleted for good; files no other repository uses are removed from
          storage. Type <code>{id}</code> to confirm.
        </p>
        <form method="post" action={action('delete')} className="inline-form">
          <CsrfField visitor={visitor} />
          <div className="field">
            <label htmlFor="delete-confirm">Repository name</label>
            <input
              id="delete-confirm"
              name="confirm"
              type="text"
              required
              autoComplete="off"
              placeholder={id}
            />
          </div>
          <button type="submit" className="danger">
            Delete {id}
          </button>
        </form>
      </section>
    </Layout>
  );
}
