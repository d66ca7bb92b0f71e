/** An in-memory `storage.local` for backup tests, which can be told to fail the next write. */
import type { KeyValueArea } from '@/lib/backup/scope';

export interface FakeArea extends KeyValueArea {
  data: Map<string, unknown>;
  /** The next `set` throws this error (once), as a full disk or a quota would. */
  failNextSet?: Error;
}

export function fakeArea(initial: Record<string, unknown> = {}): FakeArea {
  const area: FakeArea = {
    data: new Map(Object.entries(structuredClone(initial))),
    async get() {
      return Object.fromEntries([...area.data].map(([k, v]) => [k, structuredClone(v)]));
    },
    async set(items) {
      const error = area.failNextSet;
      if (error) {
        area.failNextSet = undefined;
        throw error;
      }
      for (const [k, v] of Object.entries(items)) area.data.set(k, structuredClone(v));
    },
    async remove(keys) {
      keys.forEach((k) => area.data.delete(k));
    },
  };
  return area;
}
