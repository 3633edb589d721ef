/**
 * Our own Redis keys, beside BullMQ's (`<prefix>:<queue>:…`) under the same prefix, so
 * one installation's data sits together and two installations never mix.
 */
export function sentinelKey(prefix: string, ...parts: string[]): string {
  return [prefix, 'sentinel', ...parts].join(':');
}
