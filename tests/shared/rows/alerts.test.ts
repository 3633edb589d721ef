import { describe, expect, it } from 'vitest';
import { ALERTS, bilingualHeader } from '../../../shared/contract/tables.ts';
import { alertFingerprint } from '../../../shared/alerts/fingerprint.ts';
import { readAlerts } from '../../../shared/rows/alerts.ts';
import { grid, where, type TestCell } from './grid-fixture.ts';

const SHEET = '预警 Alerts';
const HEADER = ALERTS.columns.map(bilingualHeader);

function row(cells: Record<string, TestCell>): TestCell[] {
  return ALERTS.columns.map((c) => cells[c.key] ?? null);
}

const WRITTEN = {
  alertId: 'a1b2c3',
  state: '预警中 firing',
  severity: '红 critical',
  status: '越线 breached',
  id: 'T1',
  indicator: '万台特种设备事故率',
  category: '市场安全',
  region: '湖州市',
  period: '2024',
  rule: '底线 line',
  actual: 0.41,
  expected: null,
  target: 0.36,
  gap: '—',
  message: '越线',
  firstSeen: '2025-01-02',
  lastChanged: '2025-01-02',
  lastEvaluated: '2025-03-01',
  resolvedAt: '',
  ackedStatus: null,
};

function read(...rows: Record<string, TestCell>[]) {
  return readAlerts(grid(SHEET, 'Alerts', HEADER, rows.map(row)));
}

describe('readAlerts', () => {
  it('reads back a row the worker wrote, labels included', () => {
    const { items, problems } = read(WRITTEN);
    expect(problems).toEqual([]);
    expect(items).toEqual([
      {
        alertId: 'a1b2c3',
        state: 'firing',
        severity: 'critical',
        status: 'breached',
        id: 'T1',
        indicator: '万台特种设备事故率',
        category: '市场安全',
        region: '湖州市',
        period: '2024',
        rule: 'line',
        actual: 0.41,
        expected: null,
        target: 0.36,
        gap: null,
        message: '越线',
        firstSeen: '2025-01-02',
        lastChanged: '2025-01-02',
        lastEvaluated: '2025-03-01',
        resolvedAt: '',
        ackedStatus: '',
        planner: { action: '', ackBy: '', ackNote: '', until: '' },
      },
    ]);
  });

  it('reads codes as well as labels', () => {
    const codes = {
      state: 'acknowledged',
      severity: 'warning',
      status: 'near_limit',
      ackedStatus: 'breached',
    };
    const { items } = read({ ...WRITTEN, ...codes, rule: 'line' });
    expect(items[0]).toMatchObject(codes);
  });

  it('keeps what the planner typed into the ack columns verbatim', () => {
    const { items } = read({
      ...WRITTEN,
      action: ' 确认 ',
      ackBy: '王局长',
      ackNote: '已约谈企业，\n下月复查',
      until: '2025-06-30',
    });
    expect(items[0]?.planner).toEqual({
      action: ' 确认 ',
      ackBy: '王局长',
      ackNote: '已约谈企业，\n下月复查',
      until: '2025-06-30',
    });
  });

  it.each([
    ['an unknown state', { state: '处理中' }, '状态 State (B)', '处理中', { state: 'firing' }],
    [
      'an emptied state on a dated resolution',
      { state: null, resolvedAt: '2025-02-01' },
      '状态 State (B)',
      '',
      { state: 'resolved' },
    ],
    ['an empty severity', { severity: null }, '级别 Severity (C)', '', { severity: 'critical' }],
    ['an unknown status', { status: '良好' }, '判定 Status (D)', '良好', { status: 'near_limit' }],
    ['an unknown rule', { rule: '其他' }, '规则 Rule (J)', '其他', { rule: 'line' }],
    ['text in a numeric column', { actual: '很高' }, '实际值 Actual (K)', '很高', { actual: null }],
    [
      'an error value in a text column',
      { firstSeen: { value: null, error: '#N/A' } },
      '首次发现 First seen (P)',
      '#N/A',
      { firstSeen: '' },
    ],
    [
      'an unknown acknowledged status',
      { ackedStatus: '好' },
      '确认时判定 Status when acknowledged (T)',
      '好',
      { ackedStatus: '' },
    ],
  ])(
    'keeps a row with %s, falling back with a warning that names sheet, row, column and value',
    (_what, over, column, value, fallback) => {
      const typed = { action: '确认', ackBy: '王局长', ackNote: '已约谈', until: '2025-06-30' };
      const { items, problems } = read(
        { ...WRITTEN, alertId: 'ok' },
        { ...WRITTEN, ...over, ...typed },
      );
      expect(items.map((a) => a.alertId)).toEqual(['ok', 'a1b2c3']);
      expect(items[1]).toMatchObject(fallback);
      expect(items[1]?.planner).toEqual(typed);
      expect(problems.map(where)).toEqual([
        { sheet: SHEET, row: 3, column, value, level: 'warning' },
      ]);
    },
  );

  it('recovers a damaged rule from the alert id, which fingerprints indicator, region and rule', () => {
    const alertId = alertFingerprint('T1', '湖州市', 'line');
    const { items, problems } = read({ ...WRITTEN, alertId, rule: '#REF!', status: null });
    expect(items[0]).toMatchObject({
      alertId,
      rule: 'line',
      status: 'near_limit',
      severity: 'critical',
    });
    expect(problems.map((p) => [p.column, p.level])).toEqual([
      ['规则 Rule (J)', 'warning'],
      ['判定 Status (D)', 'warning'],
    ]);
  });

  it.each([
    ['breached', 'critical'],
    ['at_risk', 'warning'],
    ['no_baseline', 'info'],
  ] as const)(
    'reads a damaged severity of a %s alert as %s, the severity it has whatever the kind',
    (status, severity) => {
      const { items } = read({ ...WRITTEN, status, severity: '很严重' });
      expect(items[0]?.severity).toBe(severity);
    },
  );

  it('restores an emptied alert id from indicator, region and rule, keeping the planner columns', () => {
    const { items, problems } = read({ ...WRITTEN, alertId: null, ackBy: '王局长' });
    expect(items[0]).toMatchObject({
      alertId: alertFingerprint('T1', '湖州市', 'line'),
      planner: { ackBy: '王局长' },
    });
    expect(problems.map(where)).toEqual([
      { sheet: SHEET, row: 2, column: '预警编号 Alert ID (A)', value: '', level: 'warning' },
    ]);
  });

  it.each([
    ['no indicator id', { id: null }],
    ['an unreadable rule', { rule: '其他' }],
  ])('drops a row with no alert id and %s, since nothing keys it', (_what, over) => {
    const { items, problems } = read(
      { ...WRITTEN, alertId: 'ok' },
      { ...WRITTEN, alertId: '', ...over },
    );
    expect(items.map((a) => a.alertId)).toEqual(['ok']);
    expect(problems.map(where)).toEqual([
      { sheet: SHEET, row: 3, column: '预警编号 Alert ID (A)', value: '', level: 'error' },
    ]);
  });

  it('still drops a row whose planner column holds an Excel error, naming the cell', () => {
    const { items, problems } = read({ ...WRITTEN, until: { value: null, error: '#VALUE!' } });
    expect(items).toEqual([]);
    expect(problems.map(where)).toEqual([
      {
        sheet: SHEET,
        row: 2,
        column: '确认/静默至 Ack/silence until (X)',
        value: '#VALUE!',
        level: 'error',
      },
    ]);
  });

  it('drops a repeated alert id on the later row', () => {
    const { items, problems } = read(WRITTEN, { ...WRITTEN, region: '吴兴区' });
    expect(items.map((a) => a.region)).toEqual(['湖州市']);
    expect(problems.map(where)).toEqual([
      { sheet: SHEET, row: 3, column: '预警编号 Alert ID (A)', value: 'a1b2c3', level: 'error' },
    ]);
  });
});
