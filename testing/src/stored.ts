/** Where a blob is (the shape of `@deltahub/server`'s `BlobRef`). */
interface BlobRef {
  sha256: string;
  objectKey: string | null;
}

/** The part of a blob store these helpers read. */
interface ListableStore {
  list(): AsyncIterable<string>;
}

/** The part of a hub's context these helpers read. */
interface HubWithStore {
  context: {
    store: ListableStore;
    db: {
      blob: { findUnique(args: { where: { sha256: string } }): Promise<{ objectKey: string | null } | null> };
    };
  };
}

/** The digests of every object in a store's blob area, sorted (a digest repeats per object). */
export async function storedDigests(store: ListableStore): Promise<string[]> {
  const digests: string[] = [];
  for await (const digest of store.list()) digests.push(digest);
  return digests.sort();
}

/** Whether a hub's store holds any object of `sha256`, recorded in the index or not. */
export async function isStored(hub: HubWithStore, sha256: string): Promise<boolean> {
  return (await storedDigests(hub.context.store)).includes(sha256);
}

/** Where the index says the blob `sha256` is (its content address when the index has no row). */
export async function blobRefOf(hub: HubWithStore, sha256: string): Promise<BlobRef> {
  const row = await hub.context.db.blob.findUnique({ where: { sha256 } });
  return { sha256, objectKey: row?.objectKey ?? null };
}
