import type { ReactNode } from 'react';
import type { RefView } from '../../read/refs.js';
import type { RevisionSummary, RevisionView } from '../../read/revisions.js';
import { formatAge, formatBytes, formatCount, formatDate, formatPercent } from '../format.js';
import type { TensorView } from '../tensors.js';
import { Layout, type Visitor } from './layout.js';
import { RepoList, type RepoItem } from './repo-list.js';
import { searchUrl } from './search.js';

/** The fields of a revision (`RevisionView`) the page shows. */
export type RevisionData = Pick<
  RevisionView,
  | 'id'
  | 'message'
  | 'author'
  | 'createdAt'
  | 'deltaType'
  | 'backbone'
  | 'trainableParameters'
  | 'modifiedModules'
  | 'task'
  | 'dataset'
  | 'license'
  | 'tags'
  | 'files'
  | 'config'
  | 'peftConfig'
>;

/** The deltas of a model on its page, and whether there are more than those shown. */
export interface ModelTree {
  items: RepoItem[];
  more: boolean;
}

/** Everything the delta page shows. */
export interface DeltaPageData {
  id: string;
  owner: string;
  name: string;
  private: boolean;
  downloads: number;
  updatedAt: string;
  /** The revision shown, or null when nothing was pushed yet. */
  revision: RevisionData | null;
  /** The ref or revision id asked for with `?rev=`, when not the default branch. */
  rev: string | null;
  refs: RefView[];
  revisions: RevisionSummary[];
  revisionCount: number;
  cardHtml: string;
  /** The tensors of the weights file (`delta.safetensors`, or a PEFT adapter's) and its name. */
  tensors: { file: string; view: TensorView } | null;
  others: RepoItem[];
  /** The page of the base model when this hub holds it and the visitor may see it. */
  baseModel: string | null;
  /** The deltas recorded on this repo as their backbone (the model tree), visible to the visitor. */
  deltasOfModel: ModelTree;
  /** TypeScript that loads the delta (or, for a full model, the model). */
  usage: string;
  /** Python that loads the repo's PEFT adapter with PEFT; null without one. */
  pythonUsage: string | null;
  /** URL of a file of the shown revision. */
  fileUrl: (path: string) => string;
}

/** Tensor tables up to this many rows start open; longer ones start folded. */
const OPEN_TENSOR_ROWS = 16;

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="kv">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Fingerprint({ value }: { value: string | null }) {
  if (!value) return <span className="muted">—</span>;
  return (
    <code className="hash" title={value}>
      {value.slice(0, 12)}…
    </code>
  );
}

/**
 * Whether a revision holds a delta (a delta config, or a PEFT adapter) rather than a full model
 * or other files: a model's page says how to load the model, and lists the deltas made on it.
 */
export function isDelta(rev: RevisionData): boolean {
  return rev.deltaType !== null || rev.config !== null || rev.peftConfig !== null;
}

function MetadataPanel({ data, rev }: { data: DeltaPageData; rev: RevisionData }) {
  const size = rev.files.reduce((sum, f) => sum + f.size, 0);
  return (
    <aside className="panel" aria-labelledby="meta-title">
      <h2 id="meta-title">Details</h2>
      <dl>
        {isDelta(rev) ? <DeltaRows data={data} rev={rev} /> : null}
        <Row label="Size">{formatBytes(size)}</Row>
        <Row label="License">{rev.license ?? '—'}</Row>
        <Row label="Task">{rev.task ?? '—'}</Row>
        <Row label="Dataset">{rev.dataset ?? '—'}</Row>
        <Row label="Downloads">{formatCount(data.downloads)}</Row>
        <Row label="Updated">{formatAge(data.updatedAt)}</Row>
      </dl>
      {rev.tags.length ? (
        <div className="tags">
          {rev.tags.map((t) => (
            <span key={t} className="tag">
              {t}
            </span>
          ))}
        </div>
      ) : null}
    </aside>
  );
}

/** The details only a delta has: method, backbone, fingerprints, placement, parameters. */
function DeltaRows({ data, rev }: { data: DeltaPageData; rev: RevisionData }) {
  const b = rev.backbone;
  const modules = rev.modifiedModules.given;
  return (
    <>
      <Row label="Delta type">
        {rev.deltaType ? <span className="badge badge-type">{rev.deltaType}</span> : '—'}
      </Row>
      <Row label="Backbone">
        {data.baseModel && b.nameOrPath ? <a href={data.baseModel}>{b.nameOrPath}</a> : (b.nameOrPath ?? '—')}
        {b.architecture ? <span className="muted"> ({b.architecture})</span> : null}
        {b.modelClass ? <div className="muted small">{b.modelClass}</div> : null}
      </Row>
      <Row label="Structure fingerprint">
        <Fingerprint value={b.structureFingerprint} />
        {b.structureFingerprint ? (
          <div className="small">
            <a href={searchUrl({ fingerprint: b.structureFingerprint })}>deltas for this backbone</a>
          </div>
        ) : null}
      </Row>
      <Row label="Weights fingerprint">
        <Fingerprint value={b.weightsFingerprint} />
      </Row>
      <Row label="Modified modules">
        {modules.length ? (
          <ul className="modules">
            {modules.slice(0, 12).map((m) => (
              <li key={m}>
                <code>{m}</code>
              </li>
            ))}
            {modules.length > 12 ? <li className="muted">+{modules.length - 12} more</li> : null}
          </ul>
        ) : (
          <span className="muted">default placement</span>
        )}
      </Row>
      <Row label="Hyperparameters">
        <Hyperparameters rev={rev} />
      </Row>
      <Row label="Trainable parameters">
        {rev.trainableParameters === null ? (
          '—'
        ) : (
          <>
            {formatCount(rev.trainableParameters)}
            {b.totalParameters ? (
              <span className="muted">
                {' '}
                ({formatPercent(rev.trainableParameters / b.totalParameters)} of{' '}
                {formatCount(b.totalParameters)})
              </span>
            ) : null}
          </>
        )}
      </Row>
    </>
  );
}

/** PEFT config fields shown in the details panel, in this order, when present. */
const PEFT_FIELDS = [
  'peft_type',
  'r',
  'lora_alpha',
  'lora_dropout',
  'use_rslora',
  'use_dora',
  'bias',
  'num_virtual_tokens',
  'task_type',
];

/** The method's hyperparameters: the delta config's, else the PEFT config's main fields. */
function Hyperparameters({ rev }: { rev: RevisionData }) {
  const entries = rev.config
    ? Object.entries(rev.config.hyperparameters)
    : PEFT_FIELDS.filter((k) => rev.peftConfig?.[k] !== undefined && rev.peftConfig[k] !== null).map(
        (k): [string, unknown] => [k, rev.peftConfig![k]],
      );
  if (!entries.length) return <span className="muted">—</span>;
  return (
    <ul className="hyperparameters">
      {entries.map(([k, v]) => (
        <li key={k}>
          <code>{k}</code> {typeof v === 'string' ? v : JSON.stringify(v)}
        </li>
      ))}
    </ul>
  );
}

function Snippet({ id, code }: { id: string; code: string }) {
  return (
    <div className="snippet">
      <pre>
        <code id={id}>{code}</code>
      </pre>
      <button type="button" className="copy" data-copy-target={id}>
        Copy
      </button>
    </div>
  );
}

/** How to load the delta: TypeScript, and Python with PEFT when the repo holds a PEFT adapter. */
function Usage({ code, python, title }: { code: string; python: string | null; title: string }) {
  return (
    <section aria-labelledby="usage-title">
      <h2 id="usage-title">{title}</h2>
      <Snippet id="usage-code" code={code} />
      {python ? (
        <>
          <p className="small muted">In Python, with PEFT:</p>
          <Snippet id="usage-python" code={python} />
        </>
      ) : null}
    </section>
  );
}

function Files({ data, rev }: { data: DeltaPageData; rev: RevisionData }) {
  return (
    <section aria-labelledby="files-title">
      <h2 id="files-title">Files</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Path</th>
              <th scope="col" className="num">
                Size
              </th>
              <th scope="col">sha256</th>
            </tr>
          </thead>
          <tbody>
            {rev.files.map((f) => (
              <tr key={f.path}>
                <td>
                  <a href={data.fileUrl(f.path)} download>
                    {f.path}
                  </a>
                </td>
                <td className="num">{formatBytes(f.size)}</td>
                <td>
                  <code className="hash" title={f.sha256}>
                    {f.sha256.slice(0, 16)}…
                  </code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Tensors({ file, view }: { file: string; view: TensorView }) {
  return (
    <section aria-labelledby="tensors-title">
      <h2 id="tensors-title">Tensors in {file}</h2>
      {!view.ok ? (
        <p className="muted">{view.reason}</p>
      ) : (
        <>
          <p className="muted small">
            {formatCount(view.total)} tensors, {formatBytes(view.tensors.reduce((s, t) => s + t.bytes, 0))}
            {view.total > view.tensors.length ? ` (first ${view.tensors.length} shown)` : ''} — read from the
            file header.
          </p>
          <details className="tensor-details" open={view.total <= OPEN_TENSOR_ROWS}>
            <summary>
              {view.total <= OPEN_TENSOR_ROWS ? 'Tensors' : `Show all ${view.tensors.length} tensors`}
            </summary>
            <div className="table-wrap">
              <table className="tensors">
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Shape</th>
                    <th scope="col">dtype</th>
                    <th scope="col" className="num">
                      Bytes
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {view.tensors.map((t) => (
                    <tr key={t.name}>
                      <td>
                        <code>{t.name}</code>
                      </td>
                      <td>
                        <code>{`[${t.shape.join(', ')}]`}</code>
                      </td>
                      <td>{t.dtype}</td>
                      <td className="num">{formatCount(t.bytes)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </section>
  );
}

function History({ data }: { data: DeltaPageData }) {
  const base = `/${data.id}`;
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">Revisions and refs</h2>
      <div className="refs">
        {data.refs.map((r) => (
          <a key={r.name} className={`ref ref-${r.kind}`} href={`${base}?rev=${encodeURIComponent(r.name)}`}>
            <span className="ref-kind">{r.kind}</span>
            {r.name}
          </a>
        ))}
      </div>
      <ol className="revisions">
        {data.revisions.map((r) => (
          <li key={r.id}>
            <a href={`${base}?rev=${r.id}`}>
              <code className="hash">{r.id.slice(0, 10)}</code>
            </a>{' '}
            <span>{r.message || <span className="muted">(no message)</span>}</span>{' '}
            <span className="muted small">{formatDate(r.createdAt)}</span>
          </li>
        ))}
      </ol>
      {data.revisionCount > data.revisions.length ? (
        <p className="muted small">
          {data.revisionCount - data.revisions.length} older revisions (see the <code>/revisions</code> API).
        </p>
      ) : null}
    </section>
  );
}

/** The model tree: deltas whose backbone is this repo. Shown when there are some. */
function ModelTreePanel({ data }: { data: DeltaPageData }) {
  const tree = data.deltasOfModel;
  if (!tree.items.length) return null;
  return (
    <section className="panel" aria-labelledby="tree-title">
      <h2 id="tree-title">Deltas of this model</h2>
      <RepoList items={tree.items} empty="None yet." />
      {tree.more ? (
        <p className="small">
          <a href={searchUrl({ backbone: data.id })}>All deltas of {data.id}</a>
        </p>
      ) : null}
    </section>
  );
}

/** `/{owner}/{name}`: card, details, usage, files, tensors, history, related deltas, model tree. */
export function DeltaPage({ visitor, data }: { visitor: Visitor; data: DeltaPageData }) {
  const rev = data.revision;
  return (
    <Layout title={data.id} visitor={visitor}>
      <div className="delta-head">
        <h1 className="page-title">
          <a href={`/${data.owner}`}>{data.owner}</a>
          <span className="slash">/</span>
          <span>{data.name}</span>
        </h1>
        {data.private ? <span className="badge badge-private">private</span> : null}
        {rev?.deltaType ? <span className="badge badge-type">{rev.deltaType}</span> : null}
        {rev?.task ? <span className="badge">{rev.task}</span> : null}
      </div>
      {data.rev ? (
        <p className="notice">
          Viewing <code>{data.rev}</code> · <a href={`/${data.id}`}>back to main</a>
        </p>
      ) : null}
      {rev === null ? (
        <p className="empty">Nothing has been pushed to this repository yet.</p>
      ) : (
        <div className="delta-layout">
          <div className="delta-main">
            <article className="card" aria-label="Model card">
              {data.cardHtml ? (
                <div className="markdown" dangerouslySetInnerHTML={{ __html: data.cardHtml }} />
              ) : (
                <p className="muted">This {isDelta(rev) ? 'delta' : 'repository'} has no model card.</p>
              )}
            </article>
            <Usage
              code={data.usage}
              python={data.pythonUsage}
              title={isDelta(rev) ? 'Use this delta' : 'Use this model'}
            />
            <Files data={data} rev={rev} />
            {data.tensors ? <Tensors file={data.tensors.file} view={data.tensors.view} /> : null}
            <History data={data} />
          </div>
          <div className="delta-side">
            <MetadataPanel data={data} rev={rev} />
            <ModelTreePanel data={data} />
            {isDelta(rev) ? (
              <section className="panel" aria-labelledby="others-title">
                <h2 id="others-title">Other deltas for this backbone</h2>
                <RepoList items={data.others} empty="None yet." />
              </section>
            ) : null}
          </div>
        </div>
      )}
    </Layout>
  );
}
