/**
 * Alerts: what this check found (the Alerts table's rows and new ones), one entry per
 * indicator × region with its rules worst first and its figures once; an entry is
 * acknowledged with a note and an expiry, or silenced until a date, for all its rules.
 */
import { Badge, Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useMemo, useState, type JSX } from 'react';
import type { PlannerAction } from '../../shared/alerts/planner-entry.ts';
import { alertEntries, type AlertEntry, type EntryRule } from '../session/alert-entries.ts';
import type { PaneSession } from '../session/pane-session.ts';
import { figure } from './status-view.ts';
import { Section } from './Section.tsx';
import { usePaneState, useText, type TextFns } from './use-pane.ts';
import { PLAIN_LIST } from './plain-list.ts';

const useStyles = makeStyles({
  list: { ...PLAIN_LIST, gap: tokens.spacingVerticalS },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  head: {
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    flexWrap: 'wrap',
    alignItems: 'center',
  },
  form: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  rules: { ...PLAIN_LIST, gap: tokens.spacingVerticalXS },
  rule: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `2px solid ${tokens.colorNeutralStroke2}`,
  },
});

export function AlertsScreen({ session }: { session: PaneSession }): JSX.Element {
  const state = usePaneState(session);
  const text = useText(state.lang);
  const styles = useStyles();
  const check = state.check;
  const entries = useMemo(() => (check ? alertEntries(check) : null), [check]);
  if (!check || !entries) return <Text>{text.tx('addin.no_plan')}</Text>;
  const unitOf = (id: string): string =>
    check.model.indicators.find((i) => i.id === id)?.unit ?? '';
  return (
    <Section title={text.tx('addin.tab.alerts')}>
      <Text size={200}>{text.tx('addin.alerts.intro')}</Text>
      {entries.open.length === 0 && <Text>{text.tx('addin.alerts.none')}</Text>}
      <ul className={styles.list} data-testid="alerts">
        {entries.open.map((e) => (
          <li key={e.key}>
            <EntryCard entry={e} unit={unitOf(e.group.id)} session={session} text={text} />
          </li>
        ))}
      </ul>
      {entries.resolved > 0 && (
        <Text size={200}>{text.tx('addin.alerts.resolved', { count: entries.resolved })}</Text>
      )}
    </Section>
  );
}

const SEVERITY_COLOUR = { critical: 'danger', warning: 'warning', info: 'informative' } as const;

/** One indicator × region: its rules worst first, its figures once, one form for all its rules. */
function EntryCard({
  entry,
  unit,
  session,
  text,
}: {
  entry: AlertEntry;
  unit: string;
  session: PaneSession;
  text: TextFns;
}): JSX.Element {
  const styles = useStyles();
  const state = usePaneState(session);
  const [by, setBy] = useState(state.plannerName);
  const [note, setNote] = useState('');
  const [until, setUntil] = useState('');
  const [open, setOpen] = useState(false);
  const submit = (action: PlannerAction): void =>
    void session.handleEntry(entry.key, { action, by, note, until });
  const { figures } = entry.group;
  const worst = entry.rules[0]?.alert ?? figures;
  return (
    <div
      className={styles.card}
      data-entry={entry.key}
      data-indicator={entry.group.id}
      data-region={entry.group.region}
    >
      <div className={styles.head}>
        <Badge color={SEVERITY_COLOUR[worst.severity]}>
          {text.tx(`severity.${worst.severity}`)}
        </Badge>
        <Text weight="semibold">
          {figures.indicator} · {figures.region}
        </Text>
      </div>
      <Text weight="semibold" data-testid="entry-statuses">
        {entry.rules.map((r) => text.tx(`status.${r.alert.status}`)).join(' · ')}
      </Text>
      <Text size={200} data-testid="entry-figures">
        {[
          figures.period === '' ? null : text.tx('addin.status.period', { period: figures.period }),
          `${text.tx('addin.status.actual')} ${figure(figures.actual)}`,
          `${text.tx('addin.status.expected')} ${figure(figures.expected)}`,
          `${text.tx('addin.status.target')} ${figure(figures.target)} ${unit}`.trim(),
        ]
          .filter((s) => s !== null)
          .join(' · ')}
      </Text>
      <ul className={styles.rules}>
        {entry.rules.map((r) => (
          <li key={r.alert.alertId}>
            <RuleLine rule={r} text={text} />
          </li>
        ))}
      </ul>
      {open ? (
        <div className={styles.fields}>
          {entry.rules.length > 1 && (
            <Text size={200}>
              {text.tx('addin.alerts.handle_all', { count: entry.rules.length })}
            </Text>
          )}
          <div className={styles.form}>
            <Field label={text.tx('addin.alerts.by')} size="small">
              <Input size="small" value={by} onChange={(_, d) => setBy(d.value)} />
            </Field>
            <Field label={text.tx('addin.alerts.until')} size="small">
              <Input
                size="small"
                type="date"
                value={until}
                onChange={(_, d) => setUntil(d.value)}
              />
            </Field>
          </div>
          <Field label={text.tx('addin.alerts.note')} size="small">
            <Input size="small" value={note} onChange={(_, d) => setNote(d.value)} />
          </Field>
          <div className={styles.actions}>
            <Button
              size="small"
              appearance="primary"
              disabled={state.busy}
              onClick={() => submit('acknowledge')}
            >
              {text.tx('addin.alerts.acknowledge')}
            </Button>
            <Button size="small" disabled={state.busy} onClick={() => submit('silence')}>
              {text.tx('addin.alerts.silence')}
            </Button>
          </div>
        </div>
      ) : (
        <div>
          <Button size="small" appearance="secondary" onClick={() => setOpen(true)}>
            {text.tx('addin.alerts.handle')}
          </Button>
        </div>
      )}
    </div>
  );
}

/** One rule of an entry: its state, its sentence, and what a planner typed for its row. */
function RuleLine({ rule, text }: { rule: EntryRule; text: TextFns }): JSX.Element {
  const styles = useStyles();
  const { alert } = rule;
  const p = alert.planner;
  return (
    <div
      className={styles.rule}
      data-alert={alert.alertId}
      data-rule={alert.rule}
      data-state={alert.state}
    >
      <div className={styles.head}>
        <Badge appearance="outline">{text.tx(`state.${alert.state}`)}</Badge>
        <Badge appearance="tint" color="subtle">
          {text.tx(`rule.${alert.rule}`)}
        </Badge>
      </div>
      <Text size={200}>
        {typeof rule.message === 'string' ? rule.message : text.pick(rule.message)}
      </Text>
      {rule.isNew && (
        <Text size={200} italic>
          {text.tx('addin.alerts.new')}
        </Text>
      )}
      {(p.action !== '' || p.ackBy !== '') && (
        <Text size={200} data-testid="planner-entry">
          {text.tx('addin.alerts.handled', {
            action: p.action,
            by: p.ackBy,
            until: p.until === '' ? '' : text.tx('addin.alerts.until_text', { date: p.until }),
            note: p.ackNote === '' ? '' : ` — ${p.ackNote}`,
          })}
        </Text>
      )}
    </div>
  );
}
