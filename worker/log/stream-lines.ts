import { bilingualLine, t } from '../../shared/i18n/messages.ts';

/**
 * Lines to a process stream whose reader may go away: `kpi-sentinel check --json | head`
 * closes stdout after ten lines. Node reports that as an 'error' event on the stream,
 * which, with no one listening, ends the process with a stack trace, part way through a
 * check's write-back or its digests. Here the stream stops taking lines instead and the
 * command runs on to its end. A reader closing the pipe (EPIPE) is a choice, not a fault:
 * nothing is said; any other failure is said once on `report` (stderr for stdout).
 */
export function streamLines(
  stream: NodeJS.WritableStream,
  report?: (line: string) => void,
): (line: string) => void {
  let open = true;
  stream.on('error', (err: NodeJS.ErrnoException) => {
    const first = open;
    open = false;
    if (first && err.code !== 'EPIPE')
      report?.(bilingualLine(t('cli.output_lost', { reason: err.code ?? err.message })));
  });
  return (line) => {
    if (open) stream.write(`${line}\n`);
  };
}

/** The process's stderr, as lines. */
export const stderrLines = streamLines(process.stderr);

/** The process's stdout, as lines; a failure other than a closed pipe is said on stderr. */
export const stdoutLines = streamLines(process.stdout, stderrLines);
