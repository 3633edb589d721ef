/**
 * Validate: every problem the table readers found, each a link to its cell, problem cells
 * marked in the sheet; apart from them, the data-completeness notices (reporting gaps),
 * each a link to its indicator.
 */
import { Badge, Button, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useMemo, type JSX } from 'react';
import { gapNotices } from '../session/gap-notices.ts';
import type { PaneSession } from '../session/pane-session.ts';
import { PLAIN_LIST } from './plain-list.ts';
import { ProblemList } from './ProblemList.tsx';
import { Section } from './Section.tsx';
import { usePaneState, useText } from './use-pane.ts';

const useStyles = makeStyles({
  list: PLAIN_LIST,
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  badge: { flexShrink: 0, whiteSpace: 'nowrap', marginTop: '2px' },
});

export function ValidateScreen({ session }: { session: PaneSession }): JSX.Element {
  const state = usePaneState(session);
  const text = useText(state.lang);
  const styles = useStyles();
  const problems = state.check?.problems ?? [];
  const errors = problems.filter((p) => p.level === 'error').length;
  const check = state.check;
  const gaps = useMemo(() => (check ? gapNotices(check) : []), [check]);
  return (
    <>
      <Section title={text.tx('addin.tab.validate')}>
        <Text size={200}>{text.tx('addin.validate.intro')}</Text>
        <div>
          <Button
            appearance="primary"
            disabled={state.busy}
            onClick={() => void session.validate()}
          >
            {text.tx('addin.validate.run')}
          </Button>
        </div>
        {state.check &&
          (problems.length === 0 ? (
            <Text weight="semibold" data-testid="validate-clean">
              {text.tx('addin.validate.clean')}
            </Text>
          ) : (
            <>
              <Text weight="semibold">
                {text.tx('addin.validate.summary', { errors, warnings: problems.length - errors })}
              </Text>
              <ProblemList
                problems={problems}
                text={text}
                onSelect={(p) => void session.showProblem(p)}
              />
            </>
          ))}
      </Section>
      {gaps.length > 0 && (
        <Section title={text.tx('addin.validate.completeness')}>
          <Text size={200}>{text.tx('addin.validate.completeness_intro')}</Text>
          <ul className={styles.list} data-testid="gap-notices">
            {gaps.map((g) => {
              const body = <Text>{text.pick(g.message)}</Text>;
              return (
                <li key={`${g.id}|${g.region}`} className={styles.item}>
                  <Badge
                    className={styles.badge}
                    size="small"
                    appearance="tint"
                    color="informative"
                  >
                    {text.tx('addin.validate.gap')}
                  </Badge>
                  {g.target ? (
                    <Link
                      as="button"
                      onClick={() => void session.showCell(g.target)}
                      data-gap={g.id}
                      data-cell={`${g.target.sheet}!${g.target.address}`}
                    >
                      {body}
                    </Link>
                  ) : (
                    <span data-gap={g.id}>{body}</span>
                  )}
                </li>
              );
            })}
          </ul>
        </Section>
      )}
    </>
  );
}
