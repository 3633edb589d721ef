/**
 * The workbook contract v1 (docs/architecture.md §3): table names, the sheet each lives on, and the
 * canonical columns with their bilingual headers (Chinese first).
 */

export interface ColumnSpec {
  /** Canonical key, as used in code and accepted as a header on its own. */
  key: string;
  zh: string;
  en: string;
  /** The row is rejected when a required cell is empty. */
  required: boolean;
  /** Older headers still read (workbooks made before a column was renamed). */
  aliases?: readonly string[];
}

export interface TableSpec {
  /** Excel table (ListObject) name. */
  name: TableName;
  /** Sheet the table is created on by `init`. */
  sheet: string;
  owner: 'planner' | 'worker';
  columns: ColumnSpec[];
}

export type TableName =
  'Indicators' | 'Milestones' | 'Actuals' | 'Settings' | 'Recipients' | 'Alerts' | 'Status';

function col(key: string, zh: string, en: string, required = false): ColumnSpec {
  return { key, zh, en, required };
}

export const INDICATORS: TableSpec = {
  name: 'Indicators',
  sheet: '指标 Indicators',
  owner: 'planner',
  columns: [
    col('id', '编号', 'ID', true),
    col('category', '类别', 'Category'),
    col('name', '指标名称', 'Indicator', true),
    col('unit', '单位', 'Unit'),
    col('kind', '属性', 'Kind'),
    col('aggregation', '统计方式', 'Aggregation'),
    col('direction', '方向', 'Direction'),
    col('baselineYear', '基期年份', 'Baseline year'),
    col('baseline', '基期值', 'Baseline'),
    col('targetYear', '目标年份', 'Target year'),
    col('target', '目标值', 'Target'),
    col('limit', '底线', 'Limit'),
    col('warning', '预警线', 'Warning'),
    col('recovery', '恢复线', 'Recovery'),
    col('formula', '计算公式', 'Formula'),
    col('frequency', '报送频次', 'Frequency'),
    // Renamed from 报送期限(天) when working days came in (`10个工作日`); the old header still reads.
    { ...col('dueDays', '报送期限', 'Due period'), aliases: ['报送期限(天)', 'Due days'] },
    col('owner', '责任处室', 'Owner'),
    col('notes', '备注', 'Notes'),
  ],
};

export const MILESTONES: TableSpec = {
  name: 'Milestones',
  sheet: '分解 Milestones',
  owner: 'planner',
  columns: [
    col('id', '编号', 'ID', true),
    col('region', '地区', 'Region'),
    col('period', '期间', 'Period', true),
    col('target', '阶段目标', 'Target', true),
  ],
};

export const ACTUALS: TableSpec = {
  name: 'Actuals',
  sheet: '实绩 Actuals',
  owner: 'planner',
  columns: [
    col('id', '编号', 'ID', true),
    col('region', '地区', 'Region'),
    col('period', '期间', 'Period', true),
    col('measure', '度量', 'Measure'),
    col('value', '数值', 'Value'),
    col('officialValue', '公布值', 'Official value'),
    col('source', '来源', 'Source'),
    col('enteredBy', '填报人', 'Entered by'),
    col('enteredAt', '填报时间', 'Entered at'),
  ],
};

export const SETTINGS: TableSpec = {
  name: 'Settings',
  sheet: '设置 Settings',
  owner: 'planner',
  columns: [
    col('key', '设置项', 'Key', true),
    col('value', '值', 'Value'),
    col('notes', '说明', 'Notes'),
  ],
};

export const RECIPIENTS: TableSpec = {
  name: 'Recipients',
  sheet: '设置 Settings',
  owner: 'planner',
  columns: [
    col('name', '姓名', 'Name', true),
    // Required on the email channel only (robot recipients need none): the reader checks.
    col('email', '邮箱', 'Email'),
    col('scope', '范围', 'Scope'),
    col('minSeverity', '最低级别', 'Min severity'),
    col('language', '语言', 'Language'),
    col('purpose', '用途', 'Purpose'),
    col('channel', '渠道', 'Channel'),
    col('mobile', '手机', 'Mobile'),
  ],
};

/** Columns of Alerts the planner may type into; the worker reads them back and keeps them. */
export const ALERT_PLANNER_KEYS = ['action', 'ackBy', 'ackNote', 'until'] as const;

export const ALERTS: TableSpec = {
  name: 'Alerts',
  sheet: '预警 Alerts',
  owner: 'worker',
  columns: [
    col('alertId', '预警编号', 'Alert ID', true),
    col('state', '状态', 'State'),
    col('severity', '级别', 'Severity'),
    col('status', '判定', 'Status'),
    col('id', '指标编号', 'Indicator ID'),
    col('indicator', '指标名称', 'Indicator'),
    col('category', '类别', 'Category'),
    col('region', '地区', 'Region'),
    col('period', '期间', 'Period'),
    col('rule', '规则', 'Rule'),
    col('actual', '实际值', 'Actual'),
    col('expected', '序时目标', 'Expected'),
    col('target', '目标值', 'Target'),
    col('gap', '差距(百分点)', 'Gap (pp)'),
    col('message', '说明', 'Message'),
    col('firstSeen', '首次发现', 'First seen'),
    col('lastChanged', '最近变化', 'Last changed'),
    col('lastEvaluated', '最近检查', 'Last evaluated'),
    col('resolvedAt', '恢复日期', 'Resolved at'),
    col('ackedStatus', '确认时判定', 'Status when acknowledged'),
    col('action', '处置', 'Action'),
    col('ackBy', '确认人', 'Ack by'),
    col('ackNote', '确认说明', 'Ack note'),
    col('until', '确认/静默至', 'Ack/silence until'),
  ],
};

export const STATUS: TableSpec = {
  name: 'Status',
  sheet: '状态 Status',
  owner: 'worker',
  columns: [
    col('id', '编号', 'ID', true),
    col('category', '类别', 'Category'),
    col('indicator', '指标名称', 'Indicator'),
    col('kind', '属性', 'Kind'),
    col('region', '地区', 'Region'),
    col('period', '期间', 'Period'),
    col('status', '状态', 'Status'),
    col('severity', '级别', 'Severity'),
    col('completion', '完成度(%)', 'Completion (%)'),
    col('elapsed', '序时进度(%)', 'Time elapsed (%)'),
    col('gap', '差距(百分点)', 'Gap (pp)'),
    col('expected', '序时目标', 'Expected'),
    col('actual', '实际值', 'Actual'),
    col('forecast', '预测值', 'Forecast'),
    col('target', '目标值', 'Target'),
    col('unit', '单位', 'Unit'),
    col('checkedAt', '检查日期', 'Checked at'),
    col('gaps', '缺报期间', 'Gaps'),
  ],
};

export const TABLES: readonly TableSpec[] = [
  INDICATORS,
  MILESTONES,
  ACTUALS,
  SETTINGS,
  RECIPIENTS,
  ALERTS,
  STATUS,
];

/** The header text `init` writes: `指标名称 Indicator`. */
export function bilingualHeader(c: ColumnSpec): string {
  return `${c.zh} ${c.en}`;
}
