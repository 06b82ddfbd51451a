/** Test helper: uploads to a hub through the Hugging Face protocol (as `huggingface_hub` does). */
import { createHash } from 'node:crypto';
import { expect } from 'vitest';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Uploads files the way Hugging Face clients do: `.safetensors` through the LFS batch endpoint and
 * its signed URL, the rest inline in the NDJSON commit. Returns the commit id.
 */
export async function hfUpload(
  hubUrl: string,
  token: string,
  repo: string,
  files: Record<string, Uint8Array>,
) {
  const auth = { authorization: `Bearer ${token}` };
  const lines: unknown[] = [{ key: 'header', value: { summary: 'upload' } }];
  for (const [path, bytes] of Object.entries(files)) {
    if (!path.endsWith('.safetensors')) {
      lines.push({
        key: 'file',
        value: { path, content: Buffer.from(bytes).toString('base64'), encoding: 'base64' },
      });
      continue;
    }
    const oid = sha256(bytes);
    const batch = await fetch(`${hubUrl}/${repo}.git/info/lfs/objects/batch`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/vnd.git-lfs+json' },
      body: JSON.stringify({ operation: 'upload', objects: [{ oid, size: bytes.length }] }),
    });
    const href = ((await batch.json()) as { objects: { actions?: { upload: { href: string } } }[] })
      .objects[0]?.actions?.upload.href;
    if (href) expect((await fetch(href, { method: 'PUT', body: bytes })).status).toBe(200);
    lines.push({ key: 'lfsFile', value: { path, algo: 'sha256', oid, size: bytes.length } });
  }
  const res = await fetch(`${hubUrl}/api/models/${repo}/commit/main`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/x-ndjson' },
    body: lines.map((l) => JSON.stringify(l)).join('\n'),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { commitOid: string }).commitOid;
}
