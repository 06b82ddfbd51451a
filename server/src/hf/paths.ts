import type { Request } from 'express';
import { lfsPointerSize } from './lfs-pointer.js';

/** Files at least this large go through LFS (the Hugging Face Hub's threshold). */
export const LFS_THRESHOLD_BYTES = 10 * 1024 * 1024;

// Binary formats the Hub's default .gitattributes stores in LFS whatever their size.
const LFS_EXTENSIONS =
  /\.(safetensors|bin|pt|pth|ckpt|onnx|h5|msgpack|gguf|npy|npz|pkl|pickle|parquet|arrow|zip|gz|tar|tgz|zst|wasm|tflite)$/i;

/**
 * Whether a file is an LFS file for Hugging Face clients: large, or of a binary format. Uploads
 * (preupload) and listings (tree) use the same rule, so a client sees files as it uploaded them.
 */
export function isLfsPath(path: string, size: number): boolean {
  return size >= LFS_THRESHOLD_BYTES || LFS_EXTENSIONS.test(path);
}

/**
 * `scheme://host` for the absolute URLs (`Link`, upload hrefs) clients require: the public URL
 * (`DELTAHUB_PUBLIC_URL`, else the one `startServer` derived from its listen address). An app
 * served some other way falls back on the address the connection reached, as the server's socket
 * reports it. Never the request's `Host` header: anyone can send any, and a link built on it
 * would send a client's uploads to another host.
 */
export function origin(req: Request, publicUrl: string | undefined): string {
  if (publicUrl) return publicUrl.replace(/\/+$/, '');
  const address = (req.socket.localAddress ?? '127.0.0.1').replace(/^::ffff:/, '');
  return `http://${address.includes(':') ? `[${address}]` : address}:${req.socket.localPort ?? 80}`;
}

/** A revision in a Hugging Face URL: `HEAD` (what `modelInfo` asks for) means the default branch. */
export function revisionParam(rev: string, defaultBranch: string): string {
  return rev === 'HEAD' ? defaultBranch : rev;
}

/** The `Link: rel="next"` header continuing `req` with another cursor (absolute: clients require it). */
export function nextLink(req: Request, publicUrl: string | undefined, cursor: string): string {
  const url = new URL(req.originalUrl, origin(req, publicUrl));
  url.searchParams.set('cursor', cursor);
  return `<${url.toString()}>; rel="next"`;
}

/** A file as tree listings and paths-info describe it: `oid` is the sha256, `lfs` for LFS files. */
export function fileEntry(f: { path: string; sha256: string; size: number }): Record<string, unknown> {
  return {
    type: 'file',
    oid: f.sha256,
    size: f.size,
    path: f.path,
    ...(isLfsPath(f.path, f.size)
      ? { lfs: { oid: f.sha256, size: f.size, pointerSize: lfsPointerSize(f.size) } }
      : {}),
  };
}
