import { bilingualLine, type Bilingual } from '../../shared/i18n/messages.ts';
import { stderrLines, stdoutLines } from '../log/stream-lines.ts';

/** Where a command writes; tests pass buffers, the CLI passes the process streams. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

export const processOutput: Output = { out: stdoutLines, err: stderrLines };

/** Bilingual text on one line, Chinese first. */
export function say(o: Output, text: Bilingual): void {
  o.out(bilingualLine(text));
}
