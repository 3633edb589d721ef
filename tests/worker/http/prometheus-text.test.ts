import { describe, expect, it } from 'vitest';
import { prometheusText } from '../../../worker/http/prometheus-text.ts';

describe('prometheusText', () => {
  it('writes HELP and TYPE lines and one line per sample, labels in braces', () => {
    const text = prometheusText([
      {
        name: 'kpi_sentinel_runs_started_total',
        help: 'Runs started.',
        type: 'counter',
        samples: [{ value: 3 }],
      },
      {
        name: 'kpi_sentinel_alerts_firing',
        help: 'Alerts.',
        type: 'gauge',
        samples: [
          { labels: { severity: 'critical' }, value: 2 },
          { labels: { severity: 'warning' }, value: 0 },
        ],
      },
    ]);
    expect(text).toBe(
      [
        '# HELP kpi_sentinel_runs_started_total Runs started.',
        '# TYPE kpi_sentinel_runs_started_total counter',
        'kpi_sentinel_runs_started_total 3',
        '# HELP kpi_sentinel_alerts_firing Alerts.',
        '# TYPE kpi_sentinel_alerts_firing gauge',
        'kpi_sentinel_alerts_firing{severity="critical"} 2',
        'kpi_sentinel_alerts_firing{severity="warning"} 0',
        '',
      ].join('\n'),
    );
  });

  it('escapes quotes, backslashes and newlines in label values and writes special numbers the Prometheus way', () => {
    const text = prometheusText([
      {
        name: 'm',
        help: 'two\nlines',
        type: 'gauge',
        samples: [{ labels: { q: 'a "b" \\ c\nd' }, value: Infinity }, { value: NaN }],
      },
    ]);
    expect(text).toContain('# HELP m two\\nlines');
    expect(text).toContain('m{q="a \\"b\\" \\\\ c\\nd"} +Inf');
    expect(text).toContain('m NaN');
  });
});
