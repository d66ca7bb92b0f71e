/**
 * The unpack stage: the packed matcher (pack.ts) back into a matcher, in a page. Nothing here
 * imports the catalogue or the compiler (only the tables' deserialiser), so the content script
 * stays small; the background reads its own stored pack through `readPacked` too.
 */
import { TEXT_BUILD_KEY } from '../text/build-key';
import { readTextTables } from '../text/tables';
import type { CompiledCatalogue } from './compile/compile';
import { deserializeCompiled } from './compile/serialize';
import { createMatcherFromCompiled } from './scan/scan';
import { nameLookup, type NameOf } from './names';
import type { PackedMatcher } from './pack';
import type { EntityId, Matcher } from './types';
import { isOfBuild } from './unpack-key';
import { watchedEntities } from './matcher-summary';

export { isOfBuild };

export interface UnpackedMatcher {
  /** The packed key: this build's, with the watchlist's hash when there is one. */
  key: string;
  matcher: Matcher;
  /** The entities highlighted by default (the watched ones), in catalogue order. */
  watched: EntityId[];
  nameOf: NameOf;
}

/**
 * A packed value (or its JSON text) of build `key` (compiled with or without a watchlist), with
 * its catalogue unpacked; null when it is missing, damaged or another build's.
 */
export function readPacked(value: unknown, key: string = TEXT_BUILD_KEY): { packed: PackedMatcher; compiled: CompiledCatalogue } | null {
  let parsed = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      return null;
    }
  }
  const packed = parsed as Partial<PackedMatcher> | null;
  if (typeof packed !== 'object' || packed === null || !isOfBuild(packed.key, key)) return null;
  const compiled = deserializeCompiled(packed.compiled);
  if (!compiled || typeof packed.names !== 'object' || packed.names === null) return null;
  return { packed: packed as PackedMatcher, compiled };
}

/**
 * The matcher from a packed value (or its JSON text), or null when it is missing, damaged or of
 * another build.
 */
export function unpackMatcher(value: unknown, key: string = TEXT_BUILD_KEY): UnpackedMatcher | null {
  const read = readPacked(value, key);
  if (!read) return null;
  const { packed, compiled } = read;
  return {
    key: packed.key,
    // Without tables (an older value) the page works characters out itself: slower, same result.
    matcher: createMatcherFromCompiled(compiled, { tables: readTextTables(packed.text) }),
    watched: watchedEntities(compiled),
    nameOf: nameLookup(packed.names),
  };
}
