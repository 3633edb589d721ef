/**
 * What a check of the Huzhou demo workbook must find as of DEMO_AS_OF, worked out by hand
 * from docs/architecture.md §4, so an end-to-end test can hold the engine to it.
 *
 * Rules used: plan 2020 → 2025, so elapsed e(2024) = 4/5 = 80 %, e(2023) = 60 %;
 * c = (A − B)/(T − B); g = e − c (pp); behind 0 < g ≤ 10, at_risk g > 10, on_track g ≤ 0;
 * achieved when A ≥ T; annual data is due 30 days after year end (2024 → 2025-01-30, passed;
 * 2025 not yet due). Cumulative rows hold running totals unless the measure is `increment`.
 * Forecast = least-squares line through (2020, B) and the yearly actuals, read at 2025.
 *
 * Status table (latest reported period 2024 unless noted):
 *
 * | id | region | A | arithmetic | status |
 * |---|---|---|---|---|
 * | HZ01 | 湖州市 | 55.3 | c = 11.3/13 = 86.9 %, g = −6.9 | on_track |
 * | HZ02 | 湖州市 | 60 | milestone 2024 = 58 is E; c = 45/50 = 90 %; g = (E − A)/(T − B) = (58 − 60)/50 = −4 (see below) | on_track |
 * | HZ03 | 湖州市 | 84.2 | c = 5.2/6 = 86.7 %, g = −6.7 | on_track |
 * | HZ04 | 湖州市 | 11.8 | c = 3.8/5 = 76 %, g = +4 | behind |
 * | HZ05 | 湖州市 | 14.6 | c = 4.7/5.1 = 92.2 %, g = −12.2 | on_track |
 * | HZ06 | 湖州市 | 156 | c = 53/57 = 93.0 %, g = −13 | on_track |
 * | HZ07 | 湖州市 | 47 | c = 29/32 = 90.6 %, g = −10.6 | on_track |
 * | HZ08 | 湖州市 | 1 | A = T = 1 | achieved |
 * | HZ09 | 湖州市 | 5 | A = T = 5 | achieved |
 * | HZ10 | 湖州市 | 220 | A = T = 220 | achieved |
 * | HZ11 | 湖州市 | 36 | c = 27/31 = 87.1 %, g = −7.1 | on_track |
 * | HZ12 | 湖州市 | 150 | c = 50/100 = 50 %, g = +30 | at_risk |
 * | HZ13 | 湖州市 | 64 (2023) | no 2024 row; status at the latest reported period (§4), 2023: c = 5/6 = 83.3 %, e = 60 %, g = −23.3; 缺报 is its own alert | on_track |
 * | HZ14 | 湖州市 | 140 | c = 61/71 = 85.9 %, g = −5.9 | on_track |
 * | HZ15 | 湖州市 | 98.9 | c = 9.7/10.8 = 89.8 %, g = −9.8 | on_track |
 * | HZ16 | 湖州市 | 1 | A = T = 1 | achieved |
 * | HZ17 | 湖州市 | 4.44 | official 4.44 kept for status (§4; computed 14933/3425000·1000 = 4.36); c = 0.44/0.5 = 88 %, g = −8 (computed would be c = 72 %, behind) | on_track |
 * | HZ18 | 湖州市 | 93 | baseline `/`: no pace; 93 < 100, no line | no_baseline |
 * | HZ19 | 湖州市 | 283 | c = 48/65 = 73.8 %, g = +6.2 | behind |
 * | HZ20 | 湖州市 | 54 | increments 14+13+14+13 from 0; c = 54/65 = 83.1 %, g = −3.1 | on_track |
 * | HZ21 | 湖州市 | 2 | c = 1/2 = 50 %, g = +30 | at_risk |
 * | HZ22 | 湖州市 | 2 | A = T = 2 | achieved |
 * | HZ23 | 湖州市 | 28 | no baseline, cumulative from 0; c = 28/33 = 84.8 %, g = −4.8 | on_track |
 * | HZL01 | 湖州市 | 0.393 | 11/280000·10000 = 0.393 ≥ 0.36 | breached |
 * | HZL01 | 吴兴区 | 0.571 | 4/70000·10000 | breached |
 * | HZL01 | 南浔区 | 0.222 | 1/45000·10000 < 0.36 | on_track |
 * | HZL01 | 德清县 | 0.364 | 2/55000·10000 ≥ 0.36 (低于 is strict) | breached |
 * | HZL01 | 长兴县 | 0.500 | 3/60000·10000 | breached |
 * | HZL01 | 安吉县 | 0.200 | 1/50000·10000 < 0.36 | on_track |
 * | HZL02 | 湖州市 | 98.7 | 98.5 ≤ 98.7 < 99 (warning) | near_limit |
 * | HZL02 | 吴兴区 | 99.1 | ≥ 99 | on_track |
 * | HZL02 | 南浔区 | 98.3 | < 98.5 | breached |
 * | HZL02 | 德清县 | 98.8 | 98.5 ≤ 98.8 < 99 | near_limit |
 * | HZL02 | 长兴县 | 99.4 | ≥ 99 | on_track |
 * | HZL02 | 安吉县 | 99.5 | ≥ 99 | on_track |
 * | HZL03 | 湖州市 | 92.6 | ≥ 90 | on_track |
 * | HZL04 | 湖州市 | 91.6 | no baseline, level; 91.6 < 92 | no_baseline |
 * | HZL05 | 湖州市 | 96.8 | ≥ 95 | on_track |
 * | HZL06 | 湖州市 | 240 | no baseline, level; 240 < 260 | no_baseline |
 * | HZL07 | 湖州市 | 44 | cumulative from 0; c = 44/50 = 88 %, g = −8 | on_track |
 * | HZL08 | 湖州市 | 96 | annual: e = 100 %, c = 96/100 = 96 %, g = +4 | behind |
 * | HZL09 | 湖州市 | 5210 | 5210 ≥ 5000 | achieved |
 * | HZL10 | 湖州市 | 30.6 | no baseline, level; 30.6 < 32 | no_baseline |
 * | HZL11 | 湖州市 | 100 | ≥ 100 | on_track |
 * | HZL12 | 湖州市 | 98.4 | threshold 不低于98%: 98.4 ≥ 98 | on_track |
 * | HZL13 | 湖州市 | 91 | threshold 不低于90%: 91 ≥ 90 | on_track |
 * | HZL14 | 湖州市 | 312 | 312 ≥ 300 | achieved |
 * | HZL15 | 湖州市 | 9 | cumulative from 0; c = 9/10 = 90 %, g = −10 | on_track |
 * | HZL16 | 湖州市 | 18 | no baseline, level; 18 < 20 | no_baseline |
 * | HZL17 | 湖州市 | 38 | no baseline, level; 38 < 40 | no_baseline |
 * | HZL18 | 湖州市 | 17 | cumulative from 0; c = 17/20 = 85 %, g = −5 | on_track |
 * | HZL19 | 湖州市 | 100 | ≥ 100 | on_track |
 * | HZL20 | 湖州市 | 100 | ≥ 100 | on_track |
 *
 * Milestones: E is the milestone for the period when there is one, and the gap is measured
 * against it, g = (E − A)/(T − B), which is e − c on the straight path B → T. Otherwise a
 * milestone would change nothing but the Expected column. HZ02 is on track either way.
 *
 * The alerts that fire, all of them (threshold and annual indicators get no forecast):
 * - at_risk: HZ12 (binding → critical), HZ21 (expected → warning).
 * - behind: HZ04, HZ19, HZL08 (expected → info).
 * - forecast_miss: HZ12 (slope 12.6/yr → 162.8 < 200), HZ19 (12/yr → 295 < 300),
 *   HZ21 (0.3/yr → 2.5 < 3).
 * - breached: HZL01 湖州市 吴兴区 德清县 长兴县; HZL02 南浔区.
 * - near_limit: HZL02 湖州市 德清县.
 * - no_data: HZ13 (2024 due 2025-01-30, no row).
 * - no_baseline: HZ18, HZL04, HZL06, HZL10, HZL16, HZL17; and HZL09, HZL14, which are
 *   achieved (5210 > 5000, 312 > 300) but still have no pace: the info alert says only the
 *   final target is checked.
 * - inconsistent: HZ17 (official 4.44 vs computed 4.36).
 * The other rows' forecasts reach their targets (e.g. HZ04: 13.24 ≥ 13, HZ17: 4.60 ≥ 4.5).
 */

import type { Status } from '../shared/model/status.ts';

/** The fixed check date of the demo: 2024 annual actuals were due 2025-01-30. */
export const DEMO_AS_OF = '2025-03-31';

/** One line of the expected-status table. */
export interface DemoExpectation {
  id: string;
  region: string;
  status: Status;
  /**
   * `status`: the Status table row for id × region shows this status (one per pair, every
   * pair with data listed). `alert`: a finding with this status fires for id × region (the
   * `alert` entries are every finding of the check, one each).
   */
  via: 'status' | 'alert';
}

const CITY = '湖州市';

const STATUS_ROWS: [id: string, status: Status, region?: string][] = [
  ['HZ01', 'on_track'],
  ['HZ02', 'on_track'],
  ['HZ03', 'on_track'],
  ['HZ04', 'behind'],
  ['HZ05', 'on_track'],
  ['HZ06', 'on_track'],
  ['HZ07', 'on_track'],
  ['HZ08', 'achieved'],
  ['HZ09', 'achieved'],
  ['HZ10', 'achieved'],
  ['HZ11', 'on_track'],
  ['HZ12', 'at_risk'],
  ['HZ13', 'on_track'],
  ['HZ14', 'on_track'],
  ['HZ15', 'on_track'],
  ['HZ16', 'achieved'],
  ['HZ17', 'on_track'],
  ['HZ18', 'no_baseline'],
  ['HZ19', 'behind'],
  ['HZ20', 'on_track'],
  ['HZ21', 'at_risk'],
  ['HZ22', 'achieved'],
  ['HZ23', 'on_track'],
  ['HZL01', 'breached'],
  ['HZL01', 'breached', '吴兴区'],
  ['HZL01', 'on_track', '南浔区'],
  ['HZL01', 'breached', '德清县'],
  ['HZL01', 'breached', '长兴县'],
  ['HZL01', 'on_track', '安吉县'],
  ['HZL02', 'near_limit'],
  ['HZL02', 'on_track', '吴兴区'],
  ['HZL02', 'breached', '南浔区'],
  ['HZL02', 'near_limit', '德清县'],
  ['HZL02', 'on_track', '长兴县'],
  ['HZL02', 'on_track', '安吉县'],
  ['HZL03', 'on_track'],
  ['HZL04', 'no_baseline'],
  ['HZL05', 'on_track'],
  ['HZL06', 'no_baseline'],
  ['HZL07', 'on_track'],
  ['HZL08', 'behind'],
  ['HZL09', 'achieved'],
  ['HZL10', 'no_baseline'],
  ['HZL11', 'on_track'],
  ['HZL12', 'on_track'],
  ['HZL13', 'on_track'],
  ['HZL14', 'achieved'],
  ['HZL15', 'on_track'],
  ['HZL16', 'no_baseline'],
  ['HZL17', 'no_baseline'],
  ['HZL18', 'on_track'],
  ['HZL19', 'on_track'],
  ['HZL20', 'on_track'],
];

const ALERTS: [id: string, status: Status, region?: string][] = [
  ['HZ12', 'at_risk'],
  ['HZ21', 'at_risk'],
  ['HZ04', 'behind'],
  ['HZ19', 'behind'],
  ['HZL08', 'behind'],
  ['HZ12', 'forecast_miss'],
  ['HZ19', 'forecast_miss'],
  ['HZ21', 'forecast_miss'],
  ['HZL01', 'breached'],
  ['HZL01', 'breached', '吴兴区'],
  ['HZL01', 'breached', '德清县'],
  ['HZL01', 'breached', '长兴县'],
  ['HZL02', 'breached', '南浔区'],
  ['HZL02', 'near_limit'],
  ['HZL02', 'near_limit', '德清县'],
  ['HZ13', 'no_data'],
  ['HZ18', 'no_baseline'],
  ['HZL04', 'no_baseline'],
  ['HZL06', 'no_baseline'],
  ['HZL10', 'no_baseline'],
  ['HZL16', 'no_baseline'],
  ['HZL17', 'no_baseline'],
  ['HZL09', 'no_baseline'],
  ['HZL14', 'no_baseline'],
  ['HZ17', 'inconsistent'],
];

/** The expected Status rows (every indicator × region) and the alerts that must fire. */
export const DEMO_EXPECTATIONS: readonly DemoExpectation[] = [
  ...STATUS_ROWS.map(([id, status, region]) => ({
    id,
    region: region ?? CITY,
    status,
    via: 'status' as const,
  })),
  ...ALERTS.map(([id, status, region]) => ({
    id,
    region: region ?? CITY,
    status,
    via: 'alert' as const,
  })),
];
