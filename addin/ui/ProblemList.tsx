/** Problems as a list; with `onSelect`, each is a link to its cell. */
import { Badge, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { Problem } from '../../shared/model/problem.ts';
import type { TextFns } from './use-pane.ts';
import { PLAIN_LIST } from './plain-list.ts';

const useStyles = makeStyles({
  list: PLAIN_LIST,
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  badge: { flexShrink: 0, whiteSpace: 'nowrap', marginTop: '2px' },
});

export function ProblemList({
  problems,
  text,
  onSelect,
}: {
  problems: readonly Problem[];
  text: TextFns;
  onSelect?: (p: Problem) => void;
}): JSX.Element {
  const styles = useStyles();
  return (
    <ul className={styles.list} data-testid="problems">
      {problems.map((p, i) => {
        // The message itself names workbook, sheet, row, column and value.
        const body = <Text>{text.pick(p.message)}</Text>;
        return (
          <li key={i} className={styles.item}>
            <Badge
              className={styles.badge}
              size="small"
              appearance="tint"
              color={p.level === 'error' ? 'danger' : 'warning'}
            >
              {text.tx(p.level === 'error' ? 'addin.validate.error' : 'addin.validate.warning')}
            </Badge>
            {onSelect && p.row > 0 ? (
              <Link
                as="button"
                onClick={() => onSelect(p)}
                data-cell={`${p.sheet}!${p.columnLetter ?? ''}${p.row}`}
              >
                {body}
              </Link>
            ) : (
              <span>{body}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
