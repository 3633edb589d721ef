/** A titled card that holds one screen or one part of it. */
import { Card, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { JSX, ReactNode } from 'react';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export function Section({ title, children }: { title: string; children: ReactNode }): JSX.Element {
  const styles = useStyles();
  return (
    <Card className={styles.card}>
      <Subtitle2>{title}</Subtitle2>
      {children}
    </Card>
  );
}
