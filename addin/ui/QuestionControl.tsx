/**
 * One open question of the importer as a control: a radio group for a direction or a
 * kind, a dropdown for a mark's meaning, a unit or an aggregation, a text field only for
 * what has no fixed choices (a year, a target). The planner never types `6.direction=higher`:
 * the screen turns the choice into that answer (shared/import/plan-question.ts).
 */
import { Dropdown, Field, Input, Option, Radio, RadioGroup } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { MessageKey } from '../../shared/i18n/messages.ts';
import type { PlanQuestion } from '../../shared/import/plan-question.ts';
import type { TextFns } from './use-pane.ts';

/** Questions answered with radio buttons (few, short choices); the others with a dropdown. */
const RADIO_COLUMNS: ReadonlySet<string> = new Set(['direction', 'kind']);

/** Choices that have a name in the message table, by question column. */
const CHOICE_NAMES: Readonly<Record<string, Readonly<Record<string, MessageKey>>>> = {
  direction: {
    higher: 'import.plan.direction.higher',
    lower: 'import.plan.direction.lower',
    band: 'import.plan.direction.band',
  },
  marker: {
    cumulative: 'import.plan.mark.cumulative',
    binding: 'import.plan.mark.binding',
    expected: 'import.plan.mark.expected',
    note: 'import.plan.mark.note',
  },
  aggregation: {
    cumulative: 'import.plan.aggregation.cumulative',
    annual: 'import.plan.aggregation.annual',
  },
};

/** How a choice reads on screen: `higher` → 越高越好 (higher), a mark's `note` → 仅作说明; a unit as written. */
function choiceLabel(q: PlanQuestion, choice: string, text: TextFns): string {
  const key = CHOICE_NAMES[q.column]?.[choice];
  return key === undefined ? choice : `${text.tx(key)} (${choice})`;
}

export function QuestionControl({
  question,
  index,
  value,
  onChange,
  text,
}: {
  question: PlanQuestion;
  index: number;
  value: string;
  onChange: (value: string) => void;
  text: TextFns;
}): JSX.Element {
  // Numbered by the table's own 序号, as the planner sees it in the plan document.
  const at =
    question.seq === null ? '' : `${text.tx('import.plan.question_at', { seq: question.seq })} · `;
  const label = `${at}${text.pick(question.message)}`;
  const testId = `question-${index}`;
  if (question.choices.length === 0) {
    return (
      <Field label={label} data-testid={testId}>
        <Input value={value} onChange={(_, d) => onChange(d.value)} />
      </Field>
    );
  }
  if (RADIO_COLUMNS.has(question.column)) {
    return (
      <Field label={label} data-testid={testId}>
        <RadioGroup value={value} onChange={(_, d) => onChange(d.value)}>
          {question.choices.map((c) => (
            <Radio key={c} value={c} label={choiceLabel(question, c, text)} />
          ))}
        </RadioGroup>
      </Field>
    );
  }
  const selected = question.choices.filter((c) => c === value);
  return (
    <Field label={label} data-testid={testId}>
      <Dropdown
        selectedOptions={selected}
        value={value === '' ? '' : choiceLabel(question, value, text)}
        onOptionSelect={(_, d) => onChange(d.optionValue ?? '')}
      >
        {question.choices.map((c) => (
          <Option key={c} value={c}>
            {choiceLabel(question, c, text)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
