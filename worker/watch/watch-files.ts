/** The files the embedded mode keeps under the configured state folder. */
export const WATCH_FILES = {
  state: 'watch-state.json',
  sendLog: 'send-log.jsonl',
  /** When each figure was last reminded of (催报), per recipient. */
  reminderLog: 'reminder-log.json',
} as const;
