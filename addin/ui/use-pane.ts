/**
 * React's view of the session: the current state (re-rendered on every change) and the
 * UI text in the pane's language.
 */
import { useCallback, useSyncExternalStore } from 'react';
import type { Bilingual, MessageKey, Params } from '../../shared/i18n/messages.ts';
import { inLanguage, textIn, type UiLanguage } from '../../shared/i18n/ui-language.ts';
import type { PaneSession, PaneState } from '../session/pane-session.ts';

/** The session's state, kept current. */
export function usePaneState(session: PaneSession): PaneState {
  return useSyncExternalStore(session.store.subscribe, session.store.snapshot);
}

/** Text helpers bound to a language: `tx(key, params)` for messages, `pick(bilingual)` for texts that carry both. */
export interface TextFns {
  lang: UiLanguage;
  tx: (key: MessageKey, params?: Params) => string;
  pick: (text: Bilingual) => string;
}

export function useText(lang: UiLanguage): TextFns {
  const tx = useCallback((key: MessageKey, params?: Params) => textIn(lang, key, params), [lang]);
  const pick = useCallback((text: Bilingual) => inLanguage(text, lang), [lang]);
  return { lang, tx, pick };
}
