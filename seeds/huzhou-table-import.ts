/**
 * 表1 of the Huzhou plan as the plan-table importer reads it from the document's text.
 * tests/seeds/huzhou-table-import.test.ts proves it gives exactly HUZHOU_INDICATORS (and
 * the template's table rows): the seed data could be regenerated from the document by
 * `kpi-sentinel import 003_eecffe482169a7c7.txt --into plan.xlsx --id-prefix HZ`.
 *
 * The document leaves nothing open that the importer must ask about: the header gives the
 * years (2020, 2025), the 备注 column the kinds, the footnote `注:带*指标为累加值。` the
 * meaning of `*`, and every direction follows from the figures (or 覆盖率/融合率/应用率).
 * What the text itself does not give — rows 20 and 23 have no 2020 cell (新增 counts,
 * so no baseline) — comes back as two notices, not questions.
 */
import { importPlanDocument } from '../shared/import/plan-document.ts';
import type { PlanImportOptions, PlanImportResult } from '../shared/import/plan-table.ts';
import { SEED_DOCS } from './source.ts';

/** The options that give the seed's ids (HZ01–HZ23) and cite the seed document. */
export const HUZHOU_TABLE_IMPORT: PlanImportOptions = {
  idPrefix: 'HZ',
  source: SEED_DOCS.huzhouPlan,
};

/** Imports 表1 from the text of `003_eecffe482169a7c7.txt`. */
export function importHuzhouTable(documentText: string): PlanImportResult {
  return importPlanDocument(documentText, HUZHOU_TABLE_IMPORT);
}
