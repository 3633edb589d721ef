import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';

/** What a workbook file was when it was read: enough to tell whether anyone saved it since. */
export interface FileSnapshot {
  size: number;
  mtimeMs: number;
  /** SHA-256 of the content, hex. */
  sha256: string;
}

/** Thrown when a path is something other than a regular file (or a link to one). */
export class NotRegularFileError extends Error {
  /** `fifo`, `socket`, `directory`, `character device`, `block device`. */
  readonly kind: string;

  constructor(path: string, kind: string) {
    super(`${path}: ${kind}`);
    this.kind = kind;
  }
}

/** Thrown when reading a file took longer than its time bound. */
export class ReadTimeoutError extends Error {
  readonly ms: number;

  constructor(path: string, ms: number) {
    super(`${path}: read took more than ${ms} ms`);
    this.ms = ms;
  }
}

/** How to read a workbook file: with a time bound (queue mode) or without. */
export interface ReadBounds {
  /** Give up a read not finished after this many ms; none waits as long as it takes. */
  timeoutMs?: number;
}

/**
 * Refuses anything but a regular file before it is opened: opening a FIFO waits for a
 * writer forever, and a device or socket is no workbook. `stat` follows links, so a link
 * to a regular file passes.
 */
async function assertRegularFile(path: string): Promise<void> {
  const info = await stat(path);
  if (info.isFile()) return;
  const kind = info.isFIFO()
    ? 'fifo'
    : info.isSocket()
      ? 'socket'
      : info.isDirectory()
        ? 'directory'
        : info.isCharacterDevice()
          ? 'character device'
          : info.isBlockDevice()
            ? 'block device'
            : 'unknown';
  throw new NotRegularFileError(path, kind);
}

async function readOpenFile(path: string): Promise<{ bytes: Buffer; snapshot: FileSnapshot }> {
  await assertRegularFile(path);
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    // Checked again on the open handle: the path may have been swapped since the stat.
    if (!info.isFile()) throw new NotRegularFileError(path, 'unknown');
    const bytes = await handle.readFile();
    return {
      bytes,
      snapshot: { size: bytes.length, mtimeMs: info.mtimeMs, sha256: sha256(bytes) },
    };
  } finally {
    await handle.close();
  }
}

/**
 * The file's bytes and their snapshot, read through one open handle so both describe the
 * same file. Rejects with {@link NotRegularFileError} before opening anything that is not
 * a regular file, and with {@link ReadTimeoutError} when `bounds.timeoutMs` passes first
 * (a hung share: the stuck read is abandoned, not waited for).
 */
export async function readWithSnapshot(
  path: string,
  bounds: ReadBounds = {},
): Promise<{ bytes: Buffer; snapshot: FileSnapshot }> {
  const { timeoutMs } = bounds;
  if (timeoutMs === undefined) return readOpenFile(path);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new ReadTimeoutError(path, timeoutMs)), timeoutMs);
  });
  try {
    return await Promise.race([readOpenFile(path), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * True when the file still holds what `expected` describes. Size and time are compared
 * first; when the size matches, the content decides (a save that wrote the same bytes, or
 * a touched file, changes nothing a planner typed).
 */
export async function unchangedSince(path: string, expected: FileSnapshot): Promise<boolean> {
  let now: { bytes: Buffer; snapshot: FileSnapshot };
  try {
    // Another size is another file: no need to read and hash it.
    if ((await stat(path)).size !== expected.size) return false;
    now = await readWithSnapshot(path);
  } catch {
    return false;
  }
  if (now.snapshot.size !== expected.size) return false;
  if (now.snapshot.mtimeMs === expected.mtimeMs && now.snapshot.sha256 === expected.sha256)
    return true;
  return now.snapshot.sha256 === expected.sha256;
}
