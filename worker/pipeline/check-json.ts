import { estimatedCalendarNotice } from '../../shared/calendar/calendar-notice.ts';
import type { Problem } from '../../shared/model/problem.ts';
import { keptStatus, type KeptCheck } from './run-check.ts';

/** The `check --json` shape of docs/architecture.md §8. */
export interface CheckJson {
  /** Run-wide notices, each once (due dates estimated for years the holiday calendar lacks). */
  notices: string[];
  workbooks: {
    path: string;
    asOf: string | null;
    ok: boolean;
    statuses: {
      id: string;
      name: string;
      region: string;
      period: string;
      status: string;
      severity: string;
      completion: number | null;
      elapsed: number | null;
      gap: number | null;
      expected: number | null;
      actual: number | null;
      forecast: number | null;
    }[];
    alerts: {
      alertId: string;
      state: string;
      severity: string;
      id: string;
      region: string;
      rule: string;
      status: string;
      actual: number | null;
      expected: number | null;
      target: number | null;
      message: string;
    }[];
    errors: {
      level: Problem['level'];
      sheet: string;
      row: number;
      column: string;
      value: string;
      message: string;
    }[];
  }[];
}

export function checkJson(checks: readonly KeptCheck[]): CheckJson {
  const notice = estimatedCalendarNotice(
    checks.map((c) => (c.ok ? c.outcome.evaluation.estimatedYears : [])),
  );
  return {
    notices: notice === null ? [] : [`${notice.zh} / ${notice.en}`],
    workbooks: checks.map((c) => ({
      path: c.path,
      asOf: c.ok ? c.asOf : null,
      ok: c.ok,
      statuses: c.ok ? c.outcome.evaluation.statuses.map(keptStatus) : [],
      alerts: c.ok
        ? c.outcome.alerts.map((a) => ({
            alertId: a.alertId,
            state: a.state,
            severity: a.severity,
            id: a.id,
            region: a.region,
            rule: a.rule,
            status: a.status,
            actual: a.actual,
            expected: a.expected,
            target: a.target,
            message: a.message,
          }))
        : [],
      errors: c.problems.map((p) => ({
        level: p.level,
        sheet: p.sheet,
        row: p.row,
        column: p.column,
        value: p.value,
        message: `${p.message.zh} / ${p.message.en}`,
      })),
    })),
  };
}
