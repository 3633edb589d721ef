/**
 * The user's preferences in the browser's localStorage (Office gives each add-in its own),
 * falling back to memory where storage is blocked.
 */
import { memoryStore, type KeyValueStore } from '../session/pane-store.ts';

export function browserPrefs(): KeyValueStore {
  try {
    const storage = globalThis.localStorage;
    storage.getItem('kpi-sentinel.probe');
    return {
      get: (k) => storage.getItem(k),
      set: (k, v) => storage.setItem(k, v),
    };
  } catch {
    return memoryStore();
  }
}
