/**
 * Runs `task` on every item, at most `limit` at a time (transfers of several files: the small
 * files' round trips overlap the large file's bytes). Rejects with the first failure, after which
 * no further item is started, once the items already started have settled.
 */
export async function forEachConcurrently<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      try {
        await task(items[next++] as T);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  // Every worker settles before the first failure is thrown: no task is still writing (a
  // download's temporary file, say) when the caller sees the error.
  const outcomes = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, worker));
  const failure = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (failure) throw failure.reason;
}
