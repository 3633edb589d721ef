import {
  ALERT_PLANNER_KEYS,
  ALERTS,
  STATUS,
  type TableName,
} from '../../shared/contract/tables.ts';
import type { Alert } from '../../shared/model/alert.ts';
import type { StatusRow } from '../../shared/model/finding.ts';
import { alertRow, statusRow } from '../../shared/contract/result-rows.ts';
import { WorkbookError } from '../problems/workbook-error.ts';
import { workbookProblem } from '../problems/workbook-problem.ts';
import { DEFAULT_BACKUPS } from '../file-safety/backups.ts';
import type { FileSnapshot, ReadBounds } from '../file-safety/file-snapshot.ts';
import { openPackage, packageProblem, type OpenWorkbook } from '../xlsx/open-package.ts';
import { writeResultTable } from './result-table.ts';
import { isRelType, REL } from '../xlsx/relationships.ts';
import { resolveTarget } from '../xlsx/part-names.ts';
import {
  LostWriteRight,
  safeReplace,
  whyNotReplaced,
  type NotReplaced,
} from '../file-safety/safe-replace.ts';
import { StyleSheet } from '../xlsx/styles.ts';
import { readTables, readWorkbook } from '../xlsx/workbook-parts.ts';
import { DEFAULT_LIMITS } from '../xlsx/package-limits.ts';
import { WriteContext } from './write-context.ts';
import { PackageError, type XlsxPackage } from '../xlsx/xlsx-package.ts';
import { inPart, XmlSyntaxError } from '../xlsx/xml-errors.ts';
import { reasonOf } from '../../shared/i18n/error-reason.ts';

/** The tables a write-back rewrites: a check that will write keeps their sheets as read. */
export const RESULT_TABLES: readonly TableName[] = [ALERTS.name, STATUS.name];

/** What a check writes back: every alert row and the status snapshot. */
export interface Results {
  alerts: Alert[];
  statuses: StatusRow[];
  /** When the check ran, as written into the Status table's `checkedAt` column. */
  checkedAt: string;
  /** Alert ids this check reopened: their planner cells start afresh (the earlier entry is history). */
  newEpisodes?: ReadonlySet<string>;
}

export interface WriteBackOptions {
  /**
   * The workbook as the check read and opened it: its package is patched (its parts
   * inflated once, by the read) and the file is replaced only if it still holds the
   * bytes read (its snapshot). Without it the file is read and opened here.
   */
  opened?: OpenWorkbook;
  /** The file as the check read it; when it no longer is, nothing is written. */
  expected?: FileSnapshot;
  /** Backups to keep in `.kpi-sentinel/backups/` (default 7). */
  keepBackups?: number;
  /** Passed to the replace step: runs between writing the new file and the last check. */
  beforeCommit?: () => Promise<void>;
  /** Asked just before the rename whether the writer still holds the workbook's lock. */
  confirm?: () => Promise<boolean>;
  /** The time bound on reading the workbook (queue mode). */
  read?: ReadBounds;
  /** Called once the results are in the package, while it deflates (see CheckOptions.whilePacking). */
  whilePacking?: () => void;
}

/**
 * `written: false` when the workbook changed since the check read it (a planner saved):
 * redo the check; or when it is open or read-only (see {@link NotReplaced}): the results
 * stand unwritten until the next run.
 */
export type WriteBackOutcome =
  { written: true; backup: string } | ({ written: false } & NotReplaced);

/**
 * Writes a check's results into the Alerts and Status tables of a workbook without
 * touching anything else in it: only those two sheets' XML, their table parts and — when
 * a style or a missing sheet had to be added — styles.xml, workbook.xml, its
 * relationships and [Content_Types].xml are rewritten; every other part is copied
 * byte for byte. The file is replaced safely (see safe-replace.ts) and only if nobody
 * saved it since it was read (by the check, when it hands over what it opened). Rejects with a {@link WorkbookError} when the workbook
 * cannot be read or written.
 */
export async function writeBack(
  path: string,
  results: Results,
  options: WriteBackOptions = {},
): Promise<WriteBackOutcome> {
  let opened = options.opened;
  if (!opened) {
    const read = await openPackage(path, DEFAULT_LIMITS, options.read ?? {});
    if (!read.ok) throw new WorkbookError(read.problem);
    if (options.expected && options.expected.sha256 !== read.snapshot.sha256)
      return { written: false, reason: 'changed' };
    opened = read;
  }
  const { name, pkg, snapshot, bytes } = opened;
  try {
    patchResults(name, pkg, results);
  } catch (err) {
    throw asWorkbookError(name, err);
  }
  options.whilePacking?.();
  let out: Uint8Array;
  try {
    out = await pkg.toBytes();
  } catch (err) {
    throw new WorkbookError(
      workbookProblem('workbook.write_failed', { workbook: name }, { reason: reasonOf(err) }),
    );
  }
  try {
    const replaced = await safeReplace(path, out, {
      expected: snapshot,
      original: bytes,
      keepBackups: options.keepBackups ?? DEFAULT_BACKUPS,
      ...(options.beforeCommit ? { beforeCommit: options.beforeCommit } : {}),
      ...(options.confirm ? { confirm: options.confirm } : {}),
    });
    if (replaced.replaced) return { written: true, backup: replaced.backup };
    return { written: false, ...whyNotReplaced(replaced) };
  } catch (err) {
    if (err instanceof LostWriteRight)
      throw new WorkbookError(workbookProblem('workbook.lock_lost', { workbook: name }));
    throw new WorkbookError(
      workbookProblem('workbook.write_failed', { workbook: name }, { reason: reasonOf(err) }),
    );
  }
}

/** Patches the package in memory: both worker tables, and styles.xml if styles were added. */
export function patchResults(name: string, pkg: XlsxPackage, results: Results): void {
  const info = readWorkbook(pkg);
  const stylesRel = info.rels.find((r) => isRelType(r.type, REL.styles) && !r.external);
  const stylesPart = stylesRel ? resolveTarget(info.part, stylesRel.target) : '';
  const styles = inPart(stylesPart, () =>
    StyleSheet.read(stylesPart !== '' && pkg.has(stylesPart) ? pkg.text(stylesPart) : null),
  );
  const ctx = new WriteContext(name, pkg, info, readTables(pkg, info), styles);
  writeResultTable(ctx, {
    spec: ALERTS,
    rows: results.alerts.map(alertRow),
    identity: ['alertId'],
    plannerKeys: ALERT_PLANNER_KEYS,
    restart: (i) => results.newEpisodes?.has(results.alerts[i]?.alertId ?? '') ?? false,
  });
  writeResultTable(ctx, {
    spec: STATUS,
    rows: results.statuses.map((s) => statusRow(s, results.checkedAt)),
    identity: ['id', 'region'],
    plannerKeys: [],
  });
  if (styles?.changed) pkg.put(stylesPart, styles.toXml());
}

/** Turns what patching can throw into the workbook's bilingual problem. */
function asWorkbookError(name: string, err: unknown): WorkbookError {
  if (err instanceof WorkbookError) return err;
  if (err instanceof PackageError) return new WorkbookError(packageProblem(name, err.failure));
  if (err instanceof XmlSyntaxError) {
    return new WorkbookError(
      workbookProblem(
        'workbook.part_not_xml',
        { workbook: name, value: err.part },
        { part: err.part || '?', reason: err.message },
      ),
    );
  }
  return new WorkbookError(
    workbookProblem('workbook.write_failed', { workbook: name }, { reason: reasonOf(err) }),
  );
}
