/**
 * The Validate screen's data-completeness notices: per indicator × region, the overdue
 * periods before the latest reported one that have no figure (the Status table's 缺报期间
 * column, computed by the core's `reportingGaps`). Not errors and not alerts: each names
 * the periods and leads to the indicator's row.
 */
import { letterOf } from '../../shared/check/problem-at.ts';
import { INDICATORS } from '../../shared/contract/tables.ts';
import { t, type Bilingual } from '../../shared/i18n/messages.ts';
import type { CellTarget } from '../excel/excel-gateway.ts';
import type { LiveCheck } from './live-check.ts';

export interface GapNotice {
  id: string;
  region: string;
  periods: string[];
  message: Bilingual;
  /** The indicator's name cell in the Indicators table; null when it has no sheet row. */
  target: CellTarget | null;
}

/** Every indicator × region of the check with reporting gaps, in the Status order. */
export function gapNotices(check: LiveCheck): GapNotice[] {
  const grid = check.grids.Indicators;
  const letter = letterOf(grid, INDICATORS, 'name');
  return check.outcome.evaluation.statuses
    .filter((s) => s.gaps.length > 0)
    .map((s) => {
      const row = check.model.indicators.find((i) => i.id === s.id)?.row ?? 0;
      return {
        id: s.id,
        region: s.region,
        periods: s.gaps,
        message: t('addin.validate.gaps', {
          name: s.name,
          region: s.region,
          periodsZh: s.gaps.join('、'),
          periodsEn: s.gaps.join(', '),
        }),
        target:
          grid && letter !== undefined && row > 0
            ? { sheet: grid.sheet, address: `${letter}${row}` }
            : null,
      };
    });
}
