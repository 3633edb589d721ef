/**
 * Plan order for indicator ids: HZ2 before HZ10 (numeric), the same in every runtime.
 * One collator for all comparisons: building one per call dominated sorting 8,000 alerts.
 */
const ID_COLLATOR = new Intl.Collator('en', { numeric: true });

export function compareIds(a: string, b: string): number {
  return ID_COLLATOR.compare(a, b);
}
