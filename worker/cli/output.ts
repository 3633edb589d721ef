import { bilingualLine, type Bilingual } from '../../shared/i18n/messages.ts';

/** Where a command writes; tests pass buffers, the CLI passes the process streams. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

export const processOutput: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Bilingual text on one line, Chinese first. */
export function say(o: Output, text: Bilingual): void {
  o.out(bilingualLine(text));
}
