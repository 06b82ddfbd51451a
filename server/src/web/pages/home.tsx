import type { HubTotals } from '../../read/totals.js';
import { formatCount } from '../format.js';
import { Layout, type Visitor } from './layout.js';
import { RepoList, type RepoItem } from './repo-list.js';

/** `/`: search box, totals, popular and recently updated deltas. */
export function HomePage(props: {
  visitor: Visitor;
  /** Public deltas only. */
  totals: HubTotals;
  popular: RepoItem[];
  recent: RepoItem[];
}) {
  const { totals } = props;
  return (
    <Layout title="Home" visitor={props.visitor}>
      <section className="hero">
        <h1>Share and reuse delta weights</h1>
        <p className="lead">
          LoRA, adapters, prefixes and more — small trained deltas for TensorFlow.js backbones, with
          fingerprints that check they fit.
        </p>
        <form className="hero-search" role="search" action="/search" method="get">
          <label htmlFor="home-q" className="sr-only">
            Search deltas
          </label>
          <input id="home-q" name="q" type="search" placeholder="Search by name, backbone, task, tag…" />
          <button type="submit">Search</button>
        </form>
        <dl className="totals">
          <div>
            <dt>deltas</dt>
            <dd>{formatCount(totals.deltas)}</dd>
          </div>
          <div>
            <dt>authors</dt>
            <dd>{formatCount(totals.owners)}</dd>
          </div>
          <div>
            <dt>downloads</dt>
            <dd>{formatCount(totals.downloads)}</dd>
          </div>
        </dl>
      </section>
      <div className="columns">
        <section aria-labelledby="popular">
          <h2 id="popular">
            Popular{' '}
            <a className="more" href="/search?sort=downloads">
              all →
            </a>
          </h2>
          <RepoList items={props.popular} empty="No deltas yet." />
        </section>
        <section aria-labelledby="recent">
          <h2 id="recent">
            Recently updated{' '}
            <a className="more" href="/search?sort=updated">
              all →
            </a>
          </h2>
          <RepoList items={props.recent} empty="No deltas yet." />
        </section>
      </div>
    </Layout>
  );
}
