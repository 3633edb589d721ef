import type { Output } from '../../worker/cli/output.ts';

/** An Output that keeps what a command printed, for assertions. */
export function captureOutput(): Output & { lines: string[]; errors: string[]; text(): string } {
  const lines: string[] = [];
  const errors: string[] = [];
  return {
    lines,
    errors,
    out: (line) => lines.push(line),
    err: (line) => errors.push(line),
    text: () => [...lines, ...errors].join('\n'),
  };
}
