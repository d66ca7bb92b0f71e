/**
 * Packs a catalogue's matcher for content scripts (see packed.ts): the bundled one by default,
 * or the one a journalist's watchlist makes. Runs where the catalogue is: the background, the
 * build, tests.
 */
import { exportTextTables, type SerializedTextTables } from '../text/tables';
import type { CompiledCatalogue } from './compile/compile';
import { serializeCompiled } from './compile/serialize';
import { compiledCatalogue, getCatalogue } from './index';
import { entityNames } from './names';
import { MATCHER_BUILD_KEY, type PackedMatcher } from './packed';
import type { EntityId } from './types';

let tables: SerializedTextTables | undefined;

/**
 * The normaliser's tables as packed with every matcher: the same for every catalogue of a build,
 * so described once per process (about 100 ms), not once per watchlist change.
 */
export function packedTextTables(): SerializedTextTables {
  return (tables ??= exportTextTables());
}

export function packMatcher(
  key: string = MATCHER_BUILD_KEY,
  compiled: CompiledCatalogue = compiledCatalogue(),
  names: Record<EntityId, string> = entityNames(getCatalogue()),
): PackedMatcher {
  return { key, compiled: serializeCompiled(compiled), names, text: packedTextTables() };
}
