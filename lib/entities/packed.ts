/**
 * The matcher as a content script receives it: the compiled catalogue as JSON plus the little
 * catalogue data a page needs (which entities are watched, their names), stamped with the build
 * that made it. The background packs it once per build (pack.ts) and keeps it in extension
 * storage; content scripts unpack it in a millisecond or two instead of compiling the catalogue
 * on every page, and do not carry the catalogue or its compiler at all.
 */
import { TEXT_BUILD_KEY } from '../text/build-key';
import { installTextTables, type SerializedTextTables } from '../text/tables';
import type { CompiledCatalogue } from './compile/compile';
import { deserializeCompiled, type SerializedCatalogue } from './compile/serialize';
import { createMatcherFromCompiled } from './matcher';
import { nameLookup, type NameOf } from './names';
import type { EntityId, Matcher } from './types';

/** A page never uses tables another build compiled (lib/text/build-key.ts). */
export const MATCHER_BUILD_KEY = TEXT_BUILD_KEY;

/**
 * The key of a matcher compiled with a watchlist: the build's key, `+`, the watchlist's hash.
 * A page takes any matcher of its own build; storage changes its key with every watchlist.
 */
export function watchlistMatcherKey(hash: string, build: string = MATCHER_BUILD_KEY): string {
  return hash === '' ? build : `${build}+${hash}`;
}

/** Whether a packed key belongs to build `build` (with or without a watchlist). */
export function isOfBuild(packedKey: unknown, build: string): boolean {
  return typeof packedKey === 'string' && (packedKey === build || packedKey.startsWith(`${build}+`));
}

export interface PackedMatcher {
  key: string;
  compiled: SerializedCatalogue;
  /** English display name of every entity (cards name co-mentioned entities). */
  names: Record<EntityId, string>;
  /** The normaliser's and boundary classes' per-character data (lib/text/tables.ts). */
  text: SerializedTextTables;
}

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
export function readPacked(value: unknown, key: string = MATCHER_BUILD_KEY): { packed: PackedMatcher; compiled: CompiledCatalogue } | null {
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
export function unpackMatcher(value: unknown, key: string = MATCHER_BUILD_KEY): UnpackedMatcher | null {
  const read = readPacked(value, key);
  if (!read) return null;
  const { packed, compiled } = read;
  // Without them (an older value) the page works characters out itself: slower, same result.
  installTextTables(packed.text);
  return {
    key: packed.key,
    matcher: createMatcherFromCompiled(compiled),
    watched: compiled.entityIds.filter((_, i) => compiled.highlight[i]),
    nameOf: nameLookup(packed.names),
  };
}
