/**
 * Output lines of a batch run, each encoded to UTF-8 as it is made, into one growing buffer that is
 * written (or transferred from a worker) as it is: no run-long string is built and then encoded.
 *
 * Why: a run's output used to be one string made by `+=` over its lines (a rope of some 100 KB),
 * which the main thread flattened and encoded again for stdout (Buffer.from, 6% of a 16 MiB
 * `--jobs 1` profile) and a worker for its reply (TextEncoder). Each line's JSON is a flat string
 * when it is made, and encoding it there at once is cheaper: over the bench output (24 MB, runs of
 * 16 lines) stringify plus encoding took 86 ms against 115 ms for the rope and one encode.
 *
 * The buffer is never one of Buffer's shared pool slabs (allocUnsafeSlow), so a worker may
 * transfer its ArrayBuffer.
 */
export class Utf8Lines {
  private buffer: Buffer;
  private length = 0;

  constructor(capacity = 128 * 1024) {
    this.buffer = Buffer.allocUnsafeSlow(capacity);
  }

  /** Appends `text` and a "\n". */
  add(text: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 unit (a surrogate pair is 4 bytes for 2 units).
    const room = text.length * 3 + 1;
    if (this.length + room > this.buffer.length) this.grow(this.length + room);
    this.length += this.buffer.write(text, this.length);
    this.buffer[this.length++] = 0x0a;
  }

  /** The lines so far: a view of the buffer (no copy), which a later add may outgrow. */
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  private grow(needed: number): void {
    const larger = Buffer.allocUnsafeSlow(Math.max(needed, this.buffer.length * 2));
    this.buffer.copy(larger, 0, 0, this.length);
    this.buffer = larger;
  }
}
