import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { rawCatalog } from '../../test/support/official-catalogs';
import { encodeTitleHashes, packTitleHashes, unpackTitleHashes } from './title-hashes';

const wordsOf = (bytes: Uint8Array) => new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);

describe('packed title hashes (the packaged file)', () => {
  it('unpack to the very pairs they were packed from, at the ends of the ranges too', () => {
    // Equal hashes, a first gap of 0, gaps needing one to five varint bytes, the largest hash; indices up to 2^24 - 1.
    const hashes = [0, 0, 5, 127, 128, 16_383, 16_384, 2 ** 21, 2 ** 28 + 3, 0xfffffffe, 0xffffffff, 0xffffffff];
    const indices = [0, 7, 1, 255, 256, 65_535, 65_536, 98_185, 1, 2 ** 24 - 1, 3, 4];
    const words = new Uint32Array([...hashes, ...indices]);
    expect([...unpackTitleHashes(packTitleHashes(words))]).toEqual([...words]);
    expect([...unpackTitleHashes(packTitleHashes(new Uint32Array()))]).toEqual([]);
  });

  it('refuse what they cannot hold, and a cut or padded file', () => {
    expect(() => packTitleHashes(new Uint32Array([2, 1, 0, 0]))).toThrow(/ascending/);
    expect(() => packTitleHashes(new Uint32Array([1, 2 ** 24]))).toThrow(/three bytes/);
    const packed = packTitleHashes(new Uint32Array([1, 300, 2, 3]));
    expect(() => unpackTitleHashes(packed.subarray(0, packed.length - 1))).toThrow(/indices/);
    expect(() => unpackTitleHashes(packed.subarray(0, 6))).toThrow(/ends inside/);
    expect(() => unpackTitleHashes(new Uint8Array([...packed, 0]))).toThrow(/indices/);
  });

  it.each(['fy2026', 'fy2027'])('round-trip every title of %s, and gzip smaller than the plain pairs', (version) => {
    const raw = rawCatalog(version);
    const plain = encodeTitleHashes(raw.entries);
    const packed = packTitleHashes(wordsOf(plain));
    expect(Buffer.from(unpackTitleHashes(packed).buffer).equals(Buffer.from(plain))).toBe(true);
    // 0.99 MB gzipped plain, 0.69 MB packed: the point of packing.
    expect(gzipSync(packed, { level: 9 }).length).toBeLessThan(0.75 * gzipSync(plain, { level: 9 }).length);
  });
});
