// Public API of @deltahub/server: start the hub in-process, or build its express app.
export { loadConfig, ConfigError, type HubConfig, type S3Config } from './config/config.js';
export { startServer, openHub, closeHub, type RunningHub } from './server.js';
export { createApp } from './app.js';
export type { HubContext } from './http/context.js';
export { HubError } from './errors.js';
export type { BlobRef, BlobStore, ByteRange, ExpectedBlob } from './storage/blob-store.js';
export { FsBlobStore } from './storage/fs-blob-store.js';
export { S3BlobStore } from './storage/s3-blob-store.js';
export { collectGarbage, type GcReport } from './gc/gc.js';
