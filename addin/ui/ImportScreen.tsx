/**
 * Import: read the selected range, show what the importer understood (columns, rows,
 * questions, notes), take the planner's answers, then write the rows.
 */
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState, type JSX } from 'react';
import { INDICATORS } from '../../shared/contract/tables.ts';
import type { TemplateRow } from '../../shared/contract/template.ts';
import { answerText, toConfirm } from '../../shared/import/plan-question.ts';
import type { PaneSession } from '../session/pane-session.ts';
import type { ImportPreview } from '../session/plan-import.ts';
import { ProblemList } from './ProblemList.tsx';
import { QuestionControl } from './QuestionControl.tsx';
import { Section } from './Section.tsx';
import { usePaneState, useText, type TextFns } from './use-pane.ts';
import { PLAIN_LIST } from './plain-list.ts';

/** Indicators columns shown under each row's name, in order. */
const DETAIL_KEYS = ['category', 'kind', 'aggregation', 'direction'] as const;

const useStyles = makeStyles({
  list: PLAIN_LIST,
  row: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  open: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export function ImportScreen({ session }: { session: PaneSession }): JSX.Element {
  const state = usePaneState(session);
  const text = useText(state.lang);
  const preview = state.importPreview;
  return (
    <>
      <Section title={text.tx('addin.tab.import')}>
        <Text size={200}>{text.tx('addin.import.intro')}</Text>
        <div>
          <Button
            appearance="primary"
            disabled={state.busy}
            onClick={() => void session.readSelection()}
          >
            {text.tx('addin.import.read')}
          </Button>
        </div>
      </Section>
      {preview && <Preview preview={preview} session={session} text={text} busy={state.busy} />}
    </>
  );
}

function Preview({
  preview,
  session,
  text,
  busy,
}: {
  preview: ImportPreview;
  session: PaneSession;
  text: TextFns;
  busy: boolean;
}): JSX.Element {
  // One value per open question, chosen in its control; reset when the preview changes.
  const [chosen, setChosen] = useState<{ preview: ImportPreview; values: string[] } | null>(null);
  const values = chosen?.preview === preview ? chosen.values : [];
  const setValues = (next: string[]): void => setChosen({ preview, values: next });
  if (preview.kind === 'failed') {
    return (
      <Section title={text.tx('addin.import.rows')}>
        <Text>{text.pick(preview.message)}</Text>
      </Section>
    );
  }
  // An evaluation table's progress figures, written into Actuals with the indicators.
  const actuals = preview.kind === 'plan' ? preview.plan.actuals : [];
  const write = (
    <div style={{ display: 'flex', gap: 8 }}>
      <Button
        appearance="primary"
        disabled={busy || preview.rows.length === 0}
        onClick={() => void session.writeImport()}
      >
        {actuals.length > 0
          ? text.tx('addin.import.write_plan', {
              count: preview.rows.length,
              actuals: actuals.length,
            })
          : text.tx('addin.import.write', { table: preview.table, count: preview.rows.length })}
      </Button>
      <Button onClick={() => session.clearImport()}>{text.tx('addin.import.cancel')}</Button>
    </div>
  );
  if (preview.kind === 'contract') {
    return (
      <Section
        title={text.tx('addin.import.contract_read', {
          table: preview.table,
          sheet: preview.sheet,
          count: preview.rows.length,
        })}
      >
        {preview.problems.length > 0 && (
          <>
            <Text weight="semibold">{text.tx('addin.import.problems')}</Text>
            <ProblemList problems={preview.problems} text={text} />
          </>
        )}
        {write}
      </Section>
    );
  }
  const { plan } = preview;
  return (
    <Section
      title={text.tx('addin.import.plan_read', {
        sheet: preview.sheet,
        count: preview.rows.length,
        questions: plan.questions.length,
      })}
    >
      <Text size={200}>
        {text.tx('addin.import.columns')}：{plan.header.columns.map((c) => c.label).join(' | ')}
        {plan.baselineYear !== null &&
          plan.targetYear !== null &&
          ` · ${text.tx('addin.import.years', { baseline: plan.baselineYear, target: plan.targetYear })}`}
      </Text>
      <Text weight="semibold">{text.tx('addin.import.rows')}</Text>
      <RowList rows={preview.rows} text={text} />
      {actuals.length > 0 && (
        <Text size={200} data-testid="import-actuals">
          {text.tx('addin.import.actuals', {
            column: plan.header.columns.find((c) => c.role === 'progress')?.label ?? '',
            count: actuals.length,
            period: String(actuals[0]?.period ?? ''),
          })}
        </Text>
      )}
      {plan.notImported.length > 0 && (
        <Text size={200} data-testid="import-not-imported">
          {text.tx('import.plan.not_imported', { columns: plan.notImported.join('、') })}
        </Text>
      )}
      <Text weight="semibold">{text.tx('addin.import.questions')}</Text>
      {plan.questions.length === 0 ? (
        <Text>{text.tx('addin.import.no_questions')}</Text>
      ) : (
        <div
          data-testid="import-questions"
          style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
        >
          {plan.questions.map((q, i) => (
            <QuestionControl
              key={`${q.key}.${q.column}.${q.text}`}
              question={q}
              index={i}
              value={values[i] ?? ''}
              onChange={(v) => {
                const next = [...values];
                next[i] = v;
                setValues(next);
              }}
              text={text}
            />
          ))}
        </div>
      )}
      {plan.notices.length > 0 && (
        <>
          <Text weight="semibold">{text.tx('addin.import.notices')}</Text>
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {plan.notices.map((n, i) => (
              <li key={i}>{text.pick(n.message)}</li>
            ))}
          </ul>
        </>
      )}
      {plan.questions.length > 0 && (
        <>
          <div>
            <Button
              disabled={busy || !values.some((v) => v.trim() !== '')}
              onClick={() => {
                const chosen = plan.questions.flatMap((q, i) => {
                  const v = (values[i] ?? '').trim();
                  return v === '' ? [] : [answerText(q, v)];
                });
                void session.answer([...preview.answers, ...chosen]);
              }}
            >
              {text.tx('addin.import.apply')}
            </Button>
          </div>
          <Text size={200}>
            {text.tx('addin.import.unanswered', { count: plan.questions.length })}
          </Text>
        </>
      )}
      {write}
    </Section>
  );
}

function shown(row: TemplateRow, key: string): string {
  const v = row[key];
  return v === null || v === undefined ? '' : String(v);
}

/** The rows to be written, one card each: id and name, then the columns a planner checks; open cells stand out. */
function RowList({ rows, text }: { rows: readonly TemplateRow[]; text: TextFns }): JSX.Element {
  const styles = useStyles();
  const open = toConfirm();
  const label = (key: string): string => {
    const c = INDICATORS.columns.find((x) => x.key === key);
    return c === undefined ? key : text.lang === 'zh' ? c.zh : c.en;
  };
  const value = (row: TemplateRow, key: string): JSX.Element => {
    const v = shown(row, key);
    return <span className={v === open ? styles.open : undefined}>{v === '' ? '—' : v}</span>;
  };
  return (
    <ul className={styles.list} data-testid="import-rows">
      {rows.map((row, i) => (
        <li key={i} className={styles.row}>
          <Text weight="semibold">
            {shown(row, 'id')} {shown(row, 'name')}
            {shown(row, 'unit') !== '' && ` (${shown(row, 'unit')})`}
          </Text>
          <Text size={200}>
            {label('baseline')} {value(row, 'baseline')} → {label('target')} {value(row, 'target')}
          </Text>
          <Text size={200}>
            {DETAIL_KEYS.map((k, j) => (
              <span key={k}>
                {j > 0 && ' · '}
                {label(k)} {value(row, k)}
              </span>
            ))}
          </Text>
        </li>
      ))}
    </ul>
  );
}
