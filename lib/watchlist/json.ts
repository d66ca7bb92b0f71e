/**
 * The watchlist as a JSON file, for a desk to share it whole: `{ format, version, entities,
 * builtIn }` with the same shapes as in storage (schema.ts). A file that is not JSON, not a
 * watchlist, of a newer version, or holds an entry that is not well-formed is refused whole,
 * with the entry named.
 */
import type { WatchlistPart } from './merge';
import { sanitizeEntity, sanitizeWatchlist, type Watchlist } from './schema';

export const WATCHLIST_FILE_FORMAT = 'backstory-watchlist';
export const WATCHLIST_FILE_VERSION = 1;

export type JsonProblem =
  | { code: 'malformed'; detail: string }
  | { code: 'notWatchlist' }
  | { code: 'newer'; version: number }
  | { code: 'badEntity'; index: number }
  | { code: 'badBuiltIn'; id: string }
  | { code: 'empty' };

export function watchlistToJson(watchlist: Watchlist): string {
  return `${JSON.stringify({ format: WATCHLIST_FILE_FORMAT, version: WATCHLIST_FILE_VERSION, ...watchlist }, null, 2)}\n`;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseWatchlistJson(text: string): { ok: true; part: WatchlistPart } | { ok: false; problem: JsonProblem } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: { code: 'malformed', detail: error instanceof Error ? error.message : String(error) } };
  }
  if (!isRecord(raw) || raw.format !== WATCHLIST_FILE_FORMAT || !Array.isArray(raw.entities)) return { ok: false, problem: { code: 'notWatchlist' } };
  if (typeof raw.version !== 'number' || raw.version > WATCHLIST_FILE_VERSION) {
    return { ok: false, problem: { code: 'newer', version: Number(raw.version) } };
  }
  // Every entry must survive the sanitiser unchanged: nothing is dropped silently.
  const entities = raw.entities.map((e) => sanitizeEntity(e));
  const bad = entities.findIndex((e, i) => !e || e.aliases.length !== (raw.entities as Array<{ aliases?: unknown[] }>)[i]?.aliases?.length);
  if (bad >= 0) return { ok: false, problem: { code: 'badEntity', index: bad + 1 } };
  const clean = sanitizeWatchlist({ entities: [], builtIn: raw.builtIn });
  for (const [id, changes] of Object.entries(isRecord(raw.builtIn) ? raw.builtIn : {})) {
    const kept = clean.builtIn[id];
    const given = isRecord(changes) ? changes : {};
    const count = (v: unknown) => (Array.isArray(v) ? v.length : 0);
    if (count(given.added) + count(given.off) > 0 && (!kept || kept.added.length !== count(given.added) || kept.off.length !== count(given.off))) {
      return { ok: false, problem: { code: 'badBuiltIn', id } };
    }
  }
  const part = { entities: entities.filter((e) => e !== null), builtIn: clean.builtIn };
  if (part.entities.length === 0 && Object.keys(part.builtIn).length === 0) return { ok: false, problem: { code: 'empty' } };
  return { ok: true, part };
}
