/** The result of the last action, with the problems behind an error listed under it. */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { Notice } from '../session/pane-session.ts';
import type { TextFns } from './use-pane.ts';

export function NoticeBar({
  notice,
  text,
  onDismiss,
}: {
  notice: Notice | null;
  text: TextFns;
  onDismiss: () => void;
}): JSX.Element | null {
  if (notice === null) return null;
  return (
    <MessageBar intent={notice.tone} layout="multiline" data-testid="notice">
      <MessageBarBody>
        {text.pick(notice.text)}
        {notice.problems && (
          <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
            {notice.problems.map((p, i) => (
              <li key={i}>{text.pick(p.message)}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="transparent" onClick={onDismiss}>
          {text.tx('addin.dismiss')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
