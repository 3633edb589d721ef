/** New plan: the contract tables from the blank or the Huzhou template. */
import { Button, Radio, RadioGroup, Text } from '@fluentui/react-components';
import { useState, type JSX } from 'react';
import type { TemplateName } from '../../seeds/templates.ts';
import type { PaneSession } from '../session/pane-session.ts';
import { Section } from './Section.tsx';
import { usePaneState, useText } from './use-pane.ts';

export function NewPlanScreen({ session }: { session: PaneSession }): JSX.Element {
  const state = usePaneState(session);
  const { tx } = useText(state.lang);
  const [template, setTemplate] = useState<TemplateName>('blank');
  return (
    <Section title={tx('addin.tab.plan')}>
      {session.hasPlan ? (
        <Text weight="semibold">{tx('addin.plan.has_plan')}</Text>
      ) : (
        <Text>{tx('addin.no_plan')}</Text>
      )}
      <Text size={200}>{tx('addin.plan.intro')}</Text>
      <RadioGroup
        value={template}
        onChange={(_, d) =>
          setTemplate(d.value === 'huzhou-14th-fyp' ? 'huzhou-14th-fyp' : 'blank')
        }
      >
        <Radio value="blank" label={`${tx('addin.plan.blank')} — ${tx('addin.plan.blank_hint')}`} />
        <Radio
          value="huzhou-14th-fyp"
          label={`${tx('addin.plan.huzhou')} — ${tx('addin.plan.huzhou_hint')}`}
        />
      </RadioGroup>
      <div>
        <Button
          appearance="primary"
          disabled={state.busy || session.hasPlan}
          onClick={() => void session.newPlan(template)}
        >
          {tx('addin.plan.create')}
        </Button>
      </div>
    </Section>
  );
}
