import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';

/** What a workbook file was when it was read: enough to tell whether anyone saved it since. */
export interface FileSnapshot {
  size: number;
  mtimeMs: number;
  /** SHA-256 of the content, hex. */
  sha256: string;
}

/** The file's bytes and their snapshot, read through one open handle so both describe the same file. */
export async function readWithSnapshot(
  path: string,
): Promise<{ bytes: Buffer; snapshot: FileSnapshot }> {
  const handle = await open(path, 'r');
  try {
    const stat = await handle.stat();
    const bytes = await handle.readFile();
    return {
      bytes,
      snapshot: { size: bytes.length, mtimeMs: stat.mtimeMs, sha256: sha256(bytes) },
    };
  } finally {
    await handle.close();
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
    now = await readWithSnapshot(path);
  } catch {
    return false;
  }
  if (now.snapshot.size !== expected.size) return false;
  if (now.snapshot.mtimeMs === expected.mtimeMs && now.snapshot.sha256 === expected.sha256)
    return true;
  return now.snapshot.sha256 === expected.sha256;
}
