import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../files/write-file-atomic.ts';

/** What the embedded schedule remembers between restarts: the last slot it ran to the end. */
export interface SlotState {
  lastSlot: number;
  runId: string;
}

/** The state file, or null when there is none yet (first start) or it cannot be read. */
export async function readSlotState(path: string): Promise<SlotState | null> {
  try {
    const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
    if (
      parsed === null ||
      typeof parsed !== 'object' ||
      !('lastSlot' in parsed) ||
      !('runId' in parsed)
    )
      return null;
    const { lastSlot, runId } = parsed;
    return typeof lastSlot === 'number' && typeof runId === 'string' ? { lastSlot, runId } : null;
  } catch {
    return null;
  }
}

/** Records a finished slot; written to a temp file and renamed, so a crash never leaves half a file. */
export async function writeSlotState(path: string, state: SlotState): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(
    path,
    `${JSON.stringify({ ...state, lastSlotIso: new Date(state.lastSlot).toISOString() }, null, 2)}\n`,
  );
}
