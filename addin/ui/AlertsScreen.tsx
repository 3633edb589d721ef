/**
 * Alerts: what this check found (the Alerts table's rows and new ones), worst first; each
 * open alert can be acknowledged with a note and an expiry, or silenced until a date.
 */
import { Badge, Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState, type JSX } from 'react';
import type { PlannerAction } from '../../shared/alerts/planner-entry.ts';
import type { Alert } from '../../shared/model/alert.ts';
import type { Finding } from '../../shared/model/finding.ts';
import { severityRank } from '../../shared/model/status.ts';
import type { PaneSession } from '../session/pane-session.ts';
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
});

const STATE_ORDER = ['firing', 'acknowledged', 'silenced', 'resolved'];

export function AlertsScreen({ session }: { session: PaneSession }): JSX.Element {
  const state = usePaneState(session);
  const text = useText(state.lang);
  const styles = useStyles();
  const check = state.check;
  if (!check) return <Text>{text.tx('addin.no_plan')}</Text>;
  const inTable = new Set(check.model.previousAlerts.map((a) => a.alertId));
  const alerts = [...check.outcome.alerts].sort(
    (a, b) =>
      STATE_ORDER.indexOf(a.state) - STATE_ORDER.indexOf(b.state) ||
      severityRank(b.severity) - severityRank(a.severity),
  );
  const open = alerts.filter((a) => a.state !== 'resolved');
  const resolved = alerts.length - open.length;
  return (
    <Section title={text.tx('addin.tab.alerts')}>
      <Text size={200}>{text.tx('addin.alerts.intro')}</Text>
      {open.length === 0 && <Text>{text.tx('addin.alerts.none')}</Text>}
      <ul className={styles.list} data-testid="alerts">
        {open.map((a) => (
          <li key={a.alertId}>
            <AlertCard
              alert={a}
              finding={findingOf(check.outcome.evaluation.findings, a)}
              isNew={!inTable.has(a.alertId)}
              session={session}
              text={text}
            />
          </li>
        ))}
      </ul>
      {resolved > 0 && (
        <Text size={200}>{text.tx('addin.alerts.resolved', { count: resolved })}</Text>
      )}
    </Section>
  );
}

function findingOf(findings: readonly Finding[], a: Alert): Finding | undefined {
  return findings.find((f) => f.id === a.id && f.region === a.region && f.rule === a.rule);
}

const SEVERITY_COLOUR = { critical: 'danger', warning: 'warning', info: 'informative' } as const;

function AlertCard({
  alert,
  finding,
  isNew,
  session,
  text,
}: {
  alert: Alert;
  finding: Finding | undefined;
  isNew: boolean;
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
    void session.handleAlert(alert.alertId, { action, by, note, until });
  const p = alert.planner;
  return (
    <div
      className={styles.card}
      data-alert={alert.alertId}
      data-indicator={alert.id}
      data-state={alert.state}
    >
      <div className={styles.head}>
        <Badge color={SEVERITY_COLOUR[alert.severity]}>
          {text.tx(`severity.${alert.severity}`)}
        </Badge>
        <Badge appearance="outline">{text.tx(`state.${alert.state}`)}</Badge>
        <Badge appearance="tint" color="subtle">
          {text.tx(`rule.${alert.rule}`)}
        </Badge>
        <Text weight="semibold">
          {alert.indicator} · {alert.region}
        </Text>
      </div>
      <Text size={200}>{finding ? text.pick(finding.message) : alert.message}</Text>
      {isNew && (
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
      {open ? (
        <div className={styles.fields}>
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
