import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startServer } from './serve';

describe('startServer', () => {
  it('rejects when its port is taken, so a caller can fall back to a free one (npm run screenshots crashed instead)', async () => {
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
    const taken = (blocker.address() as { port: number }).port;
    try {
      await expect(startServer(taken)).rejects.toThrow(/EADDRINUSE/);
      const fallback = await startServer(taken).catch(() => startServer(0));
      expect(fallback.port).not.toBe(taken);
      await fallback.close();
    } finally {
      blocker.close();
    }
  });
});
