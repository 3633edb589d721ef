import { bilingualLine, type Bilingual } from '../../shared/i18n/messages.ts';
import { redactSecrets } from '../config/redact-secrets.ts';
import { stderrLines } from './stream-lines.ts';

/** Fields a log line carries besides its text: run ids, job ids, counts. */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export type LogLevel = 'info' | 'warn' | 'error';

/**
 * Where the long-running modes (queue worker, embedded schedule, HTTP server) report what
 * they do. `event` is a stable dotted name an operator can grep or alert on; `text` is the
 * bilingual sentence for people.
 */
export interface Logger {
  log(level: LogLevel, event: string, text: Bilingual, fields?: LogFields): void;
}

/**
 * One JSON object a line (journald, Docker and log shippers read it as is), to a stream of
 * the caller's choice; `msg` is the bilingual line, Chinese first.
 */
export function jsonLinesLogger(
  write: (line: string) => void,
  now: () => Date = () => new Date(),
): Logger {
  return {
    log(level, event, text, fields = {}) {
      const clean: LogFields = {};
      for (const [k, v] of Object.entries(fields))
        if (v !== undefined) clean[k] = typeof v === 'string' ? redactSecrets(v) : v;
      // A library's error text (a connection failure) can carry the URL it was given.
      write(
        JSON.stringify({
          time: now().toISOString(),
          level,
          event,
          msg: redactSecrets(bilingualLine(text)),
          ...clean,
        }),
      );
    },
  };
}

/** A logger that keeps its lines in memory, for tests and for callers that report later. */
export function memoryLogger(): Logger & {
  lines: { level: LogLevel; event: string; text: Bilingual; fields: LogFields }[];
} {
  const lines: { level: LogLevel; event: string; text: Bilingual; fields: LogFields }[] = [];
  return {
    lines,
    log(level, event, text, fields = {}) {
      lines.push({ level, event, text, fields });
    },
  };
}

/** The logger of a CLI process: JSON lines on stderr, so stdout stays for command output. */
export const stderrLogger: Logger = jsonLinesLogger(stderrLines);
