/**
 * The digest composer (HTML, text, the status chart on its canvas with its Chinese font)
 * is the heaviest code a check runs, and a check that sends nothing (`--dry-run`) needs
 * none of it: it loads on first need. A run asks for it early, while
 * its first workbook is being written, so that it loads — and the chart's font is
 * registered — while the process would otherwise wait for zlib and the disk (runCheck).
 */
type Composer = typeof import('./compose-message.ts');

let loading: Promise<Composer> | null = null;

/** The composer module, loaded once per process. */
export function loadComposer(): Promise<Composer> {
  return (loading ??= import('./compose-message.ts'));
}

/**
 * Starts loading the composer and registering the chart's font ahead of their use. A
 * failure is not reported here: the digest that needs them reports it (a missing
 * Chinese font is said by the chart, as when nothing was loaded ahead).
 */
export function preloadComposer(): void {
  loadComposer()
    .then(() => import('./cjk-font.ts'))
    .then((font) => font.ensureCjkFont())
    .catch(() => undefined);
}
