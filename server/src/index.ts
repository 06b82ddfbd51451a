// Public API of @deltahub/server, for embedders and tooling: configure and start the hub in-process
// (or open its index and store and build its express app), collect garbage, log as the hub does.
// Everything else (routes, domain services, stores) is internal. Named exports only: an API report
// check lists these names, so a change to them is deliberate.

// Configuration from the environment (see the README's table) and its validation error.
export { loadConfig, ConfigError, type HubConfig, type S3Config, type TrustProxy } from './config/config.js';
// Start a hub (`startServer`), or open and close its index and store around your own server.
export { startServer, openHub, closeHub, type RunningHub } from './server.js';
// The hub's express app over an open context, to mount in another server.
export { createApp } from './app.js';
// What every route needs: configuration, index, blob store, logger, shared keys.
export type { HubContext } from './http/context.js';
// The hub's structured logger (pino), as `startServer` creates it.
export { createLogger, type Logger } from './log.js';
// An error with an HTTP status and a stable code, as the hub answers it.
export { HubError } from './errors.js';
// The blob store a context holds (chosen by configuration: filesystem or S3).
export type { BlobRef, BlobStore, ByteRange, ExpectedBlob } from './storage/blob-store.js';
// Garbage collection of unreferenced blobs and uploads (what `deltahub-server gc` runs).
export { collectGarbage, type GcReport } from './gc/gc.js';
