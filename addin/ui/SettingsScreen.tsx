/**
 * Settings: the plan's own settings (reminders and the due-period calendar among them) and
 * the recipients of digests and reminders with their channels (the workbook's Settings and
 * Recipients tables), and this user's worker URL and token for "Check now".
 */
import { Button, Field, Input, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState, type JSX } from 'react';
import { DROPDOWNS } from '../../shared/contract/dropdowns.ts';
import type { Grid } from '../../shared/contract/grid.ts';
import { RECIPIENTS } from '../../shared/contract/tables.ts';
import { parseChannelText } from '../../shared/parse/channel-text.ts';
import type { TemplateRow } from '../../shared/contract/template.ts';
import type { MessageKey } from '../../shared/i18n/messages.ts';
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
  wide: { gridColumn: '1 / -1' },
  channel: {
    display: 'grid',
    gridTemplateColumns: '1fr 1fr',
    gap: tokens.spacingHorizontalS,
    alignItems: 'start',
  },
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
      {EDITABLE_SETTINGS.map((key) => {
        const choices = SETTING_CHOICES[key];
        const hintKey = SETTING_HINTS[key];
        const hint = hintKey === undefined ? undefined : text.tx(hintKey);
        return (
          <Field key={key} label={text.tx(`addin.settings.field.${key}`)} hint={hint}>
            {choices ? (
              <Select
                value={values[key] || choices[0]?.value}
                onChange={(_, d) => setValues({ ...values, [key]: d.value })}
                data-setting={key}
              >
                {choices.map((c) => (
                  <option key={c.value} value={c.value}>
                    {text.tx(c.label)}
                  </option>
                ))}
              </Select>
            ) : (
              <Input
                type={key.startsWith('remind.') ? 'number' : 'text'}
                min={0}
                value={values[key] ?? ''}
                onChange={(_, d) => setValues({ ...values, [key]: d.value })}
                data-setting={key}
              />
            )}
          </Field>
        );
      })}
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

/** Settings with fixed values get a dropdown, the default first; the values are the reader's own. */
const SETTING_CHOICES: Partial<Record<EditableSetting, { value: string; label: MessageKey }[]>> = {
  'digest.mode': [
    { value: 'always', label: 'addin.settings.digest.always' },
    { value: 'on-change', label: 'addin.settings.digest.on_change' },
  ],
  'due.calendar': [
    { value: 'natural', label: 'addin.settings.due.natural' },
    { value: 'workdays', label: 'addin.settings.due.workdays' },
  ],
};

/** Settings whose field explains itself under the control. */
const SETTING_HINTS: Partial<Record<EditableSetting, MessageKey>> = {
  'due.calendar': 'addin.settings.hint.due.calendar',
  'remind.beforeDays': 'addin.settings.hint.remind.beforeDays',
  'remind.repeatDays': 'addin.settings.hint.remind.repeatDays',
};

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
            if (c.key === 'channel')
              return (
                <ChannelField
                  key={c.key}
                  label={label}
                  value={value}
                  text={text}
                  onChange={(v) => set(i, c.key, v)}
                />
              );
            return (
              <Field
                key={c.key}
                label={label}
                size="small"
                hint={c.key === 'mobile' ? text.tx('addin.settings.mobile_hint') : undefined}
              >
                {options ? (
                  <Select
                    size="small"
                    value={value}
                    onChange={(_, d) => set(i, c.key, d.value)}
                    data-field={c.key}
                  >
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

/** The channel kinds a recipient may use; a robot also needs its name in the worker's config. */
const CHANNEL_KINDS = ['email', 'dingtalk', 'wecom'] as const;
type ChannelKind = (typeof CHANNEL_KINDS)[number];

/**
 * The kind and robot name of a channel as the reader reads it (`钉钉:food` too), or as this
 * control writes it while the name is still being typed (`dingtalk:`); null otherwise.
 */
function channelParts(value: string): { kind: ChannelKind; robot: string } | null {
  const parsed = parseChannelText(value);
  const [kind = '', ...robot] = (parsed.ok ? parsed.channel : value).split(':');
  const known = CHANNEL_KINDS.find((k) => k === kind);
  if (known === undefined) return null;
  return known === 'email' || robot.length > 0 ? { kind: known, robot: robot.join(':') } : null;
}

/**
 * A recipient's channel: email, or a DingTalk or WeCom group robot named in the worker's
 * configuration file. Text the reader cannot read stays editable as typed, so the planner
 * sees it and the reader's message on saving says what is wrong.
 */
function ChannelField({
  label,
  value,
  text,
  onChange,
}: {
  label: string;
  value: string;
  text: TextFns;
  onChange: (value: string) => void;
}): JSX.Element {
  const styles = useStyles();
  const parts = channelParts(value);
  if (parts === null)
    return (
      <Field label={label} size="small" className={styles.wide}>
        <Input
          size="small"
          value={value}
          onChange={(_, d) => onChange(d.value)}
          data-field="channel"
        />
      </Field>
    );
  return (
    <div className={`${styles.wide} ${styles.channel}`}>
      <Field label={label} size="small">
        <Select
          size="small"
          value={parts.kind}
          onChange={(_, d) => onChange(d.value === 'email' ? 'email' : `${d.value}:${parts.robot}`)}
          data-field="channel-kind"
        >
          {CHANNEL_KINDS.map((k) => (
            <option key={k} value={k}>
              {text.tx(`addin.settings.channel.${k}`)}
            </option>
          ))}
        </Select>
      </Field>
      {parts.kind !== 'email' && (
        <Field
          label={text.tx('addin.settings.channel.robot')}
          size="small"
          hint={text.tx('addin.settings.channel.robot_hint', { kind: parts.kind })}
        >
          <Input
            size="small"
            value={parts.robot}
            onChange={(_, d) => onChange(`${parts.kind}:${d.value.trim()}`)}
            data-field="channel-robot"
          />
        </Field>
      )}
    </div>
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
