import { basename } from 'node:path';
import type { Problem } from '../../shared/model/problem.ts';
import { sniffWorkbook } from './file-sniff.ts';
import { workbookProblem } from '../problems/workbook-problem.ts';
import {
  NotRegularFileError,
  readWithSnapshot,
  ReadTimeoutError,
  type FileSnapshot,
  type ReadBounds,
} from '../file-safety/file-snapshot.ts';
import { DEFAULT_LIMITS, sizeText, type PackageLimits } from './package-limits.ts';
import { XlsxPackage, type PackageFailure } from './xlsx-package.ts';
import { reasonOf } from '../../shared/i18n/error-reason.ts';

/**
 * A workbook file read once and opened as a package: the bytes read, their snapshot and
 * the package over them. A check reads its tables from it and writes its results into
 * it, so the file is read, and each part inflated, once.
 */
export interface OpenWorkbook {
  name: string;
  bytes: Buffer;
  snapshot: FileSnapshot;
  pkg: XlsxPackage;
}

/** A workbook file opened as a package; or why not. */
export type OpenedPackage =
  ({ ok: true } & OpenWorkbook) | { ok: false; name: string; problem: Problem };

/** Told of each workbook file read and opened as a package (tests count reads and inflations). */
export type OpenWatcher = (path: string, opened: OpenWorkbook) => void;

/**
 * Reads a workbook file and opens it as a package. Never throws for a bad file: missing,
 * not a ZIP, .xls, password-protected, cut short, encrypted or oddly compressed parts,
 * repeated parts and zip bombs each come back as a bilingual Problem.
 */
export async function openPackage(
  path: string,
  limits: PackageLimits = DEFAULT_LIMITS,
  bounds: ReadBounds = {},
  watch?: OpenWatcher,
): Promise<OpenedPackage> {
  const name = basename(path);
  let read: Awaited<ReturnType<typeof readWithSnapshot>>;
  try {
    read = await readWithSnapshot(path, bounds);
  } catch (err) {
    return { ok: false, name, problem: readProblem(path, name, err) };
  }
  const sniffed = sniffWorkbook(read.bytes, name);
  if (sniffed) return { ok: false, name, problem: sniffed };
  const opened = XlsxPackage.open(read.bytes, limits);
  if (!opened.ok) return { ok: false, name, problem: packageProblem(name, opened.failure, limits) };
  const workbook: OpenWorkbook = {
    name,
    bytes: read.bytes,
    snapshot: read.snapshot,
    pkg: opened.pkg,
  };
  watch?.(path, workbook);
  return { ok: true, ...workbook };
}

/** Why a workbook file could not be read, as the bilingual Problem the run reports. */
function readProblem(path: string, name: string, err: unknown): Problem {
  if (err instanceof NotRegularFileError)
    return workbookProblem(
      'workbook.not_regular_file',
      { workbook: name, value: err.kind },
      { kind: err.kind },
    );
  if (err instanceof ReadTimeoutError)
    return workbookProblem(
      'workbook.read_timeout',
      { workbook: name },
      { seconds: Math.round(err.ms / 100) / 10 },
    );
  if (err instanceof Error && 'code' in err && err.code === 'ENOENT')
    return workbookProblem('workbook.not_found', { workbook: path });
  return workbookProblem('workbook.unreadable', { workbook: name }, { reason: reasonOf(err) });
}

/** The bilingual Problem for a package that cannot be opened or read. */
export function packageProblem(
  name: string,
  failure: PackageFailure,
  limits: PackageLimits = DEFAULT_LIMITS,
): Problem {
  const place = { workbook: name };
  switch (failure.kind) {
    case 'truncated':
      return workbookProblem('workbook.truncated', place);
    case 'encrypted':
      return workbookProblem('workbook.encrypted', { ...place, value: failure.entry });
    case 'unsupported_method':
      return workbookProblem(
        'workbook.zip_method',
        { ...place, value: failure.entry },
        { part: failure.entry, method: failure.method },
      );
    case 'duplicate_entry':
      return workbookProblem(
        'workbook.zip_duplicate',
        { ...place, value: failure.entry },
        { part: failure.entry },
      );
    case 'unpacked_too_large':
      return workbookProblem(
        'workbook.zip_bomb',
        { ...place, value: sizeText(failure.bytes) },
        { size: sizeText(failure.bytes), limit: sizeText(failure.limit) },
      );
    case 'part_exceeds_declared':
      return workbookProblem(
        'workbook.part_exceeds_declared',
        { ...place, value: failure.part },
        {
          part: failure.part,
          declared: sizeText(failure.declared),
          limit: sizeText(limits.unpackedBytes),
        },
      );
    case 'part_corrupt':
      return workbookProblem(
        'workbook.part_corrupt',
        { ...place, value: failure.part },
        { part: failure.part },
      );
    case 'part_missing':
      // A ZIP without the parts of a workbook is some other kind of file.
      return workbookProblem(
        'workbook.no_workbook_part',
        { ...place, value: failure.part },
        { part: failure.part },
      );
  }
}
