/** Validate: every problem the table readers found, each a link to its cell; problem cells marked in the sheet. */
import { Button, Text } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { PaneSession } from '../session/pane-session.ts';
import { ProblemList } from './ProblemList.tsx';
import { Section } from './Section.tsx';
import { usePaneState, useText } from './use-pane.ts';

export function ValidateScreen({ session }: { session: PaneSession }): JSX.Element {
  const state = usePaneState(session);
  const text = useText(state.lang);
  const problems = state.check?.problems ?? [];
  const errors = problems.filter((p) => p.level === 'error').length;
  return (
    <Section title={text.tx('addin.tab.validate')}>
      <Text size={200}>{text.tx('addin.validate.intro')}</Text>
      <div>
        <Button appearance="primary" disabled={state.busy} onClick={() => void session.validate()}>
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
  );
}
