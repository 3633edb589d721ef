import type { Problem } from '../../shared/model/problem.ts';
import { WorkbookError } from '../problems/workbook-error.ts';
import { workbookProblem, type ProblemPlace } from '../problems/workbook-problem.ts';
import type { MessageKey, Params } from '../../shared/i18n/messages.ts';
import { readSharedStrings } from '../xlsx/shared-strings.ts';
import type { StyleSheet } from '../xlsx/styles.ts';
import type { TableEntry, WorkbookInfo } from '../xlsx/workbook-parts.ts';
import { isRelType, REL } from '../xlsx/relationships.ts';
import { resolveTarget } from '../xlsx/part-names.ts';
import type { XlsxPackage } from '../xlsx/xlsx-package.ts';

/** What the table writers share while patching one package. */
export class WriteContext {
  private strings: string[] | null = null;

  constructor(
    /** The workbook's file name, for messages. */
    readonly workbook: string,
    readonly pkg: XlsxPackage,
    readonly info: WorkbookInfo,
    readonly tables: TableEntry[],
    readonly styles: StyleSheet | null,
  ) {}

  /** A shared string by index, the table read on first use; '' for an index it lacks. */
  sharedString(index: number): string {
    if (this.strings === null) {
      const rel = this.info.rels.find((r) => isRelType(r.type, REL.sharedStrings) && !r.external);
      const part = rel ? resolveTarget(this.info.part, rel.target) : '';
      this.strings =
        part !== '' && this.pkg.has(part) ? readSharedStrings(this.pkg.bytes(part)) : [];
    }
    return this.strings[index] ?? '';
  }

  /** A WorkbookError about this workbook, to throw. */
  error(
    code: MessageKey,
    place: Omit<ProblemPlace, 'workbook'> = {},
    params: Params = {},
  ): WorkbookError {
    const problem: Problem = workbookProblem(code, { workbook: this.workbook, ...place }, params);
    return new WorkbookError(problem);
  }
}
