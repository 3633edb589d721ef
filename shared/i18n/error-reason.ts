/** An error's own text for a message's `{reason}`, whatever was thrown. */
export function reasonOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
