/**
 * The pack stage: a compiled catalogue (compile/) as content scripts receive it — the compiled
 * tables as JSON plus the little catalogue data a page needs (which entities are watched, their
 * names), stamped with the build that made it. The background packs it once per build and
 * watchlist (lib/background/matcher-cache.ts) and keeps it in extension storage; pages unpack it
 * (unpack.ts) in a millisecond or two instead of compiling the catalogue on every page, and do
 * not carry the catalogue or its compiler at all. Runs where the catalogue is: the background,
 * the build, tests.
 */
import { TEXT_BUILD_KEY } from '../text/build-key';
import { exportTextTables, type SerializedTextTables } from '../text/tables';
import type { CompiledCatalogue } from './compile/compile';
import { serializeCompiled, type SerializedCatalogue } from './compile/serialize';
import { compiledCatalogue, getCatalogue } from './index';
import { entityNames } from './names';
import type { EntityId } from './types';

export interface PackedMatcher {
  /** The build's key (lib/text/build-key.ts), with the watchlist's hash when there is one. */
  key: string;
  compiled: SerializedCatalogue;
  /** English display name of every entity (cards name co-mentioned entities). */
  names: Record<EntityId, string>;
  /** The normaliser's and boundary classes' per-character data (lib/text/tables.ts). */
  text: SerializedTextTables;
}

/**
 * The key of a matcher compiled with a watchlist: the build's key, `+`, the watchlist's hash.
 * A page takes any matcher of its own build (unpack.ts `isOfBuild`); storage changes its key
 * with every watchlist.
 */
export function watchlistMatcherKey(hash: string, build: string = TEXT_BUILD_KEY): string {
  return hash === '' ? build : `${build}+${hash}`;
}

let tables: SerializedTextTables | undefined;

/**
 * The normaliser's tables as packed with every matcher: the same for every catalogue of a build,
 * so described once per process (about 100 ms), not once per watchlist change.
 */
export function packedTextTables(): SerializedTextTables {
  return (tables ??= exportTextTables());
}

export function packMatcher(
  key: string = TEXT_BUILD_KEY,
  compiled: CompiledCatalogue = compiledCatalogue(),
  names: Record<EntityId, string> = entityNames(getCatalogue()),
): PackedMatcher {
  return { key, compiled: serializeCompiled(compiled), names, text: packedTextTables() };
}

/**
 * The packed matcher as the JSON text kept in storage, every unit above U+00FF written as a
 * \uXXXX escape: the text is then all Latin-1, which V8 keeps at one byte a character — the
 * half-megabyte string each page reads (and drops once parsed) takes half the memory it would
 * as two-byte text, which a single character of another script (the prefilter's folds, the
 * labels) would make it.
 */
export function packedJson(pack: PackedMatcher): string {
  return JSON.stringify(pack).replace(/[\u0100-\uffff]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
