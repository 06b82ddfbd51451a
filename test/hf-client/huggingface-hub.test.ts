/**
 * The Hugging Face client API, through the real Python `huggingface_hub` 1.28 client against a
 * real hub (built server, SQLite + filesystem): one test per call a user makes, each checking
 * what the client returns against what the hub holds.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, makeDelta, sha256 } from '@deltahub/testing';
import { startTestHub, type TestHub } from '@deltahub/testing/hub';
import { pythonClientAvailable, runPython } from './python.js';

const delta = makeDelta(5);
const NOTES = 'notes on the run\n';
/** More repos than one page of `/api/models` (100), so the client must follow `Link`. */
const PAGED_REPOS = 101;

describe.skipIf(!pythonClientAvailable())('huggingface_hub 1.28 (Python) against the hub', () => {
  let hub: TestHub;
  let alice: string;
  let bob: string;
  let folder: string;
  let firstCommit: string;
  const py = (script: string, token: string | undefined = alice) =>
    runPython(script, { hub, ...(token !== undefined ? { token } : {}) });

  beforeAll(async () => {
    hub = await startTestHub();
    alice = await hub.user('alice');
    bob = await hub.user('bob');
    folder = await mkdtemp(join(tmpdir(), 'deltahub-hf-upload-'));
    for (const [path, bytes] of Object.entries(delta)) await writeFile(join(folder, path), bytes);
    await mkdir(join(folder, 'logs'));
    await writeFile(join(folder, 'logs', 'notes.txt'), NOTES);
  });
  afterAll(async () => {
    await hub?.stop();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('whoami names the token’s user', async () => {
    const { result } = await py(`emit(api.whoami()["name"])`);
    expect(result).toBe('alice');
  });

  it('create_repo creates, and create_repo(exist_ok=True) answers the existing repo’s url', async () => {
    const { result } = await py(`
first = api.create_repo("alice/lifecycle")
again = api.create_repo("alice/lifecycle", exist_ok=True)
err = expect_error(lambda: api.create_repo("alice/lifecycle"))
emit({"first": str(first), "again": str(again), "repo_id": again.repo_id, "err": err})`);
    expect(result.first).toBe(`${hub.url}/alice/lifecycle`);
    expect(result.again).toBe(`${hub.url}/alice/lifecycle`);
    expect(result.repo_id).toBe('alice/lifecycle');
    expect(result.err).toMatchObject({ status: 409, code: 'repo_exists' });
  });

  it('upload_folder commits a folder (LFS for the safetensors file)', async () => {
    const { result } = await py(`
info = api.upload_folder(repo_id="alice/lifecycle", folder_path=${JSON.stringify(folder)}, commit_message="first upload")
emit({"oid": info.oid, "url": info.commit_url})`);
    expect(result.oid).toMatch(/^[0-9a-f]{64}$/);
    firstCommit = result.oid;
    const refs = await new ApiClient(hub.url).json('GET', '/api/repos/alice/lifecycle/refs');
    expect(refs.body).toEqual([
      expect.objectContaining({ name: 'main', kind: 'branch', revision: firstCommit }),
    ]);
  });

  it('hf_hub_download fetches the bytes that were uploaded', async () => {
    const { result } = await py(`
import hashlib
path = api.hf_hub_download("alice/lifecycle", "delta.safetensors")
emit(hashlib.sha256(open(path, "rb").read()).hexdigest())`);
    expect(result).toBe(sha256(delta['delta.safetensors']!));
  });

  it('snapshot_download fetches every file of the head', async () => {
    const { result } = await py(`
import os
snap = api.snapshot_download("alice/lifecycle")
files = sorted(os.path.relpath(os.path.join(d, f), snap) for d, _, fs in os.walk(snap) for f in fs)
emit({"files": files, "notes": open(os.path.join(snap, "logs", "notes.txt")).read()})`);
    expect(result.files).toEqual(['README.md', 'delta.safetensors', 'delta_config.json', 'logs/notes.txt']);
    expect(result.notes).toBe(NOTES);
  });

  it('model_info answers the head commit and the files', async () => {
    const { result } = await py(`
info = api.model_info("alice/lifecycle", files_metadata=True)
emit({"sha": info.sha, "private": info.private, "siblings": sorted((s.rfilename, s.size) for s in info.siblings)})`);
    expect(result).toEqual({
      sha: firstCommit,
      private: false,
      siblings: [
        ['README.md', delta['README.md']!.length],
        ['delta.safetensors', delta['delta.safetensors']!.length],
        ['delta_config.json', delta['delta_config.json']!.length],
        ['logs/notes.txt', NOTES.length],
      ],
    });
  });

  it('file_exists answers for present and missing files', async () => {
    const { result } = await py(`
emit([api.file_exists("alice/lifecycle", "delta_config.json"), api.file_exists("alice/lifecycle", "logs/notes.txt"),
      api.file_exists("alice/lifecycle", "nope.txt")])`);
    expect(result).toEqual([true, true, false]);
  });

  it('repo_exists answers for present and missing repos', async () => {
    const { result } = await py(`emit([api.repo_exists("alice/lifecycle"), api.repo_exists("alice/none")])`);
    expect(result).toEqual([true, false]);
  });

  it('list_repo_tree lists a folder, or everything recursively', async () => {
    const { result } = await py(`
emit({"tree": sorted(e.path for e in api.list_repo_tree("alice/lifecycle")),
      "deep": sorted(e.path for e in api.list_repo_tree("alice/lifecycle", recursive=True))})`);
    expect(result).toEqual({
      tree: ['README.md', 'delta.safetensors', 'delta_config.json', 'logs'],
      deep: ['README.md', 'delta.safetensors', 'delta_config.json', 'logs', 'logs/notes.txt'],
    });
  });

  it('get_paths_info describes files and folders and leaves out missing paths', async () => {
    const { result } = await py(`
infos = api.get_paths_info("alice/lifecycle", ["delta.safetensors", "logs", "missing.bin", "README.md"])
emit([{"type": type(i).__name__, "path": i.path, "size": getattr(i, "size", None),
       "lfs": getattr(i, "lfs", None) is not None} for i in infos])`);
    expect(result).toEqual([
      { type: 'RepoFile', path: 'delta.safetensors', size: delta['delta.safetensors']!.length, lfs: true },
      { type: 'RepoFolder', path: 'logs', size: null, lfs: false },
      { type: 'RepoFile', path: 'README.md', size: delta['README.md']!.length, lfs: false },
    ]);
  });

  it('upload_file to a branch that does not exist fails as on the Hub, and nothing is committed', async () => {
    const { result } = await py(`
emit(expect_error(lambda: api.upload_file(path_or_fileobj=b"x", path_in_repo="x.txt",
                                          repo_id="alice/lifecycle", revision="dev")))`);
    expect(result).toMatchObject({ error: 'RevisionNotFoundError', status: 404 });
    const refs = await new ApiClient(hub.url).json('GET', '/api/repos/alice/lifecycle/refs');
    expect(refs.body.map((r: { name: string }) => r.name)).toEqual(['main']);
  });

  it('create_branch makes a branch from main; again is 409 unless exist_ok=True', async () => {
    const { result } = await py(`
api.create_branch("alice/lifecycle", branch="dev")
again = expect_error(lambda: api.create_branch("alice/lifecycle", branch="dev"))
api.create_branch("alice/lifecycle", branch="dev", exist_ok=True)
emit(again)`);
    expect(result).toMatchObject({ status: 409, code: 'ref_exists' });
    const refs = await new ApiClient(hub.url).json('GET', '/api/repos/alice/lifecycle/refs');
    expect(refs.body.map((r: { name: string; revision: string }) => [r.name, r.revision])).toEqual([
      ['dev', firstCommit],
      ['main', firstCommit],
    ]);
  });

  it('upload_file(revision=...) commits to an existing branch only', async () => {
    const { result } = await py(`
info = api.upload_file(path_or_fileobj=b"dev only\\n", path_in_repo="dev.txt", repo_id="alice/lifecycle", revision="dev")
emit({"oid": info.oid, "main": api.model_info("alice/lifecycle").sha})`);
    expect(result.oid).toMatch(/^[0-9a-f]{64}$/);
    expect(result.main).toBe(firstCommit);
  });

  it('list_repo_files lists a branch', async () => {
    const { result } = await py(`
emit({"dev": sorted(api.list_repo_files("alice/lifecycle", revision="dev")),
      "main": sorted(api.list_repo_files("alice/lifecycle"))})`);
    expect(result.dev).toEqual([
      'README.md',
      'delta.safetensors',
      'delta_config.json',
      'dev.txt',
      'logs/notes.txt',
    ]);
    expect(result.main).toEqual(['README.md', 'delta.safetensors', 'delta_config.json', 'logs/notes.txt']);
  });

  it('create_tag tags a branch head or a revision', async () => {
    const { result } = await py(`
api.create_tag("alice/lifecycle", tag="v1", revision="main", tag_message="first release")
api.create_tag("alice/lifecycle", tag="v1-dev", revision="dev")
emit(expect_error(lambda: api.create_tag("alice/lifecycle", tag="v1")))`);
    expect(result).toMatchObject({ status: 409 });
    const refs = await new ApiClient(hub.url).json('GET', '/api/repos/alice/lifecycle/refs');
    const v1 = refs.body.find((r: { name: string }) => r.name === 'v1');
    expect(v1).toMatchObject({ kind: 'tag', revision: firstCommit });
  });

  it('list_repo_refs lists branches and tags with their commits', async () => {
    const { result } = await py(`
refs = api.list_repo_refs("alice/lifecycle")
emit({"branches": sorted((b.name, b.ref, b.target_commit) for b in refs.branches),
      "tags": sorted((t.name, t.ref, t.target_commit) for t in refs.tags), "converts": refs.converts})`);
    const dev = result.branches[0][2];
    expect(result).toEqual({
      branches: [
        ['dev', 'refs/heads/dev', dev],
        ['main', 'refs/heads/main', firstCommit],
      ],
      tags: [
        ['v1', 'refs/tags/v1', firstCommit],
        ['v1-dev', 'refs/tags/v1-dev', dev],
      ],
      converts: [],
    });
    expect(dev).not.toBe(firstCommit);
  });

  it('hf_hub_download reads a tag and a commit id', async () => {
    const { result } = await py(`
emit({"by_tag": open(api.hf_hub_download("alice/lifecycle", "dev.txt", revision="v1-dev")).read(),
      "by_id": open(api.hf_hub_download("alice/lifecycle", "logs/notes.txt", revision=${JSON.stringify(firstCommit)})).read(),
      "not_in_tag": expect_error(lambda: api.hf_hub_download("alice/lifecycle", "dev.txt", revision="v1"))})`);
    expect(result.by_tag).toBe('dev only\n');
    expect(result.by_id).toBe(NOTES);
    expect(result.not_in_tag).toMatchObject({ error: 'RemoteEntryNotFoundError', status: 404 });
  });

  it('list_repo_commits walks a branch’s history, newest first, across pages', async () => {
    // 55 commits on dev: more than one page of 50.
    const { result } = await py(`
from huggingface_hub import CommitOperationAdd
for i in range(54):
    api.create_commit("alice/lifecycle", operations=[CommitOperationAdd(path_in_repo="count.txt", path_or_fileobj=str(i).encode())],
                      commit_message=f"count {i}", commit_description="line two", revision="dev")
commits = api.list_repo_commits("alice/lifecycle", revision="dev")
main = api.list_repo_commits("alice/lifecycle")
emit({"n": len(commits), "titles": [c.title for c in commits[:2]] + [c.title for c in commits[-2:]],
      "message": commits[0].message, "authors": commits[0].authors, "ids": len(set(c.commit_id for c in commits)),
      "main": [(c.commit_id, c.title) for c in main]})`);
    expect(result.n).toBe(56);
    expect(result.ids).toBe(56);
    expect(result.titles).toEqual([
      'count 53',
      'count 52',
      'Upload dev.txt with huggingface_hub',
      'first upload',
    ]);
    expect(result.message).toBe('line two');
    expect(result.authors).toEqual(['alice']);
    expect(result.main).toEqual([[firstCommit, 'first upload']]);
  });

  it('delete_file commits the removal on the branch it names', async () => {
    const { result } = await py(`
api.delete_file("count.txt", "alice/lifecycle", revision="dev")
emit({"dev": api.file_exists("alice/lifecycle", "count.txt", revision="dev"),
      "files": sorted(api.list_repo_files("alice/lifecycle", revision="dev"))})`);
    expect(result.dev).toBe(false);
    expect(result.files).not.toContain('count.txt');
  });

  it('delete_tag removes a tag; a missing one is 404', async () => {
    const { result } = await py(`
api.delete_tag("alice/lifecycle", tag="v1-dev")
emit({"tags": [t.name for t in api.list_repo_refs("alice/lifecycle").tags],
      "again": expect_error(lambda: api.delete_tag("alice/lifecycle", tag="v1-dev"))})`);
    expect(result).toMatchObject({ tags: ['v1'], again: { status: 404 } });
  });

  it('delete_branch removes a branch; the default branch cannot be deleted', async () => {
    const { result } = await py(`
api.delete_branch("alice/lifecycle", branch="dev")
emit({"branches": [b.name for b in api.list_repo_refs("alice/lifecycle").branches],
      "again": expect_error(lambda: api.delete_branch("alice/lifecycle", branch="dev")),
      "main": expect_error(lambda: api.delete_branch("alice/lifecycle", branch="main"))})`);
    expect(result).toMatchObject({
      branches: ['main'],
      again: { status: 404 },
      main: { status: 400, code: 'default_branch' },
    });
  });

  it('others may not create or delete refs of a repo they cannot write', async () => {
    const { result } = await py(
      `
emit({"branch": expect_error(lambda: api.create_branch("alice/lifecycle", branch="bobs")),
      "tag": expect_error(lambda: api.delete_tag("alice/lifecycle", tag="v1"))})`,
      bob,
    );
    expect(result).toMatchObject({ branch: { status: 403 }, tag: { status: 403 } });
  });

  it('update_repo_settings(private=True) hides the repo from others, and private=False shows it again', async () => {
    const { result } = await py(`
import os
api.update_repo_settings("alice/lifecycle", private=True)
anonymous = HfApi(token=False)
hidden = {"exists": anonymous.repo_exists("alice/lifecycle"), "private": api.model_info("alice/lifecycle").private,
          "bob": expect_error(lambda: HfApi(token=${JSON.stringify(bob)}).model_info("alice/lifecycle")),
          "bob_settings": expect_error(lambda: HfApi(token=${JSON.stringify(bob)}).update_repo_settings("alice/lifecycle", private=False))}
api.update_repo_settings("alice/lifecycle", visibility="public")
emit({**hidden, "shown": anonymous.repo_exists("alice/lifecycle")})`);
    expect(result).toEqual({
      exists: false,
      private: true,
      bob: expect.objectContaining({ error: 'RepositoryNotFoundError', status: 404 }),
      bob_settings: expect.objectContaining({ status: 404 }),
      shown: true,
    });
  });

  it('move_repo renames; the old name redirects downloads until a repo takes it again', async () => {
    const { result } = await py(`
api.move_repo("alice/lifecycle", "alice/renamed")
old = open(api.hf_hub_download("alice/lifecycle", "logs/notes.txt", force_download=True)).read()
new_info = api.model_info("alice/renamed")
api.create_repo("alice/lifecycle")
reused = api.model_info("alice/lifecycle")
emit({"old": old, "sha": new_info.sha, "reused_sha": reused.sha})`);
    expect(result).toEqual({ old: NOTES, sha: firstCommit, reused_sha: null });
  });

  it('move_repo to a namespace the caller may not write is refused', async () => {
    const { result } = await py(`emit(expect_error(lambda: api.move_repo("alice/renamed", "bob/stolen")))`);
    expect(result).toMatchObject({ status: 403 });
  });

  it('delete_repo deletes; missing_ok tolerates a missing repo; others may not delete', async () => {
    const { result } = await py(`
bobs = expect_error(lambda: HfApi(token=${JSON.stringify(bob)}).delete_repo("alice/renamed"))
api.delete_repo("alice/renamed")
api.delete_repo("alice/renamed", missing_ok=True)
emit({"bobs": bobs, "exists": api.repo_exists("alice/renamed"),
      "again": expect_error(lambda: api.delete_repo("alice/renamed"))})`);
    expect(result).toMatchObject({
      bobs: { status: 403 },
      exists: false,
      again: { error: 'RepositoryNotFoundError', status: 404 },
    });
    const search = await new ApiClient(hub.url).json('GET', '/api/search?q=renamed');
    expect(search.body.items).toEqual([]);
  });

  it('list_models(search=, author=) filters and follows Link pages', async () => {
    const bobApi = new ApiClient(hub.url, bob);
    for (let i = 0; i < PAGED_REPOS; i++) {
      const name = `pager-${String(i).padStart(3, '0')}`;
      await bobApi.json('POST', '/api/repos', { name });
      expect((await bobApi.push(`bob/${name}`, makeDelta(100 + i), { parent: null })).status).toBe(201);
    }
    await bobApi.json('POST', '/api/repos', { name: 'other' });
    await bobApi.push('bob/other', makeDelta(99), { parent: null });
    const aliceApi = new ApiClient(hub.url, alice);
    await aliceApi.json('POST', '/api/repos', { name: 'pager-alice' });
    await aliceApi.push('alice/pager-alice', makeDelta(98), { parent: null });
    const { result } = await py(`
ids = [m.id for m in api.list_models(search="pager", author="bob")]
emit({"n": len(ids), "unique": len(set(ids)), "owners": sorted(set(i.split("/")[0] for i in ids)),
      "other": "bob/other" in ids, "limited": len(list(api.list_models(author="bob", limit=3)))})`);
    expect(result).toEqual({
      n: PAGED_REPOS,
      unique: PAGED_REPOS,
      owners: ['bob'],
      other: false,
      limited: 3,
    });
  });
});
