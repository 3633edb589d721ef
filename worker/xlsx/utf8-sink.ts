/**
 * Text written as UTF-8 into one growing buffer, piece by piece. The writer rebuilds a
 * results sheet row by row into one of these, so no row's text outlives the moment it
 * is written: held as strings until the whole sheet was made, the rows were most of what
 * every young-generation collection of a write-back had to copy, and the sheet (two bytes
 * a character once it holds any Chinese) was kept beside its own bytes.
 */
export class Utf8Sink {
  private buffer: Buffer;
  private size = 0;

  /**
   * `capacity`: about the bytes expected; the buffer grows past it when needed. `reuse`:
   * memory no one else reads any more, written over from its start instead of a fresh
   * buffer (see XlsxPackage.takeSpare); its whole underlying buffer is used.
   */
  constructor(capacity = 0, reuse?: Uint8Array) {
    this.buffer = reuse
      ? Buffer.from(reuse.buffer, reuse.byteOffset, reuse.buffer.byteLength - reuse.byteOffset)
      : Buffer.allocUnsafe(Math.max(1024, Math.ceil(capacity)));
  }

  /** Bytes written so far. */
  get length(): number {
    return this.size;
  }

  write(text: string): void {
    // A UTF-16 unit never takes more than three bytes: with that much room the write is
    // whole. Short of it, the exact size decides (a buffer reused at the size of the old
    // sheet is filled to its last bytes by a new one of the same size).
    if (this.size + 3 * text.length > this.buffer.length) {
      const room = this.size + Buffer.byteLength(text, 'utf8');
      if (room > this.buffer.length) this.grow(room);
    }
    this.size += this.buffer.write(text, this.size, 'utf8');
  }

  /**
   * Replaces the `length` bytes written at `at` with `text`, moving what follows: for a
   * piece known only once all after it is written (a sheet's `<dimension>`), written first
   * as a guess of its size and set right at the end without a second buffer.
   */
  replace(at: number, length: number, text: string): void {
    if (at < 0 || length < 0 || at + length > this.size)
      throw new RangeError(`no ${length} bytes written at ${at}`);
    const bytes = Buffer.from(text, 'utf8');
    const size = this.size + bytes.length - length;
    if (size > this.buffer.length) this.grow(size);
    this.buffer.copyWithin(at + bytes.length, at + length, this.size);
    this.buffer.set(bytes, at);
    this.size = size;
  }

  /**
   * What was written. A buffer much larger than its content is copied to size, so the
   * bytes a package keeps until it is saved are not twice what they hold.
   */
  bytes(): Uint8Array {
    const used = this.buffer.subarray(0, this.size);
    return this.size < 0.75 * this.buffer.length ? new Uint8Array(used) : used;
  }

  private grow(needed: number): void {
    const next = Buffer.allocUnsafe(Math.max(needed, 2 * this.buffer.length));
    this.buffer.copy(next, 0, 0, this.size);
    this.buffer = next;
  }
}
