/** The files the embedded mode keeps under the configured state folder. */
export const WATCH_FILES = { state: 'watch-state.json', sendLog: 'send-log.jsonl' } as const;
