/**
 * The task pane: a header with "Check now", the notice bar, and one tab per feature.
 * Every screen renders the session's state and calls its actions; none touches Excel.
 */
import {
  Button,
  FluentProvider,
  makeStyles,
  Spinner,
  Tab,
  TabList,
  Text,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { useState, type JSX } from 'react';
import type { PaneSession } from '../session/pane-session.ts';
import { AlertsScreen } from './AlertsScreen.tsx';
import { ImportScreen } from './ImportScreen.tsx';
import { NewPlanScreen } from './NewPlanScreen.tsx';
import { NoticeBar } from './NoticeBar.tsx';
import { SettingsScreen } from './SettingsScreen.tsx';
import { StatusScreen } from './StatusScreen.tsx';
import { usePaneState, useText } from './use-pane.ts';
import { ValidateScreen } from './ValidateScreen.tsx';

const SCREENS = ['plan', 'import', 'validate', 'status', 'alerts', 'settings'] as const;
type Screen = (typeof SCREENS)[number];

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  tabs: {
    flexWrap: 'wrap',
    paddingLeft: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  body: {
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
});

export function App({ session }: { session: PaneSession }): JSX.Element {
  const state = usePaneState(session);
  const text = useText(state.lang);
  const styles = useStyles();
  const [screen, setScreen] = useState<Screen>('status');
  const shown: Screen = !session.hasPlan && !state.loading && screen !== 'import' ? 'plan' : screen;
  return (
    <FluentProvider theme={webLightTheme} lang={state.lang === 'zh' ? 'zh-CN' : 'en'}>
      <div className={styles.root}>
        <div className={styles.header}>
          <Text weight="semibold" size={400}>
            {text.tx('addin.title')}
          </Text>
          {state.busy && (
            <Spinner size="tiny" label={text.tx('addin.busy')} labelPosition="before" />
          )}
          <Button
            size="small"
            appearance="secondary"
            disabled={!session.hasPlan || state.busy}
            onClick={() => void session.checkNow()}
          >
            {text.tx('addin.check_now')}
          </Button>
        </div>
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={shown}
          onTabSelect={(_, d) => {
            setScreen(toScreen(String(d.value)));
            session.dismissNotice();
          }}
        >
          {SCREENS.map((s) => (
            <Tab key={s} value={s}>
              {text.tx(`addin.tab.${s}`)}
            </Tab>
          ))}
        </TabList>
        <div className={styles.body}>
          <NoticeBar notice={state.notice} text={text} onDismiss={() => session.dismissNotice()} />
          {state.loading ? (
            <Spinner label={text.tx('addin.loading')} />
          ) : (
            <Current screen={shown} session={session} />
          )}
        </div>
      </div>
    </FluentProvider>
  );
}

function toScreen(value: string): Screen {
  return SCREENS.find((s) => s === value) ?? 'status';
}

function Current({ screen, session }: { screen: Screen; session: PaneSession }): JSX.Element {
  switch (screen) {
    case 'plan':
      return <NewPlanScreen session={session} />;
    case 'import':
      return <ImportScreen session={session} />;
    case 'validate':
      return <ValidateScreen session={session} />;
    case 'status':
      return <StatusScreen session={session} />;
    case 'alerts':
      return <AlertsScreen session={session} />;
    case 'settings':
      return <SettingsScreen session={session} />;
  }
}
