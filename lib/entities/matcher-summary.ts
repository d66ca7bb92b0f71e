/**
 * What a page needs to know of the matcher in force without loading it: the matcher's key (the
 * background matches a page's blocks only with that matcher: block-answer.ts), the entities
 * highlighted by default, and every entity's name (cards name co-mentioned entities). The
 * background stores it beside the packed matcher (lib/background/matcher-cache.ts): a page reads
 * these few hundred bytes where it used to read the whole packed matcher, and loads the matcher
 * itself only where it matches text on its own (lib/page/matcher-loader.ts).
 */
import type { CompiledCatalogue } from './compile/compile';
import { nameLookup, type NameOf } from './names';
import type { EntityId } from './types';
import { isOfBuild } from './unpack-key';

export interface MatcherSummary {
  /** The packed matcher's key: this build's, with the watchlist's hash when there is one. */
  key: string;
  /** The entities highlighted by default (the watched ones), in catalogue order. */
  watched: EntityId[];
  /** English display name of every entity. */
  names: Record<EntityId, string>;
}

/** The summary as a page uses it: names looked up. */
export interface PageCatalogue {
  key: string;
  watched: readonly EntityId[];
  nameOf: NameOf;
}

/** The entities a compiled catalogue highlights by default (the watched ones), in catalogue order. */
export function watchedEntities(compiled: Pick<CompiledCatalogue, 'entityIds' | 'highlight'>): EntityId[] {
  return compiled.entityIds.filter((_, i) => compiled.highlight[i]);
}

export function summaryOf(key: string, compiled: CompiledCatalogue, names: Record<EntityId, string>): MatcherSummary {
  return { key, watched: watchedEntities(compiled), names };
}

const isStringRecord = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');

/** A stored summary of build `build`, as a page uses it; null when it is missing, damaged or another build's. */
export function readMatcherSummary(stored: unknown, build: string): PageCatalogue | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const { key, watched, names } = stored as Partial<MatcherSummary>;
  if (typeof key !== 'string' || !isOfBuild(key, build) || !Array.isArray(watched) || !watched.every((id) => typeof id === 'string') || !isStringRecord(names)) return null;
  return { key, watched, nameOf: nameLookup(names) };
}

/** The storage key of a stored summary, if it has one (the background rewrites a summary of another key). */
export function storedSummaryKey(stored: unknown): unknown {
  return typeof stored === 'object' && stored !== null ? (stored as { key?: unknown }).key : undefined;
}
