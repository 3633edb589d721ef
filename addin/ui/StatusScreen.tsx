/**
 * Live status: every indicator × region the engine evaluated, coloured like the workbook's
 * Status sheet, with completion against time elapsed (序时进度), expected against actual,
 * the forecast, the reporting gaps and the figure each waits for with its due date; filters
 * by category, kind and status; the chart of the one selected.
 */
import { Button, Field, Input, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useMemo, useState, type JSX } from 'react';
import { TRAFFIC_LIGHTS, trafficLight } from '../../shared/contract/status-colours.ts';
import { indicatorTrend } from '../../shared/evaluate/indicator-trend.ts';
import type { StatusRow } from '../../shared/model/finding.ts';
import { STATUSES, type Status } from '../../shared/model/status.ts';
import { daysBetween } from '../../shared/parse/period.ts';
import type { PaneSession } from '../session/pane-session.ts';
import { Section } from './Section.tsx';
import {
  figure,
  filterChoices,
  filterStatuses,
  NO_FILTER,
  type StatusFilter,
} from './status-view.ts';
import { TrendChart } from './TrendChart.tsx';
import { usePaneState, useText, type TextFns } from './use-pane.ts';
import { PLAIN_LIST } from './plain-list.ts';

const useStyles = makeStyles({
  filters: {
    display: 'grid',
    gridTemplateColumns: 'repeat(3, minmax(0, 1fr))',
    gap: tokens.spacingHorizontalS,
  },
  dateRow: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  list: PLAIN_LIST,
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: 'pointer',
    width: '100%',
    textAlign: 'left',
    font: 'inherit',
  },
  selected: { border: `2px solid ${tokens.colorBrandStroke1}` },
  line: {
    display: 'flex',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    alignItems: 'baseline',
  },
  chip: {
    borderRadius: tokens.borderRadiusSmall,
    padding: '0 6px',
    whiteSpace: 'nowrap',
    fontSize: tokens.fontSizeBase200,
  },
  bar: {
    position: 'relative',
    height: '6px',
    borderRadius: '3px',
    backgroundColor: tokens.colorNeutralBackground4,
  },
});

export function StatusScreen({ session }: { session: PaneSession }): JSX.Element {
  const state = usePaneState(session);
  const text = useText(state.lang);
  const styles = useStyles();
  const [filter, setFilter] = useState<StatusFilter>(NO_FILTER);
  const [picked, setPicked] = useState<{ id: string; region: string } | null>(null);
  const check = state.check;
  const rows = useMemo(() => check?.outcome.evaluation.statuses ?? [], [check]);
  const choices = useMemo(() => filterChoices(rows), [rows]);
  const shown = filterStatuses(rows, filter);
  const selected = rows.find((r) => r.id === picked?.id && r.region === picked.region) ?? null;
  const indicator = selected
    ? check?.model.indicators.find((i) => i.id === selected.id)
    : undefined;
  const trend =
    check && selected && indicator
      ? indicatorTrend({
          indicator,
          region: selected.region,
          milestones: check.model.milestones,
          actuals: check.model.actuals,
          settings: check.model.settings,
          asOf: check.asOf,
        })
      : null;
  if (!check) return <Text>{text.tx('addin.no_plan')}</Text>;
  return (
    <>
      <Section title={text.tx('addin.tab.status')}>
        <div className={styles.dateRow}>
          <Field label={text.tx('addin.status.as_of')}>
            <Input
              type="date"
              value={check.asOf}
              onChange={(_, d) => d.value !== '' && void session.setAsOf(d.value)}
              data-testid="as-of"
            />
          </Field>
          <Button
            size="small"
            disabled={state.asOf === null}
            onClick={() => void session.setAsOf(null)}
          >
            {text.tx('addin.status.today')}
          </Button>
          <Button
            size="small"
            disabled={state.busy}
            onClick={() => void session.exportEvaluation()}
            data-testid="export-evaluation"
          >
            {text.tx('addin.status.export')}
          </Button>
        </div>
        <div className={styles.filters}>
          <Field label={text.tx('addin.status.category')}>
            <Select
              value={filter.category ?? ''}
              onChange={(_, d) =>
                setFilter({ ...filter, category: d.value === '' ? null : d.value })
              }
            >
              <option value="">{text.tx('addin.status.all')}</option>
              {choices.categories.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </Select>
          </Field>
          <Field label={text.tx('addin.status.kind')}>
            <Select
              value={filter.kind ?? ''}
              onChange={(_, d) =>
                setFilter({
                  ...filter,
                  kind: d.value === 'binding' || d.value === 'expected' ? d.value : null,
                })
              }
            >
              <option value="">{text.tx('addin.status.all')}</option>
              <option value="binding">{text.tx('kind.binding')}</option>
              <option value="expected">{text.tx('kind.expected')}</option>
            </Select>
          </Field>
          <Field label={text.tx('addin.status.status')}>
            <Select
              value={filter.status ?? ''}
              onChange={(_, d) => setFilter({ ...filter, status: toStatus(d.value) })}
              data-testid="status-filter"
            >
              <option value="">{text.tx('addin.status.all')}</option>
              {choices.statuses.map((s) => (
                <option key={s} value={s}>
                  {text.tx(`status.${s}`)}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <Text size={200}>
          {text.tx('addin.status.count', { shown: shown.length, total: rows.length })}
        </Text>
      </Section>
      {selected && trend && (
        <Section
          title={text.tx('addin.chart.title', { name: selected.name, region: selected.region })}
        >
          <TrendChart trend={trend} text={text} />
        </Section>
      )}
      {shown.length === 0 ? (
        <Text>{text.tx('addin.status.empty')}</Text>
      ) : (
        <ul className={styles.list} data-testid="status-list">
          {shown.map((r) => (
            <li key={`${r.id}|${r.region}`}>
              <StatusItem
                row={r}
                asOf={check.asOf}
                text={text}
                selected={r === selected}
                onPick={() => setPicked({ id: r.id, region: r.region })}
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function toStatus(value: string): Status | null {
  return STATUSES.find((s) => s === value) ?? null;
}

function StatusItem({
  row,
  asOf,
  text,
  selected,
  onPick,
}: {
  row: StatusRow;
  asOf: string;
  text: TextFns;
  selected: boolean;
  onPick: () => void;
}): JSX.Element {
  const styles = useStyles();
  const light = trafficLight(row.status);
  const colours = light === null ? { fill: 'EDEBE9', font: '323130' } : TRAFFIC_LIGHTS[light];
  const pace = [
    row.completion === null
      ? null
      : text.tx('addin.status.completion', { value: figure(row.completion) }),
    row.elapsed === null ? null : text.tx('addin.status.elapsed', { value: figure(row.elapsed) }),
    row.gap === null ? null : text.tx('addin.status.gap', { value: figure(row.gap) }),
  ].filter((s) => s !== null);
  return (
    <button
      type="button"
      className={`${styles.item} ${selected ? styles.selected : ''}`}
      onClick={onPick}
      data-status={row.status}
      data-id={row.id}
      data-light={light ?? 'none'}
    >
      <span className={styles.line}>
        <Text weight="semibold">
          {row.name} <Text size={200}>{row.region}</Text>
        </Text>
        <span
          className={styles.chip}
          style={{ backgroundColor: `#${colours.fill}`, color: `#${colours.font}` }}
        >
          {text.tx(`status.${row.status}`)}
        </span>
      </span>
      {row.completion !== null && row.elapsed !== null && (
        <span className={styles.bar} aria-hidden>
          <span
            style={{
              position: 'absolute',
              left: 0,
              top: 0,
              bottom: 0,
              width: `${clamp(row.completion)}%`,
              borderRadius: 3,
              backgroundColor: `#${colours.font}`,
            }}
          />
          <span
            style={{
              position: 'absolute',
              left: `${clamp(row.elapsed)}%`,
              top: -2,
              bottom: -2,
              width: 2,
              backgroundColor: tokens.colorNeutralForeground1,
            }}
          />
        </span>
      )}
      {pace.length > 0 && <Text size={200}>{pace.join(' · ')}</Text>}
      <Text size={200}>
        {text.tx('addin.status.expected')} {figure(row.expected)} · {text.tx('addin.status.actual')}{' '}
        {figure(row.actual)} · {text.tx('addin.status.forecast')} {figure(row.forecast)} ·{' '}
        {text.tx('addin.status.target')} {figure(row.target)} {row.unit}
        {row.period !== '' && ` · ${text.tx('addin.status.period', { period: row.period })}`}
      </Text>
      {row.due !== null && (
        <Text size={200} data-testid="status-due" data-overdue={row.due.overdue}>
          {text.tx(row.due.overdue ? 'addin.status.overdue' : 'addin.status.due', {
            period: row.due.period,
            date: row.due.date,
            days: daysBetween(row.due.date, asOf),
          })}
          {row.due.estimated && text.tx('addin.status.due_estimated')}
        </Text>
      )}
      {row.gaps.length > 0 && (
        <Text size={200} data-testid="status-gaps">
          {text.tx('addin.status.gaps', {
            periodsZh: row.gaps.join('、'),
            periodsEn: row.gaps.join(', '),
          })}
        </Text>
      )}
    </button>
  );
}

function clamp(pct: number): number {
  return Math.max(0, Math.min(100, pct));
}
