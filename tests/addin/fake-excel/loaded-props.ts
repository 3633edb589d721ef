/** Properties a fake object has loaded; reading one that was not loaded throws as office-js does. */
import { fakeError } from './fake-workbook.ts';

export class LoadedProps {
  private readonly values = new Map<string, unknown>();
  constructor(private readonly owner: string) {}

  private raw(name: string): unknown {
    if (!this.values.has(name)) {
      throw fakeError(
        'PropertyNotLoaded',
        `The property '${name}' of ${this.owner} is not available. Call load and context.sync() first.`,
      );
    }
    return this.values.get(name);
  }

  text(name: string): string {
    const v = this.raw(name);
    if (typeof v !== 'string') throw new Error(`${this.owner}.${name} is not text`);
    return v;
  }

  number(name: string): number {
    const v = this.raw(name);
    if (typeof v !== 'number') throw new Error(`${this.owner}.${name} is not a number`);
    return v;
  }

  flag(name: string): boolean {
    const v = this.raw(name);
    if (typeof v !== 'boolean') throw new Error(`${this.owner}.${name} is not a boolean`);
    return v;
  }

  rows(name: string): unknown[][] {
    const v = this.raw(name);
    if (!Array.isArray(v) || !v.every((row) => Array.isArray(row)))
      throw new Error(`${this.owner}.${name} is not rows`);
    return v;
  }

  /** Whatever was loaded (settings hold any value). */
  any(name: string): unknown {
    return this.raw(name);
  }

  set(data: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(data)) this.values.set(k, v);
  }
}

/** `'a, b'` or `['a', 'b']` → `['a', 'b']`. */
export function propNames(names: string | string[]): string[] {
  return (Array.isArray(names) ? names : names.split(','))
    .map((n) => n.trim())
    .filter((n) => n !== '');
}
