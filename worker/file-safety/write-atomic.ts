import { randomUUID } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';

/** A temporary name beside `path`, for a file written whole before it takes that name. */
function temporaryName(path: string): string {
  return `${path}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`;
}

/**
 * Writes a file so that readers see either the old file or the whole new one, never a
 * half-written one: a temporary file in the same folder, then a rename over the target.
 */
export async function writeFileAtomic(path: string, data: string | Buffer): Promise<void> {
  const temp = temporaryName(path);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** {@link writeFileAtomic} for a caller that cannot wait (the chart draws synchronously); `mode` for a new file. */
export function writeFileAtomicSync(path: string, data: string | Buffer, mode?: number): void {
  const temp = temporaryName(path);
  try {
    writeFileSync(temp, data, mode === undefined ? {} : { mode });
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
