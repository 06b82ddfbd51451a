import { DELTA_TYPES } from '@deltahub/core/checkpoint';
import { Layout, type Visitor } from './layout.js';
import { RepoList, type RepoItem } from './repo-list.js';

/** The search state, all of it in the URL. */
export interface SearchState {
  q: string;
  deltaType: string;
  architecture: string;
  backbone: string;
  task: string;
  author: string;
  fingerprint: string;
  sort: string;
  cursor: string;
}

/** Backbone architectures offered as a filter (the `model_type` values core loads). */
export const ARCHITECTURES = ['bert', 'roberta', 'distilbert', 'gpt2', 't5', 'bart'];
const SORT_LABELS: Record<string, string> = {
  downloads: 'Most downloaded',
  updated: 'Recently updated',
  created: 'Newest',
};

/** The URL of a search state (empty fields left out), for links that share it. */
export function searchUrl(state: Partial<SearchState>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `/search?${text}` : '/search';
}

function Select(props: {
  id: string;
  label: string;
  value: string;
  options: readonly string[];
  labels?: Record<string, string>;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} name={props.id} defaultValue={props.value}>
        {props.labels ? null : <option value="">Any</option>}
        {props.options.map((o) => (
          <option key={o} value={o}>
            {props.labels?.[o] ?? o}
          </option>
        ))}
      </select>
    </div>
  );
}

function Text(props: { id: string; label: string; value: string; placeholder: string }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        name={props.id}
        type="text"
        defaultValue={props.value}
        placeholder={props.placeholder}
      />
    </div>
  );
}

/** `/search`: text, filters, sort and cursor paging; the form submits by GET so the URL is the state. */
export function SearchPage(props: {
  visitor: Visitor;
  state: SearchState;
  items: RepoItem[];
  nextCursor: string | null;
}) {
  const { state } = props;
  const base = { ...state, cursor: '' };
  return (
    <Layout title={state.q ? `Search: ${state.q}` : 'Search'} visitor={props.visitor} query={state.q}>
      <h1 className="page-title">Deltas</h1>
      <div className="search-layout">
        <form className="filters" action="/search" method="get" aria-label="Search filters">
          <div className="field">
            <label htmlFor="q">Text</label>
            <input id="q" name="q" type="search" defaultValue={state.q} placeholder="name, card, tag…" />
          </div>
          <Select id="deltaType" label="Delta type" value={state.deltaType} options={DELTA_TYPES} />
          <Select
            id="architecture"
            label="Backbone architecture"
            value={state.architecture}
            options={ARCHITECTURES}
          />
          <Text id="backbone" label="Backbone name" value={state.backbone} placeholder="bert-base-uncased" />
          <Text id="task" label="Task" value={state.task} placeholder="text-classification" />
          <Text id="author" label="Author" value={state.author} placeholder="user or organisation" />
          <Select
            id="sort"
            label="Sort by"
            value={state.sort}
            options={Object.keys(SORT_LABELS)}
            labels={SORT_LABELS}
          />
          {state.fingerprint ? <input type="hidden" name="fingerprint" value={state.fingerprint} /> : null}
          <button type="submit">Apply</button>
          <a className="reset" href="/search">
            Reset
          </a>
        </form>
        <section className="results" aria-label="Results">
          {state.fingerprint ? (
            <p className="notice">
              Deltas for the backbone with fingerprint <code>{state.fingerprint.slice(0, 16)}…</code>{' '}
              <a href={searchUrl({ ...base, fingerprint: '' })}>clear</a>
            </p>
          ) : null}
          <RepoList items={props.items} empty="No delta matches this search." />
          <nav className="pager" aria-label="Pages">
            {state.cursor ? <a href={searchUrl(base)}>← First page</a> : <span />}
            {props.nextCursor ? (
              <a rel="next" href={searchUrl({ ...state, cursor: props.nextCursor })}>
                Next page →
              </a>
            ) : null}
          </nav>
        </section>
      </div>
    </Layout>
  );
}
