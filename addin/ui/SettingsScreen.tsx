/**
 * Settings: the plan's own settings and the digest recipients (the workbook's Settings and
 * Recipients tables), and this user's worker URL and token for "Check now".
 */
import { Button, Field, Input, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState, type JSX } from 'react';
import { DROPDOWNS } from '../../shared/contract/dropdowns.ts';
import type { Grid } from '../../shared/contract/grid.ts';
import { RECIPIENTS } from '../../shared/contract/tables.ts';
import type { TemplateRow } from '../../shared/contract/template.ts';
import type { PaneSession } from '../session/pane-session.ts';
import {
  EDITABLE_SETTINGS,
  recipientRows,
  settingRows,
  type EditableSetting,
} from '../session/settings-edit.ts';
import { Section } from './Section.tsx';
import { usePaneState, useText, type TextFns } from './use-pane.ts';

const useStyles = makeStyles({
  recipient: {
    display: 'grid',
    gridTemplateColumns: '1fr 1fr',
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export function SettingsScreen({ session }: { session: PaneSession }): JSX.Element {
  const state = usePaneState(session);
  const text = useText(state.lang);
  if (!state.check) return <Text>{text.tx('addin.no_plan')}</Text>;
  return (
    <>
      <PlanSettings session={session} text={text} />
      <Recipients session={session} text={text} />
      <Worker session={session} text={text} />
    </>
  );
}

function PlanSettings({ session, text }: { session: PaneSession; text: TextFns }): JSX.Element {
  const state = usePaneState(session);
  const grid = state.check?.grids.Settings;
  const inWorkbook = useMemo(() => planValues(grid), [grid]);
  const [values, setValues] = useState(inWorkbook);
  useWorkbookValues(inWorkbook, setValues);
  return (
    <Section title={text.tx('addin.settings.plan')}>
      {EDITABLE_SETTINGS.map((key) =>
        key === 'digest.mode' ? (
          <Field key={key} label={text.tx('addin.settings.field.digest.mode')}>
            <Select
              value={values[key] || 'always'}
              onChange={(_, d) => setValues({ ...values, [key]: d.value })}
            >
              <option value="always">{text.tx('addin.settings.digest.always')}</option>
              <option value="on-change">{text.tx('addin.settings.digest.on_change')}</option>
            </Select>
          </Field>
        ) : (
          <Field key={key} label={text.tx(`addin.settings.field.${key}`)}>
            <Input
              value={values[key] ?? ''}
              onChange={(_, d) => setValues({ ...values, [key]: d.value })}
              data-setting={key}
            />
          </Field>
        ),
      )}
      <div>
        <Button
          appearance="primary"
          disabled={state.busy}
          onClick={() => void session.saveSettings(values)}
        >
          {text.tx('addin.settings.save')}
        </Button>
      </div>
    </Section>
  );
}

/** The editable settings as the Settings table holds them ('' where a key has no row). */
function planValues(grid: Grid | undefined): Partial<Record<EditableSetting, string>> {
  const rows = settingRows(grid);
  return Object.fromEntries(
    EDITABLE_SETTINGS.map((key) => [key, rows.find((r) => r.key === key)?.value ?? '']),
  );
}

function Recipients({ session, text }: { session: PaneSession; text: TextFns }): JSX.Element {
  const state = usePaneState(session);
  const styles = useStyles();
  const grid = state.check?.grids.Recipients;
  const inWorkbook = useMemo(() => recipientRows(grid), [grid]);
  const [rows, setRows] = useState<TemplateRow[]>(inWorkbook);
  useWorkbookValues(inWorkbook, setRows);
  const set = (i: number, key: string, value: string): void =>
    setRows(rows.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
  const choices = DROPDOWNS.Recipients ?? {};
  return (
    <Section title={text.tx('addin.settings.recipients')}>
      {rows.map((row, i) => (
        <div key={i} className={styles.recipient} data-recipient={i}>
          {RECIPIENTS.columns.map((c) => {
            const label = text.lang === 'zh' ? c.zh : c.en;
            const value = row[c.key] === null || row[c.key] === undefined ? '' : String(row[c.key]);
            const options = choices[c.key];
            return (
              <Field key={c.key} label={label} size="small">
                {options ? (
                  <Select size="small" value={value} onChange={(_, d) => set(i, c.key, d.value)}>
                    <option value="" />
                    {options.map((o) => (
                      <option key={o}>{o}</option>
                    ))}
                  </Select>
                ) : (
                  <Input
                    size="small"
                    value={value}
                    onChange={(_, d) => set(i, c.key, d.value)}
                    data-field={c.key}
                  />
                )}
              </Field>
            );
          })}
          <div>
            <Button
              size="small"
              appearance="subtle"
              onClick={() => setRows(rows.filter((_, j) => j !== i))}
            >
              {text.tx('addin.settings.remove')}
            </Button>
          </div>
        </div>
      ))}
      <div className={styles.actions}>
        <Button onClick={() => setRows([...rows, {}])}>
          {text.tx('addin.settings.add_recipient')}
        </Button>
        <Button
          appearance="primary"
          disabled={state.busy}
          onClick={() => void session.saveRecipients(rows)}
        >
          {text.tx('addin.settings.save_recipients')}
        </Button>
      </div>
    </Section>
  );
}

function Worker({ session, text }: { session: PaneSession; text: TextFns }): JSX.Element {
  const state = usePaneState(session);
  const [url, setUrl] = useState(state.worker.url);
  const [token, setToken] = useState(state.worker.token);
  const configured = state.worker.url !== '' && state.worker.token !== '';
  return (
    <Section title={text.tx('addin.settings.worker')}>
      <Text size={200}>
        {configured
          ? text.tx('addin.check.remote', { url: state.worker.url })
          : text.tx('addin.check.local')}
      </Text>
      {session.servedBy === null ? (
        <Field label={text.tx('addin.settings.worker_url')}>
          <Input
            value={url}
            placeholder="https://kpi.example.gov.cn:8787"
            onChange={(_, d) => setUrl(d.value)}
            data-field="worker-url"
          />
        </Field>
      ) : (
        <Text size={200} data-field="worker-served">
          {text.tx('addin.settings.worker_served', { url: session.servedBy })}
        </Text>
      )}
      <Field
        label={text.tx('addin.settings.worker_token')}
        hint={text.tx('addin.settings.worker_hint')}
      >
        <Input
          type="password"
          value={token}
          onChange={(_, d) => setToken(d.value)}
          data-field="worker-token"
        />
      </Field>
      <div>
        <Button onClick={() => session.saveWorker({ url, token })}>
          {text.tx('addin.settings.worker_save')}
        </Button>
      </div>
    </Section>
  );
}

/**
 * Puts the workbook's values into a form when they change in the workbook — not merely
 * when the tables were read again (the live check re-reads on every change anywhere), so
 * what the planner is typing survives a re-read.
 */
function useWorkbookValues<T>(inWorkbook: T, set: (v: T) => void): void {
  const text = JSON.stringify(inWorkbook);
  const last = useRef(text);
  useEffect(() => {
    if (text === last.current) return;
    last.current = text;
    set(inWorkbook);
  }, [text, inWorkbook, set]);
}
