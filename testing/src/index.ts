// Test support shared by the packages (private, never published): CI detection, PostgreSQL test
// databases, an s3rver, a raw client of the hub API, what a hub's store holds, crafted safetensors,
// the index × store variants. Test hubs come from `@deltahub/testing/hub`, fixtures from
// `@deltahub/testing/fixtures`.
export { isCi } from './ci.js';
export { bodyOf, ApiClient, makeDelta, sha256, type Json } from './client.js';
export { createTestDatabase, postgresAvailable, type TestPg } from './postgres.js';
export { startS3, type TestS3 } from './s3.js';
export { safetensorsWithHeader, type BuiltSafetensors } from './safetensors.js';
export { blobRefOf, isStored, storedDigests } from './stored.js';
export { hubVariants, type HubVariant } from './variants.js';
