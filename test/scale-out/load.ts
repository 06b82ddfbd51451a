/**
 * The mixed push/pull load of the scale-out test: clients that each, until a deadline, either push
 * a new revision (parent = the head they just read, through either hub) or pull an acknowledged
 * revision (through either hub) and check every file's sha256.
 */
import { makeDelta, sha256, type ApiClient } from '@deltahub/testing';

/** A revision a hub acknowledged with 201, and the digests of what was pushed. */
export interface Acknowledged {
  repo: string;
  revision: string;
  files: Record<string, string>;
}

/** What the clients saw. */
export interface LoadReport {
  acknowledged: Acknowledged[];
  /** 409 stale_parent answers: another client moved the branch first; retried, not an error. */
  conflicts: number;
  /**
   * 503 answers retried once, as the deltahub client retries them (s3rver, unlike S3, drops a
   * connection now and then under this load); a second 503 in a row is an error.
   */
  retried503: number;
  pulls: number;
  filesVerified: number;
  errors: string[];
}

/** Options of {@link runLoad}. */
export interface LoadOptions {
  /** One client per hub base URL, same token. */
  hubs: ApiClient[];
  repos: string[];
  clients: number;
  durationMs: number;
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

/** Runs the load and returns what happened. */
export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const report: LoadReport = {
    acknowledged: [],
    conflicts: 0,
    retried503: 0,
    pulls: 0,
    filesVerified: 0,
    errors: [],
  };
  const deadline = Date.now() + options.durationMs;
  let seed = 1000;

  const push = async (): Promise<void> => {
    const repo = pick(options.repos);
    const info = await pick(options.hubs).json('GET', `/api/repos/${repo}`);
    if (info.status !== 200) return void report.errors.push(`info ${repo}: ${info.status}`);
    // Unique content per push, delta_config.json included: s3rver (unlike S3) fails two
    // concurrent copies onto one key, which identical blobs pushed at once would be.
    const files = makeDelta(seed, { dataset: `load-${seed}` });
    seed++;
    const parent = (info.body.head?.id as string | undefined) ?? null;
    let answer = await pick(options.hubs).push(repo, files, { parent, message: `load ${seed}` });
    if (answer.status === 503) {
      report.retried503++;
      answer = await pick(options.hubs).push(repo, files, { parent, message: `load ${seed}` });
    }
    if (answer.status === 201) {
      const digests = Object.fromEntries(Object.entries(files).map(([path, b]) => [path, sha256(b)]));
      report.acknowledged.push({ repo, revision: answer.body.revision as string, files: digests });
    } else if (answer.status === 409 && answer.body?.error?.code === 'stale_parent') {
      report.conflicts++;
    } else {
      report.errors.push(`push ${repo}: ${answer.status} ${JSON.stringify(answer.body)}`);
    }
  };

  const pull = async (): Promise<void> => {
    if (report.acknowledged.length === 0) return;
    const ack = pick(report.acknowledged);
    const hub = pick(options.hubs);
    for (const [path, digest] of Object.entries(ack.files)) {
      const res = await fetch(`${hub.base}/${ack.repo}/resolve/${ack.revision}/${path}`, {
        headers: hub.headers(),
      });
      if (res.status !== 200)
        return void report.errors.push(`pull ${ack.repo}@${ack.revision}/${path}: ${res.status}`);
      const got = sha256(new Uint8Array(await res.arrayBuffer()));
      if (got !== digest)
        return void report.errors.push(`pull ${ack.repo}@${ack.revision}/${path}: sha256 ${got}`);
      report.filesVerified++;
    }
    report.pulls++;
  };

  const client = async (): Promise<void> => {
    while (Date.now() < deadline) {
      try {
        await (Math.random() < 0.5 ? push() : pull());
      } catch (err) {
        report.errors.push(`request failed: ${(err as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: options.clients }, client));
  return report;
}
