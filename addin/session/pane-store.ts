/**
 * A small observable store: the session replaces its state, React components subscribe
 * (useSyncExternalStore) and render what is there. No Excel and no domain logic here.
 */
export class Store<S> {
  private listeners = new Set<() => void>();
  constructor(private current: S) {}

  get state(): S {
    return this.current;
  }

  /** Replaces part of the state and tells every subscriber. */
  update(change: Partial<S>): void {
    this.current = { ...this.current, ...change };
    for (const l of this.listeners) l();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  snapshot = (): S => this.current;
}

/** Where the task pane keeps per-user preferences (the browser's localStorage in Office). */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

/** An in-memory store, for tests and for hosts without localStorage. */
export function memoryStore(): KeyValueStore {
  const map = new Map<string, string>();
  return { get: (k) => map.get(k) ?? null, set: (k, v) => void map.set(k, v) };
}
