import { describe, expect, it } from 'vitest';
import { keyedQueue } from './keyed-queue';

/** A promise and the function that settles it. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open = () => {};
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

describe('keyedQueue', () => {
  it('starts a step on a key only after the one before it settled, even when that one failed', async () => {
    const queue = keyedQueue<string>();
    const log: string[] = [];
    const first = gate();
    const a = queue('page', async () => {
      log.push('a starts');
      await first.promise;
      log.push('a ends');
      throw new Error('a failed');
    });
    const b = queue('page', () => {
      log.push('b starts');
      return Promise.resolve('b');
    });
    await Promise.resolve();
    await Promise.resolve();
    expect(log).toEqual(['a starts']);
    first.open();
    await expect(a).rejects.toThrow('a failed');
    await expect(b).resolves.toBe('b');
    expect(log).toEqual(['a starts', 'a ends', 'b starts']);
  });

  it('runs steps on different keys side by side', async () => {
    const queue = keyedQueue<number>();
    const held = gate();
    const log: number[] = [];
    const one = queue(1, async () => {
      log.push(1);
      await held.promise;
    });
    await expect(queue(2, () => (log.push(2), Promise.resolve(2)))).resolves.toBe(2);
    expect(log).toEqual([1, 2]);
    held.open();
    await one;
  });
});
