/**
 * A queue per key for read-modify-write steps on storage.session: each step on a key starts once
 * the one before it has settled (fulfilled or not), so two steps that read, change and write the
 * same record never overwrite each other. Steps on different keys run side by side; a key with
 * nothing pending holds no entry.
 */
export type KeyedQueue<K> = <T>(key: K, step: () => Promise<T>) => Promise<T>;

export function keyedQueue<K>(): KeyedQueue<K> {
  const queues = new Map<K, Promise<unknown>>();
  return (key, step) => {
    const next = (queues.get(key) ?? Promise.resolve()).then(step, step);
    const settled = next.catch(() => undefined);
    queues.set(key, settled);
    void settled.then(() => {
      if (queues.get(key) === settled) queues.delete(key);
    });
    return next;
  };
}
