// The ambient typing of s3rver must travel with s3.ts into other packages' programs.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./s3rver.d.ts" />
// Test support for suites outside this package (`@deltahub/server/test-support`, TypeScript source
// for vitest and tsx; not part of the built package): PostgreSQL test databases, an s3rver, and a
// small API client, and what a hub's store holds. (In-process hubs come from the built package's `startServer`; exporting
// `hub.ts` here would pull the whole server source into other packages' type checks.)
export { isCi } from './ci.js';
export { createTestDatabase, postgresAvailable, type TestPg } from './postgres.js';
export { startS3, type TestS3 } from './s3.js';
export { bodyOf, HubClient, makeDelta, sha256, type Json } from './client.js';
export { blobRefOf, isStored, storedDigests } from './stored.js';
