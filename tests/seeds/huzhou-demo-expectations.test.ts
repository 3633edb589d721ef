import { describe, expect, it } from 'vitest';
import type { TemplateRow } from '../../shared/contract/template.ts';
import { STATUSES } from '../../shared/model/status.ts';
import { addDays, parsePeriod, periodEndDate } from '../../shared/parse/period.ts';
import { DEMO_AS_OF, DEMO_EXPECTATIONS } from '../../seeds/huzhou-demo-expectations.ts';
import { huzhouTemplate } from '../../seeds/huzhou-template.ts';

/*
 * These tests re-derive the hand-computed table from the template's own rows, with the
 * docs/architecture.md §4 arithmetic written out plainly, so the data and the table cannot drift
 * apart.
 */

const t = huzhouTemplate();
const statusRows = DEMO_EXPECTATIONS.filter((e) => e.via === 'status');
const alerts = DEMO_EXPECTATIONS.filter((e) => e.via === 'alert');

function expected(id: string, region = '湖州市'): string | undefined {
  return statusRows.find((e) => e.id === id && e.region === region)?.status;
}

function ind(id: string): TemplateRow {
  const row = t.indicators.find((r) => r.id === id);
  if (!row) throw new Error(`no indicator ${id}`);
  return row;
}

function rows(id: string, region = '湖州市', measure: string | null = null): TemplateRow[] {
  return t.actuals.filter(
    (a) => a.id === id && a.region === region && a.measure === measure && Number(a.period) >= 2021,
  );
}

/** Yearly values: running totals, or increments summed from 0. */
function yearly(id: string): [number, number][] {
  const inc = rows(id, '湖州市', 'increment');
  if (inc.length > 0) {
    let total = 0;
    return inc.map((a) => [Number(a.period), (total += Number(a.value))]);
  }
  return rows(id).map((a) => [Number(a.period), Number(a.value)]);
}

function baseOf(row: TemplateRow): number {
  return typeof row.baseline === 'number' ? row.baseline : 0;
}

/** Pace status at the latest year (plan 2020 → 2025). */
function paceStatus(b: number, t: number, year: number, a: number): string {
  if (a >= t) return 'achieved';
  const gap = ((year - 2020) / 5 - (a - b) / (t - b)) * 100;
  return gap <= 0 ? 'on_track' : gap <= 10 ? 'behind' : 'at_risk';
}

/** Least-squares line through the points, read at x. */
function forecast(points: [number, number][], x: number): number {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p[0], 0) / n;
  const my = points.reduce((s, p) => s + p[1], 0) / n;
  const sxy = points.reduce((s, p) => s + (p[0] - mx) * (p[1] - my), 0);
  const sxx = points.reduce((s, p) => s + (p[0] - mx) ** 2, 0);
  return my + (sxy / sxx) * (x - mx);
}

const paced = t.indicators.filter(
  (r) =>
    ['level', 'cumulative'].includes(String(r.aggregation)) &&
    r.baseline !== '/' &&
    !r.formula &&
    !(r.aggregation === 'level' && r.baseline === null),
);

describe('DEMO_EXPECTATIONS', () => {
  it('checks as of 2025-03-31, after the 2024 annual due date 2025-01-30 and before 2025’s', () => {
    const due2024 = addDays(
      periodEndDate({ text: '2024', year: 2024, kind: 'year', index: 0 }),
      30,
    );
    expect(due2024).toBe('2025-01-30');
    expect(DEMO_AS_OF > due2024).toBe(true);
    expect(DEMO_AS_OF < addDays('2025-12-31', 30)).toBe(true);
  });

  it('shows every status of docs/architecture.md §4 somewhere in the demo', () => {
    const seen = new Set(DEMO_EXPECTATIONS.map((e) => e.status));
    expect(STATUSES.filter((s) => !seen.has(s))).toEqual([]);
  });

  it('lists one Status row for every indicator × region that has actuals, and no other', () => {
    const pairs = [...new Set(t.actuals.map((a) => `${a.id}|${a.region}`))].sort();
    expect(statusRows.map((e) => `${e.id}|${e.region}`).sort()).toEqual(pairs);
    for (const e of alerts) expect(pairs, `${e.id} ${e.region}`).toContain(`${e.id}|${e.region}`);
  });

  it.each(paced.map((r) => [String(r.id), r] as const))(
    '%s: the pace status follows from B, T and the 2024 (or latest) actual',
    (id, r) => {
      const points = yearly(id);
      const last = points[points.length - 1];
      if (!last) throw new Error(`${id} has no actuals`);
      expect(paceStatus(baseOf(r), Number(r.target), last[0], last[1])).toBe(expected(id));
    },
  );

  it.each(paced.map((r) => [String(r.id), r] as const))(
    '%s: forecast_miss is expected exactly when the trend misses T',
    (id, r) => {
      const points: [number, number][] = [[2020, baseOf(r)], ...yearly(id)];
      const misses = forecast(points, 2025) < Number(r.target);
      expect(alerts.some((e) => e.id === id && e.status === 'forecast_miss')).toBe(misses);
    },
  );

  it('HZ13 has no 2024 row, so 2024 is missing (no_data) and its Status comes from 2023; HZ16’s 2024 is not due yet', () => {
    expect(yearly('HZ13').map((p) => p[0])).toEqual([2021, 2022, 2023]);
    expect(alerts).toContainEqual({
      id: 'HZ13',
      region: '湖州市',
      status: 'no_data',
      via: 'alert',
    });
    const withData = new Set(t.actuals.filter((a) => a.period === '2024').map((a) => a.id));
    // HZ16's 2024 figure is due 62 working days after year end (2025-04-03): owed, not missing.
    expect(t.indicators.filter((r) => !withData.has(r.id)).map((r) => r.id)).toEqual([
      'HZ13',
      'HZ16',
    ]);
    expect(alerts.filter((a) => a.id === 'HZ16')).toEqual([]);
  });

  it('HZ17: batches/population·1000 = 4.36 differs from the official 4.44, which keeps it on track', () => {
    const batches = rows('HZ17', '湖州市', 'batches').find((a) => a.period === '2024');
    const population = rows('HZ17', '湖州市', 'population').find((a) => a.period === '2024');
    const computed = (Number(batches?.value) / Number(population?.value)) * 1000;
    expect(computed).toBeCloseTo(4.36, 10);
    expect(batches?.officialValue).toBe(4.44);
    expect(paceStatus(4, 4.5, 2024, 4.44)).toBe(expected('HZ17'));
    expect(paceStatus(4, 4.5, 2024, computed)).toBe('behind');
    expect(alerts).toContainEqual({
      id: 'HZ17',
      region: '湖州市',
      status: 'inconsistent',
      via: 'alert',
    });
  });

  it.each(['湖州市', '吴兴区', '南浔区', '德清县', '长兴县', '安吉县'])(
    'HZL01 %s: the 2024 rate from accidents and units is breached exactly when ≥ 0.36 (低于 is strict)',
    (region) => {
      const acc = rows('HZL01', region, 'accidents').find((a) => a.period === '2024');
      const units = rows('HZL01', region, 'units').find((a) => a.period === '2024');
      const rate = (Number(acc?.value) / Number(units?.value)) * 10_000;
      expect(expected('HZL01', region)).toBe(rate >= 0.36 ? 'breached' : 'on_track');
    },
  );

  it('HZL01 湖州市 2024 is 11 accidents on 280,000 units: 0.393', () => {
    const v = (m: string): unknown =>
      rows('HZL01', '湖州市', m).find((a) => a.period === '2024')?.value;
    expect([v('accidents'), v('units')]).toEqual([11, 280_000]);
  });

  it.each(['湖州市', '吴兴区', '南浔区', '德清县', '长兴县', '安吉县'])(
    'HZL02 %s: below 98.5 is breached, from 98.5 to under 99 near the limit, else on track',
    (region) => {
      const a = Number(rows('HZL02', region).find((x) => x.period === '2024')?.value);
      expect(expected('HZL02', region)).toBe(
        a < 98.5 ? 'breached' : a < 99 ? 'near_limit' : 'on_track',
      );
    },
  );

  it('gives no_baseline exactly to the rows with no usable baseline that have not reached their target', () => {
    const noBase = t.indicators.filter(
      (r) => r.baseline === '/' || (r.aggregation === 'level' && r.baseline === null),
    );
    const short = noBase.filter((r) => {
      const points = yearly(String(r.id));
      return (points[points.length - 1]?.[1] ?? 0) < Number(r.target);
    });
    const shown = statusRows.filter((e) => e.status === 'no_baseline').map((e) => e.id);
    expect(shown.sort()).toEqual(short.map((r) => String(r.id)).sort());
    expect(shown).toContain('HZ18');
    for (const r of noBase.filter((x) => !short.includes(x)))
      expect(expected(String(r.id))).toBe('achieved');
  });

  it('HZL08 (每年带动100家) is judged on the year alone: 96 of 100 with the year over is behind', () => {
    expect(ind('HZL08').aggregation).toBe('annual');
    const a = Number(rows('HZL08').find((x) => x.period === '2024')?.value);
    const gap = (1 - a / Number(ind('HZL08').target)) * 100;
    expect(gap > 0 && gap <= 10).toBe(true);
    expect(expected('HZL08')).toBe('behind');
  });

  it('puts the other threshold lines on track: every 2024 value holds its line', () => {
    const lines: Record<string, number> = {
      HZL03: 90,
      HZL05: 95,
      HZL11: 100,
      HZL12: 98,
      HZL13: 90,
      HZL19: 100,
      HZL20: 100,
    };
    for (const [id, line] of Object.entries(lines)) {
      expect(ind(id).aggregation).toBe('threshold');
      expect(Number(rows(id).find((x) => x.period === '2024')?.value)).toBeGreaterThanOrEqual(line);
      expect(expected(id)).toBe('on_track');
    }
  });

  it('uses only periods the contract reads', () => {
    for (const a of t.actuals) expect(parsePeriod(String(a.period))).not.toBeNull();
  });
});
