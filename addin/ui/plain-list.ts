import { tokens, type GriffelStyle } from '@fluentui/react-components';

/** A `<ul>` without bullets or indent, its items stacked with a small gap: every list in the pane. */
export const PLAIN_LIST: GriffelStyle = {
  listStyle: 'none',
  margin: 0,
  padding: 0,
  display: 'flex',
  flexDirection: 'column',
  gap: tokens.spacingVerticalXS,
};
