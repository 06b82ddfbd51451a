// The local cache of hub content.
export { DeltaCache, cacheDir, isOffline, type CachedRevision } from './cache.js';
export { snapshotFromHub, type Snapshot, type SnapshotOptions } from './resolve.js';
