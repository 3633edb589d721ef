import { setFlagsFromString } from 'node:v8';

/** How far past what was live V8 may let its heap grow before it collects again: to twice. */
export const HEAP_GROWING_PERCENT = 100;

const FLAG = 'heap-growing-percent';

/**
 * The V8 flag a run over many workbooks sets, or null when the person running it set
 * their own (on the command line or in NODE_OPTIONS, in either spelling).
 */
export function heapGrowthFlag(execArgv: readonly string[], nodeOptions = ''): string | null {
  const given = [...execArgv, ...nodeOptions.split(/\s+/)].some((arg) =>
    arg.replace(/_/g, '-').startsWith(`--${FLAG}`),
  );
  return given ? null : `--${FLAG}=${HEAP_GROWING_PERCENT}`;
}

/**
 * Bounds the garbage a long run lets pile up. On a machine with memory to spare V8 lets
 * the heap grow to about four times what its last full collection found live; a check
 * allocates much that dies young (each workbook's parts, each digest's HTML and MIME), so
 * a run over 1,000 small workbooks peaked near 500 MB with about 55 MB live. Grown to
 * twice, the same run peaks near 330 MB for the same CPU time. V8 reads the flag at each
 * full collection, so setting it once the process runs is enough; `--help` never loads this.
 */
export function boundHeapGrowth(): void {
  const flag = heapGrowthFlag(process.execArgv, process.env.NODE_OPTIONS);
  if (flag) setFlagsFromString(flag);
}
