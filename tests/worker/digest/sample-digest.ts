import type {
  DigestContent,
  DigestItem,
  DigestRule,
  DigestStatusCount,
} from '../../../shared/model/digest.ts';

/**
 * A digest entry with plausible defaults and one rule; tests override what they look at
 * (the rule's fields — alertId, rule, state, message — go into its one rule).
 */
export function digestItem(overrides: Partial<DigestItem> & Partial<DigestRule>): DigestItem {
  const { alertId = 'a-0', rule = 'pace', state = 'firing', message = '', ...item } = overrides;
  const status = item.status ?? 'behind';
  const severity = item.severity ?? 'warning';
  return {
    id: 'X0',
    indicator: '指标',
    category: '市场安全',
    kind: 'expected',
    region: '湖州市',
    period: '2024',
    status,
    severity,
    rules: [{ alertId, rule, status, severity, state, message }],
    actual: null,
    expected: null,
    target: null,
    unit: '',
    ageDays: 0,
    ...item,
  };
}

/** A hostile indicator name: a digest must show it, never run it. */
export const SCRIPT_NAME = '<script>alert("x")</script>&Co\'s 指标';

/**
 * A hand-built digest for a recipient reading both languages: three categories, binding and expected
 * items, every section, a `<script>` in a name and one workbook that could not be checked.
 */
export function sampleDigest(): DigestContent {
  const statusByCategory: DigestStatusCount[] = [
    { label: '营商环境', counts: { behind: 1, forecast_miss: 1, on_track: 4 } },
    { label: '市场安全', counts: { breached: 1, near_limit: 1, on_track: 2 } },
    { label: '科技支撑', counts: { at_risk: 1, behind: 1, achieved: 1 } },
  ];
  const counts = { critical: 2, warning: 3, info: 1 };
  return {
    date: '2025-11-22',
    recipient: { name: '张三', email: 'Zhang.San@example.gov.cn', language: 'zh-CN+en' },
    counts,
    subject: '【指标预警】湖州市场监管十四五 2025-11-22：红2 黄3',
    plans: [
      {
        planName: '湖州市场监管"十四五"规划',
        date: '2025-11-22',
        workbook: 'plans/湖州十四五.xlsx',
        counts,
        statusByCategory,
        unchanged: false,
        sections: [
          {
            key: 'new',
            count: 3,
            groups: [
              {
                category: '市场安全',
                items: [
                  digestItem({
                    alertId: 'a-1',
                    id: 'S1',
                    indicator: '万台特种设备事故率',
                    kind: 'binding',
                    rule: 'line',
                    status: 'breached',
                    severity: 'critical',
                    actual: 0.41,
                    target: 0.36,
                    unit: '次/万台',
                    message: '0.41 越过底线 低于0.36',
                  }),
                  digestItem({
                    alertId: 'a-2',
                    id: 'S2',
                    indicator: '食品评价性抽检合格率',
                    kind: 'expected',
                    rule: 'line',
                    status: 'near_limit',
                    actual: 98.6,
                    target: 98.5,
                    unit: '%',
                  }),
                ],
              },
              {
                category: '营商环境',
                items: [
                  digestItem({
                    alertId: 'a-3',
                    id: 'B1',
                    indicator: SCRIPT_NAME,
                    category: '营商环境',
                    status: 'behind',
                    actual: 20755,
                    expected: 21000,
                    target: 25000,
                    unit: '家',
                  }),
                ],
              },
            ],
          },
          {
            key: 'firing',
            count: 2,
            groups: [
              {
                category: '科技支撑',
                items: [
                  digestItem({
                    alertId: 'a-4',
                    id: 'T1',
                    indicator: '每万人高价值发明专利拥有量',
                    category: '科技支撑',
                    kind: 'binding',
                    status: 'at_risk',
                    severity: 'critical',
                    actual: 9.1,
                    expected: 12.4,
                    target: 15,
                    unit: '件',
                    ageDays: 42,
                  }),
                  digestItem({
                    alertId: 'a-5',
                    id: 'T2',
                    indicator: '省级以上标准化试点项目',
                    category: '科技支撑',
                    status: 'behind',
                    actual: 6,
                    expected: 7,
                    target: 10,
                    unit: '个',
                    ageDays: 9,
                  }),
                ],
              },
            ],
          },
          {
            key: 'resolved',
            count: 1,
            groups: [
              {
                category: '质量提升',
                items: [
                  digestItem({
                    alertId: 'a-6',
                    id: 'Q1',
                    indicator: '制造业产品质量合格率',
                    category: '质量提升',
                    status: 'on_track',
                    severity: 'info',
                    state: 'resolved',
                    actual: 95.2,
                    target: 95,
                    unit: '%',
                  }),
                ],
              },
            ],
          },
          {
            key: 'missing',
            count: 1,
            groups: [
              {
                category: '质量提升',
                items: [
                  digestItem({
                    alertId: 'a-7',
                    id: 'Q2',
                    indicator: '公众食品药品安全满意度',
                    category: '质量提升',
                    rule: 'missing',
                    status: 'no_data',
                    region: '吴兴区',
                    period: '2025-Q3',
                    target: 90,
                    unit: '分',
                  }),
                ],
              },
            ],
          },
          {
            key: 'forecast',
            count: 1,
            groups: [
              {
                category: '营商环境',
                items: [
                  digestItem({
                    alertId: 'a-8',
                    id: 'B2',
                    indicator: '在册市场主体总量',
                    category: '营商环境',
                    kind: 'binding',
                    rule: 'forecast',
                    status: 'forecast_miss',
                    severity: 'critical',
                    actual: 35.2,
                    target: 40,
                    unit: '万户',
                  }),
                ],
              },
            ],
          },
        ],
      },
    ],
    summarised: [],
    quiet: [],
    chart: { by: 'category', bars: statusByCategory },
    unchanged: false,
    failures: [
      {
        workbook: 'plans/嘉兴<旧版>.xlsx',
        message: '找不到 Indicators 表 / no Indicators table & no data',
      },
    ],
  };
}
